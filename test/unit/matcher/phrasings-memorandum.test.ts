/**
 * How reporting names Russia's memorandum of 2 June 2025 (`russia-memorandum-2025-06`), the terms
 * Medinsky's delegation handed to Ukraine at the second Istanbul round: "Russia's memorandum", "the
 * Russian memorandum", "Moscow's peace memorandum", "the memorandum Russia handed over", "the memo
 * handed over by Russia", "a memorandum from Moscow", «меморандум, переданий Росією», «меморандум від РФ»,
 * «російський меморандум», «меморандум РФ», «меморандум Мединського», «российский меморандум»,
 * «меморандум Москвы», also with the word in quotes («так званий "меморандум" РФ»), as Ukrainian
 * outlets print it. Counted only with its distinguishing wording: a bare "the memorandum" (an
 * anaphor), the two sides' memorandums together, Ukraine's own memorandum, the Budapest Memorandum of
 * 1994, a memorandum of understanding and Moldova's Kozak memorandum of 2003 are not it. The names
 * carry `memorandum-2025-06` (near Ukraine or the talks' words; never where the 1994 history or
 * Moldova is nearer than every word of the 2025 round; never "of understanding" or "and Ukraine"
 * next), and the names that put Russia after the noun carry `memorandum-2025-06-genitive`, since
 * Росії, России and РФ are the dative too («передала свій меморандум Росії» is Ukraine's, handed to
 * Russia). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { realSource } from './real-data.ts';

const ID = 'russia-memorandum-2025-06';
const matcher = compileMatcher(realSource());
const memoIn = (text: string) =>
  matcher.find(text, { lang: 'auto' }).filter((m) => !m.nested && m.kind === 'plan' && m.id === ID);

/** Sentences that name Russia's June 2025 memorandum: each must find it. */
const NAMES: string[] = [
  // English
  "Zelensky called Russia's memorandum an ultimatum that Ukraine would not accept.",
  'Kyiv said the Russian memorandum repeated demands it had rejected since 2022.',
  "Ukraine's delegation took a week to study Moscow's peace memorandum.",
  "The Kremlin's memorandum lists two ways to reach a ceasefire, Medinsky told reporters in Istanbul.",
  'Umerov said the memorandum Russia handed over in Istanbul arrived only at the table.',
  'Analysts in Kyiv compared the memorandum that Moscow presented with the terms of June 2024.',
  "Ukraine's foreign ministry mocked the Russian “memorandum” a week after Istanbul.",
  "Russia's June 2025 memorandum demands that Ukraine recognise Crimea as Russian.",
  'Kyiv dismissed the memo handed over by Russia in Istanbul as a list of old demands.',
  'Ukraine was still waiting for a memorandum from Moscow two days before Istanbul.',
  "A Ukrainian diplomat said Russia's ‘memo’ reached TASS within hours of the Istanbul meeting.",
  // Ukrainian
  'Зеленський назвав російський меморандум ультиматумом.',
  'Українська делегація вивчатиме меморандум РФ щонайменше тиждень.',
  'Умєров пообіцяв відповісти на меморандум Кремля після консультацій у Києві.',
  'У Києві розкритикували так званий "меморандум" Росії, переданий у Стамбулі.',
  'МЗС України назвало російський "меморандум" набором старих ультиматумів.',
  'Текст меморандуму Мединського з’явився в російських агентствах увечері після Стамбула.',
  'Україна отримала меморандум, який передала російська делегація в Стамбулі.',
  'Україна вивчає меморандум, переданий Росією в Стамбулі.',
  'Київ досі чекає меморандуму від Росії перед зустріччю в Стамбулі.',
  'Пункти російського меморандуму суперечать Конституції України, заявив Зеленський.',
  // Russian
  'Киев назвал российский меморандум ультиматумом.',
  'Украинская делегация изучает меморандум России, переданный в Стамбуле.',
  'Мединский заявил, что меморандум Москвы не является ультиматумом для Украины.',
  'В Киеве прокомментировали меморандум, который передала российская делегация в Стамбуле.',
  'Украина изучает меморандум, переданный российской делегацией в Стамбуле.',
  'Киев ждал меморандум от России до встречи в Стамбуле.',
];

/** Look-alikes: the Budapest Memorandum, memorandums of understanding, Ukraine's own, both sides', an anaphor. */
const NOT_IT: string[] = [
  'Ukraine gave up its nuclear arsenal under the Budapest Memorandum of 1994, which Russia signed.',
  'Kyiv says Russia broke the Budapest Memorandum it signed in 1994 with the US and Britain.',
  'Ukraine and the United States signed a memorandum of understanding on minerals.',
  "Ukraine's memorandum was handed to Russia days before the talks in Istanbul.",
  'In Istanbul the delegations compared the two memorandums.',
  'Zelensky said the memorandum was an ultimatum, not a basis for talks.',
  "Ukraine signed Russia's memorandum of understanding on gas transit years ago.",
  'In 2003 the Russian memorandum on Moldova, the Kozak plan, collapsed at the last minute.',
  'Kyiv recalled that the Russian memorandum on Transnistria, the Kozak plan, would have frozen Moldova.',
  'Ukrainian diplomats say the Budapest guarantees of 1994 were a Russian memorandum of empty words.',
  'Україна відмовилася від ядерної зброї за Будапештським меморандумом 1994 року.',
  'Україна та США підписали меморандум про взаєморозуміння щодо надр.',
  'Умєров передав свій меморандум Росії ще до зустрічі в Стамбулі.',
  'Україна передала меморандум Росії ще до Стамбула.',
  'Меморандуми сторін у Стамбулі різняться в усьому.',
  'Російський та український меморандуми обговорили в Стамбулі.',
  'Киев передал свой меморандум России ещё до встречи в Стамбуле.',
  'Стороны обменялись меморандумами в Стамбуле.',
  'Будапештский меморандум 1994 года гарантировал Украине безопасность.',
  'Kyiv handed its memorandum to Russia; the memo from Ukraine has 22 points.',
  'Україна передала меморандум Росії, а меморандум від України містить 22 пункти.',
];

describe('russia-memorandum-2025-06 phrasings', () => {
  it.each(NAMES)('finds the memorandum in %j', (text) => {
    expect(memoIn(text).length, text).toBeGreaterThan(0);
  });

  it.each(NOT_IT)('finds no memorandum in %j', (text) => {
    expect(memoIn(text), text).toEqual([]);
  });

  it('counts each distinguishing name once and no anaphor (sentences written for this test)', () => {
    const report = [
      "Russia's memorandum reached Kyiv only at the table in Istanbul.",
      'The memorandum has two parts, and Ukraine sent its own memorandum a week earlier.',
      'Зеленський назвав російський "меморандум" ультиматумом, а меморандум України — основою для переговорів.',
    ].join('\n');
    expect(memoIn(report).map((m) => m.text)).toEqual(["Russia's memorandum", 'російський "меморандум']);
  });
});
