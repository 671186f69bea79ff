/**
 * Who leaves Donbas. The proposal is Ukraine withdrawing from the part of Donetsk region it holds;
 * Kyiv's own demand that Russia withdraw its troops uses the same verbs, and a tooltip that showed
 * the parties' stances on Ukraine's withdrawal there would say the opposite of the sentence. A verb
 * of leaving right after Russia's side as its subject (`@russia-leaving`, rule `notPrecededBy`) is
 * not the proposal; after Ukraine, or when Russia only demands it, it is. Written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { mentionsOf, proposalFinder, realSource } from './real-data.ts';

const withdrawal = mentionsOf('donbas-withdrawal', proposalFinder(compileMatcher(realSource())));

const RUSSIA_LEAVES: string[] = [
  'Zelensky said Russia should withdraw its troops from Donetsk before any talks.',
  'Kyiv insists Russian forces must leave the Donetsk region.',
  'Russia must pull out of Donbas, the Ukrainian president said.',
  'Ukraine says Moscow refuses to withdraw from Donetsk.',
  'Росія має вивести війська з Донбасу, заявив Зеленський.',
  'Київ наполягає, щоб російські війська вийшли з Донеччини.',
  'Россия должна вывести войска из Донбасса, заявил Зеленский.',
  'Киев требует, чтобы российские войска ушли из Донбасса.',
];

const UKRAINE_LEAVES: string[] = [
  'Moscow demands that Ukraine withdraw its troops from Donetsk.',
  'Russia wants Kyiv to pull out of Donbas before a ceasefire.',
  'Україна має вивести війська з Донбасу, вимагає Москва.',
  'Украина должна вывести войска из Донбасса, требует Москва.',
];

describe('the Donbas withdrawal is Ukraine’s, not Russia’s', () => {
  it.each(RUSSIA_LEAVES)('no Donbas withdrawal where Russia is the one to leave: %s', (text) => {
    expect(withdrawal(text)).toEqual([]);
  });

  it.each(UKRAINE_LEAVES)('the Donbas withdrawal where Ukraine is to leave: %s', (text) => {
    expect(withdrawal(text)).toHaveLength(1);
  });
});
