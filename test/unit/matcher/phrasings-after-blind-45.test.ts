/**
 * The forty-fifth session's rules, each with look-alikes, written from the misses of the twenty-third
 * blind round (pairs 155–158), read after it was scored, so those pairs are no longer blind to them.
 * Sentences written for the test, in the ways reporters phrase each idea, none copied from the
 * articles.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

describe('the twenty-third round: the April 2025 texts in other words', () => {
  checkCounts([
    [
      'sanctions-relief',
      'Under the US plan for Ukraine, sanctions imposed on Russia since 2014 would be lifted.',
      1,
    ],
    [
      'sanctions-relief',
      'Sanctions introduced against Moscow after 2022 could be eased in stages, Kyiv fears.',
      1,
    ],
    ['security-guarantees', 'Kyiv wants an Article 5-type guarantee backed by Washington.', 1],
    [
      'occupied-territories',
      'It offers de facto recognition of Moscow’s hold on Luhansk and the occupied parts of Kherson.',
      1,
    ],
    [
      'frontline-freeze',
      'Vance said new lines would be drawn somewhere close to the current front in Ukraine.',
      1,
    ],
    // Look-alikes: sanctions imposed and kept, a rail line near the front, a hold on a budget.
    [
      'sanctions-relief',
      'Under the plan for Ukraine, sanctions imposed on Russia since 2014 would be extended.',
      0,
    ],
    ['frontline-freeze', 'A new rail line runs close to the current front near Pokrovsk.', 0],
    ['occupied-territories', 'Parliament lifted its hold on the aid budget for the regions.', 0],
  ]);
});

describe('the twenty-third round: guarantees, a NATO contingent, gains recognised, the Czech shells', () => {
  checkCounts([
    [
      'security-guarantees',
      'Zelensky called membership of NATO the best guarantee of his country’s security.',
      1,
    ],
    ['security-guarantees', 'Only a strong army is a guarantee of Ukraine’s future security, he said.', 1],
    ['european-force', 'Zakharova said a NATO contingent in Ukraine would mean escalation.', 1],
    ['occupied-territories', 'Трамп ждет, что Украина признает территориальные приобретения России.', 1],
    ['occupied-territories', 'Кремль вимагає, щоб Київ визнав територіальні здобутки Росії.', 1],
    ['military-aid', 'Fiala wants the Czech ammunition initiative for Ukraine to continue.', 1],
    ['military-aid', 'Уряд Бабіша може згорнути чеську снарядну ініціативу.', 1],
    ['military-aid', 'Новое правительство сохранит чешскую снарядную инициативу.', 1],
    // Look-alikes: energy security, a NATO contingent in the Baltics, a Czech initiative on housing.
    ['security-guarantees', 'The pipeline is a guarantee of Hungary’s energy security, Orbán said.', 0],
    ['european-force', 'A NATO contingent in Lithuania held exercises near the border.', 0],
    ['military-aid', 'The Czech housing initiative will build flats in Brno.', 0],
  ]);
});
