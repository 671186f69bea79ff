/**
 * A third English audit of real reporting on ending the war (2025-2026: the Berlin and Abu Dhabi
 * rounds, the coalition's guarantees, the reparations loan, the army cap, Crimea, NATO, PURL and
 * the German air defence, the energy pause, elections, EU accession, children, prisoner swaps; wire
 * copy and the sites reprinting it, kept outside the project) found these misses recurring across
 * outlets: weapons named by system and sent, handed or supplied to Ukraine ("sends Ukraine more
 * IRIS-T systems", "supplied Ukraine with", "the transfer of another IRIS-T"), passives ("worth $500
 * million were shipped to Ukraine", "will be delivered from Germany to Ukraine"), "military and
 * intelligence support"; "accept Ukraine into NATO / the alliance", "become a NATO member",
 * "membership of the NATO alliance"; the plant's electricity divided equally and its neutral or
 * special status; the peninsula accepted as Russian; a pull-out from the "eastern industrial
 * heartland"; "reparation loans" and assets "frozen indefinitely"; recognising Russia's control
 * over the four regions; the Black Sea truce in the White House's words ("ensure safe navigation",
 * "eliminate the use of force", halting strikes on vessels) and its price (sanctions "are lifted",
 * Russia's access to markets restored). And one wrong mark: "the second-largest European force after Russia" (said
 * of Ukraine's own army) read as the reassurance force. Sentences written for this test; the
 * look-alikes share the words and must find nothing of the kind.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { plansAndProposals, proposalFinder, realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const proposalsIn = proposalFinder(matcher);
const notParties = plansAndProposals(matcher, 'en', true);

/** [proposal id, a sentence that states it]. */
const PHRASINGS: [string, string][] = [
  // Weapons named by system, with Ukraine as the one receiving them.
  ['military-aid', 'Berlin sends Ukraine another two IRIS-T launchers this winter.'],
  ['military-aid', 'Germany has handed Kyiv four more IRIS-T batteries since spring.'],
  ['military-aid', 'The Dutch supplied Ukraine with a NASAMS unit and spare missiles.'],
  ['military-aid', 'Rome said it had delivered a second SAMP/T battery to Kyiv.'],
  ['military-aid', 'Stockholm is weighing Gripen fighters for Ukraine after the truce.'],
  ['military-aid', 'Ukrainian crews trained for months before the transfer of the NASAMS systems.'],
  ['military-aid', 'Kyiv hopes the allies will keep supplying howitzers and shells.'],
  // Passives: weapons shipped or delivered to Ukraine.
  ['military-aid', 'Arms worth $400 million have been shipped to Ukraine under the scheme.'],
  ['military-aid', 'The interceptors will be delivered via Poland to Ukraine next month.'],
  ['military-aid', 'Moscow wants Washington to stop its military and intelligence support for Kyiv.'],
  // NATO: accepting Ukraine, Ukraine as a member.
  ['nato-non-accession', 'Several allies are not ready to accept Ukraine into NATO while the war goes on.'],
  ['nato-non-accession', 'The Kremlin says Kyiv must never become a NATO member.'],
  ['nato-non-accession', 'NATO leaders pledged in 2008 to accept Kyiv into the alliance one day.'],
  ['nato-non-accession', "Putin rules out Ukraine's membership of the US-led NATO alliance."],
  // The plant: its power split.
  [
    'zaporizhzhia-npp',
    'Under the draft, the Zaporizhzhia station would restart and its output be split equally between Kyiv and Moscow.',
  ],
  // Crimea: the peninsula accepted as Russian.
  [
    'crimea-recognition',
    'Washington might formally accept the peninsula as Russian territory, the paper said.',
  ],
  // Donbas, named by its description.
  [
    'donbas-withdrawal',
    "Kyiv could pull its brigades out of Ukraine's eastern industrial heartland, Zelensky said.",
  ],
  // Frozen assets: the loans, an open-ended freeze.
  ['frozen-assets', 'Brussels wants reparation loans to cover Kyiv’s budget gap for two years.'],
  ['frozen-assets', 'EU capitals agreed that the funds stay frozen indefinitely, a blow to Moscow.'],
  // Occupied regions recognised as Russia's.
  ['occupied-territories', 'The draft would recognise Russian control over Luhansk and parts of Donetsk.'],
  // The Black Sea truce in the White House's words, and sanctions lifted as its price.
  ['ceasefire', 'Kyiv and Moscow each pledged to guarantee safe passage for grain ships in the Black Sea.'],
  [
    'ceasefire',
    'Both delegations promised to eliminate the use of force at sea, Umerov said of the Russia talks.',
  ],
  ['ceasefire', 'Ukraine and Russia agreed to halt attacks on commercial vessels near Odesa.'],
  [
    'sanctions-relief',
    'Moscow insists the deal waits until sanctions against its state banks and farm exporters are lifted.',
  ],
  ['sanctions-relief', 'Washington offered to restore Russian access to world fertiliser markets.'],
  // The reassurance force, still found where no ranking of armies is meant (a guard for the
  // narrower name).
  [
    'european-force',
    'London and Paris are drawing up a European force to deploy after a ceasefire in Ukraine.',
  ],
];

