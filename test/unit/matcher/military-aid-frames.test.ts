/**
 * The general weapons-for-Ukraine frames of military-aid (twenty-fifth session): a giver's or a
 * recipient's verb with Ukraine and a weapon near (`arms-given-frame`), a weapon going to Ukraine near
 * a word of giving (`arms-to-frame`), a delivery or sale of a weapon near Ukraine (`arms-sale-frame`),
 * and a Western system named alone near Ukraine (`arms-system-ukraine`). The weapons and the verbs are
 * families (`en-arms`, `uk-arms`, `ru-arms`, `en-arms-give`, `uk-sell`, …), so one word added there
 * reaches every frame. Sentences written for the test, with the look-alikes that must stay unmarked:
 * attacks, Russia's suppliers, other recipients, bodies handed over, drafts sent.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { tokenize } from '../../../src/matcher/tokenize.ts';
import { realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
/** Every outermost military-aid mention: what a reader sees marked. */
const aid = (text: string): string[] =>
  matcher
    .find(text, { lang: 'auto' })
    .filter((m) => m.id === 'military-aid' && !m.nested)
    .map((m) => m.text);

describe('a giver or a recipient, Ukraine and a weapon near: one mention', () => {
  it.each([
    ['Washington promised Ukraine new weapons before the winter.', 'promised Ukraine'],
    ['The Netherlands sold Kyiv 3,000 artillery shells last month.', 'sold Kyiv'],
    ['Ukraine needs more air defence systems, Zelensky told allies.', 'Ukraine needs'],
    ['Kyiv has asked for Patriot batteries to protect its power plants.', 'Kyiv has asked for Patriot'],
    ['Сполучені Штати пообіцяли Україні нові ракети для ППО.', 'пообіцяли Україні'],
    ['Україні передадуть ракети для Patriot вже цього місяця, заявив міністр.', 'Україні передадуть'],
    ['Зеленський попросив у партнерів більше ППО.', 'Зеленський попросив'],
    ['Германия пообещала Украине новые системы ПВО.', 'пообещала Украине'],
    ['Киеву передадут ракеты для Patriot до конца года.', 'Киеву передадут'],
  ])('%s', (text, mention) => {
    expect(aid(text)).toEqual([mention]);
  });
});

describe('a weapon going to Ukraine, or its delivery or sale: one mention', () => {
  it.each([
    [
      'The State Department approved the sale of 3,350 extended-range missiles to Ukraine on Thursday.',
      // "extended-range" is one word inside a gap (forty-ninth session), so the sale's frame takes it all.
      'sale of 3,350 extended-range missiles to Ukraine',
    ],
    [
      'Berlin will ship another battery of IRIS-T interceptors to Ukrainian forces in the spring.',
      'IRIS-T interceptors to Ukrainian forces',
    ],
    [
      'The interceptors are bound for Ukraine and should arrive within weeks.',
      'interceptors are bound for Ukraine',
    ],
    ['Germany will hand over two more Patriot systems to Ukraine, Merz said.', 'Patriot systems to Ukraine'],
    ['Поставки ракет для ВСУ задерживаются, сообщили в Пентагоне.', 'Поставки ракет для ВСУ'],
    ['Німеччина продасть Україні ще дві системи IRIS-T.', 'продасть Україні'],
  ])('%s', (text, mention) => {
    expect(aid(text)).toEqual([mention]);
  });
  it('a Western system named alone near Ukraine', () => {
    expect(aid('Zelensky said Ukraine still lacks Patriot launchers, and each new battery matters.')).toEqual(
      ['Patriot'],
    );
    expect(aid('Україна чекає на нові Петріоти до зими, сказав Зеленський.')).toHaveLength(1);
  });
});

describe('one phrase, one mention: a system named in the clause of another aid mention', () => {
  it.each([
    ['He reminded reporters that he had held back the Tomahawk cruise missiles Kyiv had asked for.'],
    ['Kyiv wanted more Patriot systems, and Washington said it would make some available.'],
    ['Washington cleared the sale to Kyiv of spare parts for its Patriot launchers.'],
    ['The US will provide more aid to Ukraine, including Patriot interceptors, Rubio said.'],
  ])('%s', (text) => {
    expect(aid(text)).toHaveLength(1);
  });
  it('two clauses are two phrases', () => {
    expect(
      aid('Germany pledged more weapons to Ukraine. Zelensky said the Patriot launchers were the priority.'),
    ).toHaveLength(2);
  });
});

