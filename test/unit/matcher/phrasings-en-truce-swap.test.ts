/**
 * English truce and prisoner-exchange phrasings from an audit of 2025-26 reporting (sentences
 * written for this test, after the patterns reporters use, none copied): past and passive forms of
 * a halt to strikes on energy ("strikes on energy sites were halted", "a ban on energy attacks"),
 * combat or fighting told to stop ("ordered all combat operations to stop", "fighting is to cease"),
 * the Black Sea truce as a deal or at sea ("the Black Sea deal", "pause attacks at sea", "stop using
 * force"), a pause in the war; and for the swap, captives brought home, people returned or freed,
 * "exchanges of 1,200 people", "the return of civilians", "thousand for thousand". Each sentence must
 * find its proposal exactly once. The look-alikes share the words and must not: the bodies of the
 * fallen, the 2022 grain deal, "the exchanged soldiers" and "the freed prisoners" (a
 * participle naming the men, not a second exchange), Gaza's truce and hostages (the
 * Palestinians and Netanyahu now name that war too), a US-Russia swap of citizens, a pause in
 * intelligence sharing, soldiers returning fire.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf, proposalFinder } from './real-data.ts';

const proposalsIn = proposalFinder();
const truces = (text: string) => mentionsOf('ceasefire', proposalsIn)(text).map((m) => m.text);
const swaps = (text: string) => mentionsOf('prisoner-exchange', proposalsIn)(text).map((m) => m.text);

const TRUCES: string[] = [
  'Moscow says it halted its airstrikes against Ukrainian power plants on Tuesday.',
  'Kyiv said the Kremlin had paused strikes on its energy grid for a month.',
  'Moscow and Kyiv agreed to pause energy strikes for thirty days, Washington said.',
  'Russia wants an energy strike moratorium before any wider deal with Ukraine.',
  'Under the plan, attacks on Ukraine energy facilities would be halted for 30 days.',
  'Zelensky said strikes against Russian energy sites had stopped since the call.',
  'The deal bans attacks by Moscow and Kyiv on each other’s energy infrastructure.',
  'Putin ordered all combat operations to stop over the holiday, the Kremlin said.',
  'Russia said its combat operations would be suspended for three days in Ukraine.',
  'Putin told his generals the fighting would cease at midnight, Russian media said.',
  'Kyiv proposed a suspension of hostilities along the whole front with Russia.',
  'Russia announced it would end all hostilities in Ukraine for the Victory Day parade.',
  'Ukraine is ready to stop firing if Russia does the same, the minister said.',
  'The Kremlin rejected a pause in the Russia-Ukraine war before a final settlement.',
  'Washington hopes Moscow and Kyiv will pause attacks at sea from next week.',
  'Ukraine accused Russia of breaking the Black Sea deal within hours.',
  'Kyiv and Moscow both signed up to the maritime agreement brokered by Washington.',
  'Russia and Ukraine agreed to stop using force against ships, the White House said.',
  'The talks aimed to safeguard secure navigation for Ukraine and Russia in the Black Sea.',
];

const SWAPS: string[] = [
  'Ukraine brought home 84 defenders on Thursday in another exchange with Russia.',
  'Zelensky vowed to bring all the prisoners home after the next swap.',
  'More captives were brought home to Ukraine after the talks in Istanbul.',
  'Ukraine said 150 servicemen were returned in the exchange brokered in Abu Dhabi.',
  'Kyiv and Moscow agreed on exchanges of 1,200 people each in Istanbul.',
  'Ukraine and Russia will swap 120 civilians on Friday, Kyiv said.',
  'The sides discussed the return of civilians held by Russia since 2022 as part of the next exchange.',
  'The delegations agreed to exchange thousand for thousand, Umerov said.',
  'We managed to bring 12 of our people back from Russian captivity, Zelensky said.',
];

const LOOK_ALIKES: string[] = [
  'Russia returned the bodies of 1,000 Ukrainian soldiers, Kyiv said.',
  'The bodies of 900 Ukrainian soldiers were returned to Ukraine on Friday.',
  'Russia exchanged the remains of 800 fallen soldiers with Ukraine.',
  'Russia left the Black Sea deal on grain exports in 2023, Ukraine said.',
  'Israel and Hamas swapped 1,900 people under the Gaza truce.',
  'Israel brought home 20 people held captive in Gaza in the exchange.',
  'The United States and Russia exchanged two citizens in Abu Dhabi.',
  'Ukrainian soldiers returned fire after the shelling, the army said.',
  'The US announced a pause in intelligence sharing with Ukraine.',
  'Thailand said Cambodian troops had stopped firing along the border.',
  'The ministers of Ukraine and Poland held an exchange of views on grain.',
  'The exchanged Ukrainian soldiers were taken to hospitals in Chernihiv after the swap.',
  'The freed Russian prisoners were flown to Moscow from Belarus.',
  'Israel had freed 1,900 Palestinian prisoners by Monday under the truce.',
];

describe('English truce phrasings (audit of 2025-26 reporting)', () => {
  it.each(TRUCES)('finds one ceasefire in: %s', (text) => {
    expect(truces(text)).toHaveLength(1);
  });
});

describe('English prisoner-exchange phrasings (audit of 2025-26 reporting)', () => {
  it.each(SWAPS)('finds one exchange in: %s', (text) => {
    expect(swaps(text)).toHaveLength(1);
  });
});

describe('English truce and swap look-alikes', () => {
  it.each(LOOK_ALIKES)('finds neither in: %s', (text) => {
    expect([...truces(text), ...swaps(text)]).toEqual([]);
  });
});
