/**
 * How reporting phrases a non-aggression pact between Russia and Ukraine, Europe or NATO
 * (`non-aggression-pact`), a point of the US 28-point plan of November 2025 ("a comprehensive
 * non-aggression agreement between Russia, Ukraine and Europe", "Russia will not invade neighbouring
 * countries"), of the E3 counter-plan (with NATO) and of the 20-point framework, and Moscow's offer to
 * put in writing that it will not attack Europe: "non-aggression pact", "pact of non-aggression",
 * "пакт про ненапад", "угода про ненапад", "гарантії ненападу", "договор о ненападении". Every name
 * carries the rule `non-aggression-near`: near this war's words, never the Molotov-Ribbentrop pact
 * of 1939 as history nor another pair's pact (Israel and Syria, the two Koreas). A ceasefire, security
 * guarantees and NATO's non-expansion alone are not it. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { mentionsOf, proposalFinder, realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const proposalsIn = proposalFinder(matcher);
const pactIn = mentionsOf('non-aggression-pact', proposalsIn);

/** Sentences that state a non-aggression pact of this war: each must find `non-aggression-pact`. */
const STATES: string[] = [
  // English
  'The draft calls for a comprehensive non-aggression agreement between Russia, Ukraine and Europe.',
  'European officials rewrote the non-aggression pact to include NATO instead of Europe.',
  'Putin said Moscow was ready to sign a non-aggression treaty with the European Union.',
  'Grushko said the EU had not answered the Kremlin offer of a nonaggression pact.',
  'The plan states that Russia will not invade neighboring countries and NATO will not expand further.',
  'Under the 28-point plan, Moscow would not attack its neighbours.',
  'Kyiv wants any non-aggression pledge by Russia backed by real security guarantees.',
  'Zelensky said the framework amounts to an agreement on non-aggression between Russia and Ukraine.',
  'Lavrov said Russia would give legally binding non-aggression guarantees to NATO and EU states.',
  'The document provides for non-aggression between Russia, Ukraine and NATO.',
  'Russia would write a policy of non-aggression toward Europe into law under the peace plan.',
  'European leaders dismissed the Russian non aggression commitment as worthless.',
  // Ukrainian
  'План передбачає всеосяжну угоду про ненапад між Росією, Україною та Європою.',
  'Путін заявив, що Росія готова підписати пакт про ненапад з Європою.',
  'ЄС досі не відповів на пропозицію Москви щодо договору про ненапад.',
  'Зеленський сказав, що документ стане угодою про ненапад між Україною та росією.',
  'Кремль пропонує Європі гарантії ненападу, але в ЄС цьому не вірять.',
  'Росія має закріпити в законах політику ненападу щодо Європи та України.',
  'Грушко поскаржився, що НАТО ігнорує ідею зобов’язання про ненапад.',
  'Путін готовий письмово зафіксувати ненапад на країни Європи.',
  'Кремль пропонує ЄС угоду про взаємний ненапад.',
  // Russian
  'Россия готова подписать с Европой договор о ненападении, заявил Путин.',
  'В МИД напомнили о предложении заключить пакт о ненападении с НАТО.',
  'Грушко: ЕС не ответил на инициативу России о гарантиях ненападения.',
  'Американский план предусматривает соглашение о ненападении между Россией, Украиной и Европой.',
  'Лавров заявил о готовности юридически оформить ненападение на страны ЕС.',
];

/** Look-alikes: the 1939 pact as history, other pairs' pacts, a ceasefire, guarantees, NATO expansion. */
const NOT_IT: string[] = [
  'The Molotov-Ribbentrop non-aggression pact was signed in Moscow in August 1939.',
  'Hitler broke the non-aggression pact with Stalin in June 1941.',
  'The Nazi-Soviet nonaggression treaty divided Eastern Europe into spheres of influence.',
  'Israel and Syria are negotiating a non-aggression agreement, officials in Damascus said.',
  'North Korea and South Korea once discussed a non-aggression pact.',
  'Пакт Молотова-Ріббентропа про ненапад підписали у серпні 1939 року.',
  'Гітлер порушив договір про ненапад зі Сталіним.',
  'Пакт о ненападении между СССР и Германией подписали Молотов и Риббентроп.',
  'Ізраїль і Сирія обговорюють угоду про ненапад.',
  'Russia and Ukraine agreed to a 30-day ceasefire on energy strikes.',
  'Ukraine will receive robust security guarantees from the United States.',
  'NATO will not expand further, the Kremlin insists.',
  'Russian troops attacked neighbouring villages overnight.',
  'Україна отримає надійні гарантії безпеки.',
  'Россия и Украина договорились о перемирии.',
];

describe('non-aggression-pact phrasings', () => {
  it.each(STATES)('finds non-aggression-pact in %j', (text) => {
    expect(pactIn(text).length, text).toBeGreaterThan(0);
  });

  it.each(NOT_IT)('finds no non-aggression-pact in %j', (text) => {
    expect(pactIn(text), text).toEqual([]);
  });

  it('keeps the plan when a writer compares it with 1939 (sentences written for this test)', () => {
    const report = [
      'Critics compared the 28-point plan’s non-aggression pact between Russia, Ukraine and Europe to the Molotov-Ribbentrop pact.',
      'The Molotov-Ribbentrop non-aggression pact of 1939 carved up Poland.',
    ].join('\n');
    expect(pactIn(report).map((m) => m.text)).toEqual(['non-aggression pact']);
  });
});
