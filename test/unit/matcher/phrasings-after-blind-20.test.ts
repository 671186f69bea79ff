/**
 * Phrasings the twentieth session's two blind articles missed, read after they were scored (so
 * those two are no longer blind for these shapes): the Ukrainian and Russian "silence" a truce is
 * called, a pause in strikes on civilian infrastructure, "pre-2014 borders", Ukraine "in NATO",
 * and access to "its natural resources". Sentences written for the test, with look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { realSource } from './real-data.ts';

const m = compileMatcher(realSource());
const ids = (text: string, id: string) =>
  m
    .find(text, { lang: 'auto' })
    .filter((x) => x.id === id)
    .map((x) => x.text);

describe('a truce called silence (тиша, тишина)', () => {
  it.each([
    ['Київ запропонував продовжити тишу після Великодня ще на тридцять днів.', 'продовжити тишу'],
    ['Зеленський назвав це форматом тиші, який легко продовжити, якщо Росія погодиться.', 'форматом тиші'],
    ['Україна готова до повної тиші на фронті, якщо Москва зробить те саме.', 'повної тиші'],
    ['Украина предложила продлить тишину после Пасхи, но Кремль не ответил.', 'продлить тишину'],
    ['В Киеве говорят о формате полной тишины, который Россия отвергла.', 'формате полной тишины'],
  ])('%s', (text, want) => {
    expect(ids(text, 'ceasefire')).toContain(want);
  });
  it.each([
    'У концертній залі запала повна тиша, коли диригент підняв руки.',
    'Бібліотека просить відвідувачів продовжити тишу в читальній залі.',
    'В зале стояла полная тишина, пока пианист настраивал рояль.',
  ])('not a truce: %s', (text) => {
    expect(ids(text, 'ceasefire')).toEqual([]);
  });
});

describe('a pause in strikes on civilian infrastructure', () => {
  it.each([
    [
      'Україна пропонує на 30 днів відмовитися від будь-яких ударів ракетами по цивільній інфраструктурі, заявив Зеленський.',
      'відмовитися від будь-яких ударів',
    ],
    [
      'Київ готовий не бити по цивільній інфраструктурі Росії, якщо Москва зробить так само.',
      'не бити по цивільній інфраструктурі',
    ],
    [
      'Zelensky offered Russia to halt strikes on civilian infrastructure for at least 30 days.',
      'halt strikes on',
    ],
    [
      'Киев предложил отказ от любых ударов по гражданской инфраструктуре на 30 дней.',
      'отказ от любых ударов',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'ceasefire').join(' | ')).toContain(want);
  });
  it.each([
    'Рятувальники працюють після ударів по цивільній інфраструктурі Харкова.',
    'The strikes on civilian infrastructure in Kharkiv killed four people overnight.',
    'Компанія відмовилася від будь-яких змін у тарифах для цивільних об’єктів.',
  ])('not a pause: %s', (text) => {
    expect(ids(text, 'ceasefire')).toEqual([]);
  });
});

describe("Ukraine's borders before 2014, and Ukraine in NATO", () => {
  it('reads pre-2014 borders as territorial integrity', () => {
    expect(
      ids("Hegseth called a return to Ukraine's pre-2014 borders unrealistic.", 'territorial-integrity'),
    ).toEqual(['pre-2014 borders']);
    expect(
      ids(
        'Kyiv wants its borders as they stood before 2014 restored, Ukraine said.',
        'territorial-integrity',
      ),
    ).toEqual(['borders as they stood before 2014']);
    expect(
      ids('Україна не відмовиться від кордонів до 2014 року, заявив Сибіга.', 'territorial-integrity'),
    ).toEqual(['кордонів до 2014 року']);
    expect(ids('Россия отвергла возврат Украины к границам до 2014 года.', 'territorial-integrity')).toEqual([
      'границам до 2014 года',
    ]);
  });
  it('leaves other borders and years alone', () => {
    expect(
      ids('The pre-2014 borders of the school district were redrawn by the county.', 'territorial-integrity'),
    ).toEqual([]);
    expect(
      ids(
        'Україна повернулася до кордонів до 2022 року на півдні, кажуть аналітики.',
        'territorial-integrity',
      ),
    ).toEqual([]);
  });
  it('reads Ukraine "being in NATO" as the membership question', () => {
    expect(
      ids('Trump said he did not think it was practical for Ukraine to be in NATO.', 'nato-non-accession'),
    ).toEqual(['Ukraine to be in NATO']);
    expect(ids('Rubio said Ukraine would be part of NATO only in theory.', 'nato-non-accession')).toEqual([
      'Ukraine would be part of NATO',
    ]);
    expect(
      ids('Ukraine is in NATO talks about air defence, the minister said.', 'nato-non-accession'),
    ).toEqual([]);
  });
});

describe('access to "its natural resources"', () => {
  it('is the minerals deal near Ukraine, not a bare phrase', () => {
    expect(
      ids(
        'Bessent came to Kyiv to discuss Ukraine giving the US access to its natural resources in return for aid.',
        'minerals-deal',
      ),
    ).toEqual(['access to its natural resources']);
    expect(
      ids('The company wants access to its natural resources database by May.', 'minerals-deal'),
    ).toEqual([]);
  });
});

// The second blind pair of the session, read after it was scored: "stop where they are", a truce
// on the existing front, and occupied regions passing "под контроль России".
describe('a freeze where the armies stand, in the words of October 2025', () => {
  it.each([
    ['Trump wrote that Russia and Ukraine "should stop where they are" and go home.', 'stop where they are'],
    [
      'Zelensky said the president was right and that Ukraine and Russia have to stop where we are.',
      'stop where we are',
    ],
    [
      'Kyiv backs a ceasefire on the existing front, a Ukrainian official said of the Russian offer.',
      'ceasefire on the existing front',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'frontline-freeze')).toContain(want);
  });
  it.each([
    'The buses stop where they are told to, the mayor said of the new routes.',
    'The referee told the players to stop where they are as the crowd invaded the pitch.',
    'A ceasefire on the existing front in Gaza held overnight, Israel and Hamas said.',
  ])('not a freeze: %s', (text) => {
    expect(ids(text, 'frontline-freeze')).toEqual([]);
  });
});

describe('occupied regions passing under Russia’s control', () => {
  it('reads the handover of the regions as the occupied-territories proposal', () => {
    expect(
      ids(
        'Кремль называет условием мира переход Донецкой и Луганской областей под контроль России.',
        'occupied-territories',
      ),
    ).toEqual(['переход Донецкой и Луганской областей под контроль России']);
    expect(
      ids(
        'Москва вимагає передачі чотирьох областей під контроль Росії, заявили в Києві.',
        'occupied-territories',
      ),
    ).toEqual(['передачі чотирьох областей під контроль Росії']);
  });
  it('leaves a company or a city district alone', () => {
    expect(
      ids('Компания объявила о переходе районов под контроль нового оператора.', 'occupied-territories'),
    ).toEqual([]);
  });
});
