/**
 * How reporters write protections for the Russian language, Russian speakers, minorities and churches
 * as a term or demand of a settlement, in English, Ukrainian and Russian: Russia's demand of official
 * status for Russian, the rights of Russian speakers, the 28-point draft's religious tolerance and
 * protection of linguistic minorities, the Ukrainian Orthodox Church of the Moscow Patriarchate,
 * «статус російської мови», «права російськомовних», «защита канонической церкви». Each sentence
 * must find `language-religion` exactly once. The look-alikes share the words and must not find it:
 * language-law and church news with no word of the talks, "Russian-speaking" describing a person or a
 * city, and another war's talks. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf, proposalFinder } from './real-data.ts';

const proposalsIn = proposalFinder();
const mentions = mentionsOf('language-religion', proposalsIn);
const found = (text: string) => mentions(text).map((m) => m.text);

/** Sentences that state the language or church protection as a term of the settlement once. */
const PHRASINGS: string[] = [
  // English
  'Putin demanded official status for the Russian language as a condition of any peace deal.',
  'Moscow wants Russian recognised as a second official language in Ukraine under the settlement.',
  'Lavrov said a lasting peace must restore the rights of Russian speakers in Ukraine.',
  'The 28-point plan says Ukraine will adopt EU rules on religious tolerance and the protection of linguistic minorities.',
  'The Kremlin also wants guarantees for the Ukrainian Orthodox Church in any agreement.',
  'Russian negotiators in Istanbul raised the protection of the Russian language again.',
  'Lavrov said linguistic and religious freedoms could not be a bargaining chip in the talks.',
  'The draft peace plan includes a clause on the rights of national minorities in Ukraine.',
  'Kyiv rejected the demand to lift the ban on the Ukrainian Orthodox Church of the Moscow Patriarchate.',
  'Zelensky said the status of the Russian language was not up for negotiation.',
  'At the Alaska summit Putin asked for protection for the UOC-MP.',
  'Moscow insists any deal must make Russian the second state language.',
  // Ukrainian
  'Росія вимагає надати російській мові офіційний статус в Україні.',
  'Лавров заявив, що мирна угода має гарантувати права російськомовних.',
  'У плані йдеться про релігійну толерантність і захист мов меншин.',
  'Кремль висуває вимогу захисту УПЦ МП під час переговорів.',
  'Зеленський відкинув вимогу щодо статусу російської мови в мирній угоді.',
  'Серед умов Москви є захист національних меншин в Україні.',
  // Russian
  'Россия требует закрепить государственный статус русского языка в мирном соглашении.',
  'Лавров назвал защиту русскоязычных обязательным условием урегулирования.',
  'Кремль требует гарантировать права русскоязычного населения Украины.',
  'В меморандуме Москвы есть пункт о защите канонической православной церкви.',
  'План предусматривает религиозную терпимость и права национальных меньшинств.',
];

/** Sentences that share the words and state no such term of the settlement. */
const LOOK_ALIKES: string[] = [
  'The Rada voted to ban the Ukrainian Orthodox Church of the Moscow Patriarchate on Tuesday.',
  'A café owner in Kyiv was fined for the use of the Russian language with customers.',
  'A Russian-speaking soldier from Kharkiv described the shelling of his town.',
  'Kharkiv, a largely Russian-speaking city, was shelled again overnight.',
  'Верховна Рада ухвалила закон про заборону УПЦ МП.',
  'Мовний омбудсман зафіксувала порушення статусу державної мови в Одесі.',
  'Російськомовний блогер із Харкова розповів про обстріл.',
  'В Киеве оштрафовали магазин за использование русского языка.',
  'The Gaza peace plan mentions religious freedom for Christians in the Holy Land.',
  'The Pope spoke about religious freedom at a Mass in Rome.',
];

describe('language-religion phrasings', () => {
  it.each(PHRASINGS)('finds one language-religion term in: %s', (text) => {
    expect(found(text)).toHaveLength(1);
  });

  it.each(LOOK_ALIKES)('finds no language-religion term in: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word of the talks near the church or the language', () => {
    expect(found('Officials discussed the ban on the Ukrainian Orthodox Church.')).toEqual([]);
    expect(found('Russia demands the lifting of the ban on the Ukrainian Orthodox Church.')).toHaveLength(1);
  });
});
