/**
 * English wordings that an audit of 50 real 2025-26 articles on the peace talks (Reuters, AP, CNN,
 * The Washington Post, The Kyiv Independent, RFE/RL, The Independent, The Telegraph and outlets
 * reprinting them; fourth session, kept outside the project) found the matcher missing: the numbered
 * plans with a word between number and noun ("the 28-point Ukraine peace plan", "a 28-point
 * blueprint"), the free-trade or bare economic zone near Donbas, "stand where we stand", Crimea
 * recognised "de facto" or "annexed Crimea" recognised, bans and halts of strikes on energy sites and
 * in the Black Sea, allied forces "on its territory" or "on the territory of Ukraine", "put troops
 * into Ukraine", Ukraine to "be a neutral country", "joining the U.S.-led NATO", elections avoided,
 * postponed or not had, "border changes by force", Russian assets unlocked or "sovereign Russian
 * assets", the Zaporizhzhya spelling, and "the French president" (an adjective, not France).
 * Each sentence must find its proposal, plan or party; the look-alikes after them share the words and
 * must find none. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { plansAndProposals, proposalFinder, realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const lookAlikeMarks = plansAndProposals(matcher, 'en');
const proposalsIn = proposalFinder(matcher);
const idsIn = (text: string) => matcher.find(text, { lang: 'en' }).map((m) => m.id);

/** [proposal id, a sentence that states it]. */
const PROPOSALS: [string, string][] = [
  // Security guarantees: guaranteeing "its" security, binding commitments to defend Ukraine.
  ['security-guarantees', 'Any settlement must guarantee its long-term security, the leaders told Zelensky.'],
  ['security-guarantees', 'Allies promised binding commitments to defend Ukraine if Russia attacks again.'],
  // A foreign force: presence or troops on Ukrainian territory, troops put into Ukraine, reassurance forces.
  ['european-force', 'The Kremlin rejects any NATO presence on Ukrainian territory.'],
  ['european-force', 'Russian officials oppose the presence of NATO troops on the territory of Ukraine.'],
  ['european-force', 'If Kyiv invites allied troops to be on its soil, Russia has no veto, Macron said.'],
  ['european-force', 'London is ready to put troops into Ukraine once a truce holds.'],
  ['european-force', 'The reassurance forces would guard ports and airfields in Ukraine.'],
  ['european-force', 'France and Britain discussed a potential troop deployment after a peace deal.'],
  ['european-force', 'Not all European allies back the proposed deployment of troops.'],
  ['european-force', 'Canada said it could contribute troops to the coalition of the willing.'],
  ['european-force', 'An international peace force would monitor the zone in eastern Ukraine.'],
  // Donbas: leaving the eastern region, a free-trade or economic zone there, control of all of it.
  ['donbas-withdrawal', "Putin insists that Kyiv's forces leave the eastern Donbas region."],
  ['donbas-withdrawal', 'Washington floated a free-trade zone in the part of Donetsk that Kyiv holds.'],
  ['donbas-withdrawal', 'Zelensky would pull troops back to create an economic zone in the Donbas.'],
  ['donbas-withdrawal', 'Moscow keeps demanding control of the entire Donetsk region.'],
  ['donbas-withdrawal', 'The US idea is a demilitarised free economic zone in the Donets Basin.'],
  // Freezing the line: "stand where we stand", freezing territorial lines.
  ['frontline-freeze', 'The draft says the sides stand where they stand on the day of signing.'],
  ['frontline-freeze', 'Vance backed freezing the territorial lines near where they are now.'],
  ['frontline-freeze', 'Under the plan the armies would stay where the troops are now.'],
  // Crimea: recognised de facto, annexed Crimea recognised, de jure control or hold over it.
  ['crimea-recognition', 'Crimea and Luhansk would be recognised de facto as Russian under the draft.'],
  ['crimea-recognition', 'Washington would formally recognise annexed Crimea as Russian land.'],
  ['crimea-recognition', "The US could recognise Russia's de jure control over Crimea."],
  ['crimea-recognition', 'Zelensky rejects recognizing the Russian hold over Crimea.'],
  ['occupied-territories', 'Under the draft the four regions would be de facto recognized as Russian.'],
  ['occupied-territories', 'Kherson would remain under Russian control if a deal is signed.'],
  // Army caps: the number of the armed forces, keeping the army at a level.
  ['army-limits', 'The draft proposes limiting the number of the Ukrainian armed forces in peacetime.'],
  ['army-limits', 'Europe wants to keep the Armed Forces of Ukraine at a level of 800,000 troops.'],
  // Frozen assets: unlocking or using money in Russian assets, sovereign Russian assets.
  ['frozen-assets', 'Leaders will press Brussels to unlock billions of euros in Russian assets.'],
  ['frozen-assets', 'Belgium fears legal risk from using sovereign Russian assets for Ukraine.'],
  ['frozen-assets', 'The EU wants to lend Kyiv the Bank of Russia’s reserves.'],
  // The energy and Black Sea truces.
  ['ceasefire', 'The sides agreed to ban strikes against energy facilities for 30 days.'],
  ['ceasefire', 'Washington will push to prohibit attacks targeting energy infrastructure.'],
  ['ceasefire', 'The two sides will stop their strikes at sea and on energy sites.'],
  ['ceasefire', 'Russia and Ukraine agreed to halt attacks in the Black Sea.'],
  ['ceasefire', 'The deal would ensure safe navigation in the Black Sea.'],
  ['ceasefire', 'In exchange Moscow would end hostilities in Ukraine.'],
  // Sanctions: reductions and weakening.
  ['sanctions-relief', 'Starmer said there must be no reduction in sanctions on Moscow.'],
  ['sanctions-relief', 'Kyiv fears Washington will weaken sanctions against Russia.'],
  // Elections: avoided, postponed, not had, ready for.
  ['elections', 'Trump accused Zelensky of using the war to avoid elections.'],
  ['elections', 'Kyiv has postponed the presidential election again, Trump complained.'],
  ['elections', 'Ukraine has not had an election since 2019, Trump said.'],
  ['elections', "Zelensky says he is ready for elections once Kyiv's allies secure them."],
  // NATO: becoming a member, joining the U.S.-led alliance, a neutral country.
  ['nato-non-accession', 'Moscow says Ukraine can never become a member of NATO.'],
  ['nato-non-accession', 'The Kremlin opposes Ukraine joining the U.S.-led NATO alliance.'],
  ['nato-non-accession', 'Russia wants Ukraine not joining in NATO to be written into law.'],
  ['nato-non-accession', 'Peskov said Ukraine must be a neutral country.'],
  ['nato-non-accession', 'Moscow demands that Kyiv remain neutral.'],
  // The nuclear plant: another spelling, an installation under US control.
  ['zaporizhzhia-npp', 'The talks covered the Zaporizhzhya NPP and its cooling water.'],
  ['zaporizhzhia-npp', 'Trump spoke of US ownership of the nuclear installation in Enerhodar.'],
];