/** Sentences that share words with the new names and state no proposal or plan. */
const LOOK_ALIKES: string[] = [
  // Weapons for another country or for Russia.
  'Germany sends Israel more IRIS-T systems after the Iranian strikes.',
  'Washington delivered Patriot batteries and shells to Taiwan last year.',
  'North Korea supplied Russia with artillery shells for its war in Ukraine.',
  'Iran delivered drones and shells to Russia to use against Ukraine.',
  'The US gave Israel military and intelligence support during the Gaza war.',
  // Tanks, batteries and systems that are no weapons.
  'Aid groups delivered water tanks to Kherson after the dam burst, Ukraine said.',
  'Japan sent Ukraine batteries and generators for the winter.',
  'The EU gave Kyiv new payment systems for its grid operator.',
  // NATO words for other applicants, summits and history.
  'Rutte invited Ukraine to NATO’s summit in The Hague.',
  'Finland became a NATO member in April 2023.',
  "Sweden's accession to the NATO alliance ended two centuries of neutrality.",
  // Power shared equally, statuses and peninsulas elsewhere.
  'The flatmates agreed to split the electricity bill equally.',
  'The Korean peninsula has been divided since 1945.',
  'Historians treat the peninsula as Greek in antiquity.',
  // Heartlands, loans, freezes and recognitions of other countries.
  "Investors pulled out of Germany's eastern industrial heartland after the plant closures.",
  "Iran's assets in South Korea stayed frozen indefinitely after 2019.",
  'The UN refused to recognise Chinese control over the disputed reef.',
  // Safe shipping, force and sanctions in other seas and countries.
  'The navies will ensure safe navigation through the Red Sea despite the Houthi attacks.',
  'Israel and Hamas agreed to cease using force in Gaza for a week.',
  'The Houthis vowed to halt attacks on ships linked to Israel.',
  'Tehran wants talks only after sanctions on Iran are lifted.',
  'Brussels said sanctions against Syria were eased in May.',
  // An army's rank among European ones.
  'With 800,000 troops, Ukraine keeps the second-largest European force after Russia.',
  'Poland now fields the largest European force in NATO after Turkey.',
];

describe('English wordings found missing in a third audit of 2025-26 reporting', () => {
  it.each(PHRASINGS)('%s: %s', (id, text) => {
    expect(proposalsIn(text).map((m) => m.id)).toContain(id);
  });

  it.each(LOOK_ALIKES)('no proposal or plan in: %s', (text) => {
    expect(notParties(text)).toEqual([]);
  });
});

describe('wrong marks found in a third audit of 2025-26 reporting', () => {
  it("reads the plant area's neutral or special status as the plant, not as Ukraine's neutrality", () => {
    const text =
      'Washington suggested that the areas around the Zaporizhzhia nuclear power plant get neutral status under US control, Kyiv said.';
    expect(proposalsIn(text).map((m) => m.id)).toEqual(['zaporizhzhia-npp']);
    const special = 'Grossi said the Zaporizhzhia nuclear plant will need a special status after a deal.';
    expect(proposalsIn(special).map((m) => special.slice(m.start, m.end))).toEqual([
      'Zaporizhzhia nuclear plant will need a special status',
    ]);
  });
  it("starts the plant's split power at the power, never at the nuclear agency's name before it", () => {
    const text =
      'The Zaporizhzhia plant would restart under the International Atomic Energy Agency, its electricity divided equally between the two sides.';
    expect(proposalsIn(text).map((m) => text.slice(m.start, m.end))).toEqual(['electricity divided equally']);
  });
});