describe('not aid: attacks, Russia armed, other recipients, other things handed over', () => {
  it.each([
    ['Kyiv got hit by Russian missiles overnight.'],
    ['Russia sent 500 drones to Ukraine overnight, the air force said.'],
    ['Patriot batteries shot down most of the missiles over Kyiv.'],
    ['Iran has supplied missiles to Russia for its strikes on Ukraine.'],
    ['Россия передаст Украине тела 6 тысяч погибших солдат.'],
    ['Росія передала Україні тіла загиблих військових.'],
    ['Germany will send Patriot systems to Israel, the paper said.'],
    ['The United States sent Ukraine a draft of the deal on Friday.'],
    ['Ukraine wants security guarantees from the United States.'],
    ['Росія випустила по Україні ракети і дрони, заявили в Повітряних силах.'],
    // A common verb ("give Kyiv the means to keep buying weapons") is no frame: a loan, not arms.
    ['Кредит — найкращий спосіб дати Києву змогу й надалі купувати зброю.'],
    ['Russia keeps sending missiles to Kyiv every night.'],
    ['Ukraine says it received no warning before Russian fighter jets struck the city.'],
    ['The document says Ukraine will not acquire nuclear weapons.'],
  ])('%s', (text) => {
    expect(aid(text)).toEqual([]);
  });
});

describe('second round: support for the army, weapons held back or flowing, training', () => {
  it.each([
    ["Merz promised continued support for Ukraine's armed forces.", "support for Ukraine's armed forces"],
    ['Мерц пообіцяв і далі надавати підтримку Збройним силам України.', 'підтримку Збройним силам України'],
    ['Мерц пообещал продолжить помощь ВСУ.', 'помощь ВСУ'],
    ['The Pentagon will withhold some munitions from Ukraine for now.', 'withhold some munitions'],
    [
      'Some weapons would continue to flow to Ukraine, officials said.',
      'weapons would continue to flow to Ukraine',
    ],
    [
      'Britain has trained more than 50,000 Ukrainian soldiers since 2022.',
      'trained more than 50,000 Ukrainian soldiers',
    ],
    ['Франція продовжить навчання українських пілотів.', 'навчання українських пілотів'],
    ['Германия продолжит обучение украинских военных.', 'обучение украинских военных'],
  ])('%s', (text, mention) => {
    expect(aid(text)).toEqual([mention]);
  });
  it.each([
    ['Russia trained North Korean soldiers for the Kursk offensive.'],
    ['Drones reached Ukraine overnight, the air force said.'],
    ['The Kremlin will withhold gas from Europe this winter.'],
    // A branch of the army, not help for it (the Support Forces).
    ['Сили підтримки ЗСУ розгорнули пункти обігріву в Херсоні.'],
    ['Russian instructors trained Ukrainian prisoners to fight for Moscow, the report claimed.'],
  ])('not aid: %s', (text) => {
    expect(aid(text)).toEqual([]);
  });
});

describe('numbers: a decimal point or a thousands separator is no sentence end nor clause break', () => {
  it('keeps "3.5" and "3,350" inside their sentence and clause', () => {
    expect(tokenize('$3.5 billion in arms').map((t) => [t.form, t.gap])).toEqual([
      ['3', 3],
      ['5', 0],
      ['billion', 0],
      ['in', 0],
      ['arms', 0],
    ]);
    expect(tokenize('3,350 missiles').map((t) => t.gap)).toEqual([3, 0, 0]);
    expect(tokenize('in 2025. Then').map((t) => t.gap)).toEqual([3, 0, 2]);
    expect(tokenize('in 2025, 2026').map((t) => t.gap)).toEqual([3, 0, 1]);
  });
  it('keeps a percent sign after its number and a currency sign before it inside the clause', () => {
    expect(tokenize('the 10% of Donbas').map((t) => t.gap)).toEqual([3, 0, 0, 0]);
    expect(tokenize('with $65 billion, €3 billion and ₴40 million').map((t) => t.gap)).toEqual([
      3, 0, 0, 1, 0, 0, 0, 0,
    ]);
    // Not a number's sign: a percent sign alone, a dollar before a word.
    expect(tokenize('the % of it').map((t) => t.gap)).toEqual([3, 1, 0]);
    expect(tokenize('a $ sign').map((t) => t.gap)).toEqual([3, 1]);
  });
  it('so a frame reaches across an amount', () => {
    expect(aid('The US has provided Ukraine with $65.2 billion in weapons since 2022.')).toHaveLength(1);
  });
});