/** [plan id, a sentence naming it]. */
const PLANS: [string, string][] = [
  ['us-28-point-plan-2025-11', "Geneva talks reworked Trump's 28-point Ukraine peace plan."],
  ['us-28-point-plan-2025-11', 'The 28-point blueprint alarmed European capitals.'],
  ['us-28-point-plan-2025-11', 'What is in the 28-point war-ending plan?'],
  ['us-ua-20-point-plan-2025-12', 'The Kremlin reacted to the "20-point" peace framework from Florida.'],
  ['us-ua-20-point-plan-2025-12', 'Zelensky read out the 20 points of the peace plan to reporters in Kyiv.'],
  [
    'us-ua-20-point-plan-2025-12',
    'The plan for Ukraine, which consists of 20 points, still splits the sides.',
  ],
];

/** Sentences that share words with the new names and state no proposal or plan. */
const LOOK_ALIKES: string[] = [
  // Borders not to be changed by force: a principle, not the demand for the 1991 borders (fifty-fourth
  // session: 48 of the 58 dev-set pages that say it were counted without it; these two were once counted).
  'The Europeans reject border changes by force in Ukraine.',
  'Nobody may change Ukraine’s borders by force, the statement says.',
  'Seoul wants no foreign troops on its territory, the minister said.',
  'Russian troops on the territory of Ukraine shelled Kherson again.',
  'NATO troop deployments in the Baltics grew after 2022.',
  'Residents of Pokrovsk were told to stay where they are during the alert.',
  'The court will recognise the company as Russian for tax purposes.',
  'Ukraine’s army grew to 800,000 soldiers in 2024.',
  'Police seized Russian tanks captured near Kupiansk, as war trophies.',
  'Unions halted strikes at power plants in France after a pay deal.',
  'The Black Sea fleet moved ships to Novorossiysk.',
  'The EU will weaken sanctions on Syria, diplomats said.',
  'Romania postponed elections after the court ruling.',
  'Serbia changed its borders with Kosovo on paper only.',
  'Finland became a member of NATO in April 2023.',
  'India will remain neutral in the war, its minister said.',
  'Westinghouse will run the nuclear installation in Poland for 20 years.',
  'The 20-point lead in the polls surprised the analysts.',
  'Trump’s 20-point plan for Gaza set up a board of peace.',
  'Civilians leave the eastern Donetsk region by train every day.',
  "Russia's exclusive economic zone in the Black Sea covers the shelf.",
  'The State Duma gave firms in occupied Donetsk a free economic zone with tax breaks paid in rubles.',
  'Italy and France will contribute troops to UNIFIL in southern Lebanon.',
];

describe('English wordings found missing in an audit of 2025-26 reporting', () => {
  it.each(PROPOSALS)('%s: %s', (id, text) => {
    expect(proposalsIn(text).map((m) => m.id)).toContain(id);
  });

  it.each(PLANS)('%s: %s', (id, text) => {
    expect(idsIn(text)).toContain(id);
  });

  it.each(LOOK_ALIKES)('no proposal or plan in: %s', (text) => {
    expect(lookAlikeMarks(text)).toEqual([]);
  });

  it('reads "the French president" as an adjective, "the French said" as France', () => {
    expect(idsIn('The French president and the British prime minister spoke.')).toEqual([]);
    expect(idsIn('The French said no; the British agreed.')).toEqual(['france', 'uk']);
    // Only the word after: an office word before them, even in the sentence before, is not theirs.
    expect(
      idsIn('They rejected the plan. The French said no. Asked about the army, the British refused.'),
    ).toEqual(['france', 'uk']);
  });
});
