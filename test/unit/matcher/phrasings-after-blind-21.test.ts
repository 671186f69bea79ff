/**
 * Phrasings the twenty-first session's first blind pair missed, read after it was scored (so that
 * pair is no longer blind for these shapes): arms Ukraine buys or is sold, a partner that "arms
 * Kyiv", long-range weapons handed over, Ukraine's strike capability extended, weapons "for
 * Ukrainian forces"; an international force "on Ukrainian soil" and its Ukrainian wordings; Russia
 * to "stop where it is"; and "outside his Downing Street office" as a building. Sentences written for
 * the test, with look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { realSource } from './real-data.ts';

const m = compileMatcher(realSource());
const ids = (text: string, id: string) =>
  m
    .find(text, { lang: 'auto' })
    .filter((x) => x.id === id && !x.nested)
    .map((x) => x.text);

describe('military aid: arms bought, sold, handed over', () => {
  it.each([
    [
      'Britain will ask partners to hand over more long-range weapons so that Ukraine can strike back.',
      'hand over more long-range weapons',
    ],
    [
      'The allies could do more to extend Kyiv’s long-range strike capability, the minister said.',
      'extend Kyiv’s long-range strike capability',
    ],
    [
      'Berlin pledged to boost Ukraine’s air defence capabilities before winter.',
      'boost Ukraine’s air defence capabilities',
    ],
    [
      'The plant will make 5,000 air defence missiles for Ukrainian forces by spring.',
      'air defence missiles for Ukrainian forces',
    ],
    [
      'Україна зможе придбати до 2035 року 100 літаків Rafale, повідомили в Офісі Президента.',
      'придбати до 2035 року 100 літаків',
    ],
    [
      'Декларація відкриває шлях до закупівлі до 100 французьких винищувачів для України.',
      'закупівлі до 100 французьких винищувачів',
    ],
    [
      'Зеленський і Макрон підписали документ про придбання Україною оборонного обладнання.',
      'придбання Україною оборонного обладнання',
    ],
    ['Песков заявив, що Франція озброює Київ і робитиме це надалі.', 'озброює Київ'],
    ['Які б ракети не продавали Україні, фронт це не змінить, каже Кремль.', 'продавали Україні'],
    ['Песков заявил, что Франция вооружает Киев и будет делать это дальше.', 'вооружает Киев'],
  ])('%s', (text, want) => {
    expect(ids(text, 'military-aid')).toContain(want);
  });
  it.each([
    'The airline will buy 100 new jets from Airbus, its chief executive said.',
    'Russia will boost its strike capabilities near the border, Moscow said.',
    'Russian forces received North Korean missiles for Russian troops near Kursk.',
    'Індія придбає 26 винищувачів Rafale для свого флоту, повідомили в Делі.',
    'Компанія продала Україні зерно та добрива на 10 мільйонів гривень.',
    'Росія озброює свою армію іранськими дронами.',
  ])('not military aid: %s', (text) => {
    expect(ids(text, 'military-aid')).toEqual([]);
  });
});

describe('the European force, more wordings', () => {
  it.each([
    [
      'The coalition was set up to prepare an international security force on Ukrainian soil after a ceasefire.',
      'international security force on Ukrainian soil',
    ],
    [
      'Коаліція має розгорнути в країні міжнародні сили безпеки після війни з Росією, заявив Київ.',
      'розгорнути в країні міжнародні сили',
    ],
    [
      'Париж готовий допомогти Україні, зокрема направивши наземні війська після перемир’я.',
      'направивши наземні війська',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'european-force')).toContain(want);
  });
  it.each([
    'The international security force in Kosovo marked its anniversary on Monday.',
    'Росія може направити наземні війська до Білорусі, попереджає Київ.',
  ])('not the European force: %s', (text) => {
    expect(ids(text, 'european-force')).toEqual([]);
  });
});

describe('the freeze: Russia to stop where it is', () => {
  it.each([
    ['Trump said Russia should stop where it is now and talk about Ukraine later.', 'stop where it is now'],
    [
      'Kyiv says the war must stop where it stands before any talks on Ukraine begin.',
      'stop where it stands',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'frontline-freeze')).toContain(want);
  });
  it.each(['The bus will stop where it is needed, the city of Lviv said.'])('not the freeze: %s', (text) => {
    expect(ids(text, 'frontline-freeze')).toEqual([]);
  });
});

describe('a seat of government as a building after a possessive', () => {
  it('outside his Downing Street office is the building', () => {
    expect(ids('Starmer embraced Zelensky outside his Downing Street office before lunch.', 'uk')).toEqual(
      [],
    );
  });
  it.each([
    'Downing Street said the prime minister would call Kyiv.',
    'His Downing Street office said the talks went well.',
  ])('still the government: %s', (text) => {
    expect(ids(text, 'uk')).toEqual(['Downing Street']);
  });
});
