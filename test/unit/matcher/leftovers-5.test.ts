/**
 * The matcher's known leftovers, round five (twenty-third session): a Russian capital as its government
 * past an object, in an all-caps subheading and across a dash-delimited aside; land "Russia controls"
 * given up; "Весь Донбас — це Україна"; long-range missiles sent to another country "but not to Kyiv";
 * Russia's own wish to join NATO; and a fight or a fire stopped with no war near. Sentences written for
 * the test, with look-alikes that must not match.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { outermostTexts, plansAndProposals, realSource } from './real-data.ts';

const m = compileMatcher(realSource());
const ids = outermostTexts(m);
/** Outermost plan and proposal mentions as "id: text". */
const proposals = plansAndProposals(m, 'auto', true);

describe('a Russian or Ukrainian capital as its government past an object before the verb', () => {
  it.each([
    ['В Киеве заявления Путина восприняли как угрозу.', 'ukraine', 'Киеве'],
    ['В Киеве восприняли заявления Путина как угрозу.', 'ukraine', 'Киеве'],
    ['В Москве эти слова Зеленского расценили как отказ от переговоров.', 'russia', 'Москве'],
    ['У Києві заяву Трампа сприйняли стримано.', 'ukraine', 'Києві'],
    ['У Москві цю пропозицію вже відкинули.', 'russia', 'Москві'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toEqual([want]);
  });
  it.each([
    ['В Киеве прошла встреча министров.', 'ukraine'],
    ['Переговоры в Киеве завершились поздно вечером.', 'ukraine'],
    ['В Киеве жители восприняли новость спокойно.', 'ukraine'],
    ['В Киеве заявления звучали весь день.', 'ukraine'],
    ['В Москве эксперты заявления Зеленского восприняли скептически.', 'russia'],
    ['У Києві мешканці новину сприйняли спокійно.', 'ukraine'],
  ])('leaves the place alone: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
});

describe('an all-caps subheading reads as the same words in lower case', () => {
  it.each([
    ['РЕАКЦИЯ КИЕВА', 'ukraine', 'КИЕВА'],
    ['РЕАКЦИЯ МОСКВЫ', 'russia', 'МОСКВЫ'],
    ['ПОЗИЦІЯ КИЄВА', 'ukraine', 'КИЄВА'],
    ['КИЕВ ОТВЕРГ ПЛАН', 'ukraine', 'КИЕВ'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toEqual([want]);
  });
  it.each([
    ['ПЕРЕГОВОРЫ В КИЕВЕ', 'ukraine'],
    ['МЭР КИЕВА', 'ukraine'],
    ['ЖИТЕЛИ МОСКВЫ', 'russia'],
    ['УЛИЦЫ КИЕВА ПОСЛЕ ОБСТРЕЛА', 'ukraine'],
    ['Реакция ИВАНА Киева', 'ukraine'],
  ])('leaves the place alone: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
});

describe('a capital as subject across a dash-delimited aside', () => {
  it.each([
    ['Москва дважды — в 1954-м и в 1991-м — заявляла о признании границ Украины.', 'russia', 'Москва'],
    ['Пауза возможна. Киев — по крайней мере на словах — согласился на нее.', 'ukraine', 'Киев'],
    ['Ультиматум не пройшов. Київ — і це важливо — відкинув його.', 'ukraine', 'Київ'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toEqual([want]);
  });
  it.each([
    ['Москва — крупнейший город Европы — заявляла о рекордах туризма.', 'russia'],
    ['Киев — по данным мэрии — атаковали дроны.', 'ukraine'],
    ['Москва — в 1954-м и в 1991-м.', 'russia'],
  ])('leaves the city alone: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
});

describe('land "Russia controls" given up is occupied land, not the Donbas withdrawal', () => {
  it.each([
    ['Zelensky has refused to give up land Russia controls.', 'occupied-territories: give up land'],
    [
      'Ukraine will not give up territory that Moscow holds in the east.',
      'occupied-territories: give up territory',
    ],
    ['Kyiv would cede land Russian forces control, the draft says.', 'occupied-territories: cede land'],
  ])('%s', (text, want) => {
    expect(proposals(text)).toEqual([want]);
  });
  it('keeps the land Ukraine holds a withdrawal', () => {
    expect(proposals('Ukraine will not give up land it controls, Zelensky said.')).toEqual([
      'donbas-withdrawal: give up land it controls',
    ]);
    expect(proposals('Ukraine must give up territory Kyiv still holds, Russia says.')).toEqual([
      'donbas-withdrawal: give up territory Kyiv still holds',
    ]);
  });
});

describe('"Весь Донбас — це Україна" is no withdrawal', () => {
  it.each([
    'Весь Донбас — це Україна, наголосив Зеленський.',
    'Зеленський: весь Донбас є українським.',
    'Весь Донбасс — это Украина, заявил Зеленский.',
    'Весь Донбас належить Україні.',
  ])('%s', (text) => {
    expect(proposals(text).filter((x) => x.startsWith('donbas-withdrawal'))).toEqual([]);
  });
  it('keeps the demand for the whole of Donbas', () => {
    expect(proposals('Росія вимагає віддати весь Донбас — це неприйнятно для Києва.')).toEqual([
      'donbas-withdrawal: віддати весь Донбас',
    ]);
    expect(proposals('Путін хоче весь Донбас.')).toEqual(['donbas-withdrawal: весь Донбас']);
  });
});

describe('weapons for another recipient within the gap are no aid to Ukraine', () => {
  const aid = (text: string) => proposals(text).filter((x) => x.startsWith('military-aid'));
  it.each([
    'The US sent long-range missiles to Israel but not to Kyiv.',
    'Washington supplied Patriots to Poland and Germany, not to Ukraine.',
    'Berlin delivered Taurus missiles to Spain rather than to Kyiv.',
  ])('%s', (text) => {
    expect(aid(text)).toEqual([]);
  });
  it('keeps weapons named for Ukraine, granted or refused', () => {
    expect(aid('The US will send long-range missiles to Ukraine, Trump said.')).toEqual([
      'military-aid: send long-range missiles',
    ]);
    expect(aid('Patriots will not go to Ukraine this year.')).toEqual([
      'military-aid: Patriots will not go to Ukraine',
    ]);
    expect(aid('Germany refused to send Taurus missiles to Kyiv.')).toEqual([
      'military-aid: Taurus missiles to Kyiv',
    ]);
  });
});

describe("Russia's own wish to join NATO is not Ukraine's NATO question", () => {
  const nato = (text: string) => proposals(text).filter((x) => x.startsWith('nato-non-accession'));
  it.each([
    'Putin once asked whether Russia could join NATO.',
    'In 2000 Moscow wanted to join NATO, Robertson recalled.',
    "Russia's bid to join NATO was never taken seriously.",
    'Talk of Russia joining NATO faded.',
    'Россия хотела вступить в НАТО.',
    'Путин предлагал вступление России в НАТО.',
    'Путин тогда допускал вступление России в НАТО.',
    'Росія хотіла вступити до НАТО.',
    'Москва колись могла вступити до НАТО.',
  ])('%s', (text) => {
    expect(nato(text)).toEqual([]);
  });
  it.each([
    ['Russia insists that Ukraine never join NATO.', 'nato-non-accession: never join NATO'],
    ['Russia opposes Ukraine joining NATO.', 'nato-non-accession: joining NATO'],
    ['Россия требует, чтобы Украина не вступала в НАТО.', 'nato-non-accession: не вступала в НАТО'],
    ['Росія вимагає, щоб Україна не вступала до НАТО.', 'nato-non-accession: вступала до НАТО'],
  ])('keeps Ukraine joining: %s', (text, want) => {
    expect(nato(text)).toEqual([want]);
  });
});

describe('a fight or a fire stopped with no war near is no ceasefire', () => {
  it.each([
    'The referee stopped the fighting.',
    'Police ended the fighting between rival fans.',
    'Пожарные остановили огонь.',
    'Пожарные остановили огонь на втором этаже склада.',
    'Пожежники зупинили вогонь за дві години.',
  ])('%s', (text) => {
    expect(proposals(text)).toEqual([]);
  });
  it.each([
    ['Russia and Ukraine agreed to stop the fighting.', 'ceasefire: stop the fighting'],
    ['Both armies must stop the fighting before winter.', 'ceasefire: stop the fighting'],
    ['Стороны договорились остановить огонь на линии фронта.', 'ceasefire: остановить огонь'],
    ['Сторони погодили припинення вогню.', 'ceasefire: припинення вогню'],
    ['Войска должны прекратить огонь.', 'ceasefire: прекратить огонь'],
    ['Армії мають зупинити вогонь на всій лінії фронту.', 'ceasefire: зупинити вогонь'],
  ])('keeps the truce: %s', (text, want) => {
    expect(proposals(text)).toEqual([want]);
  });
});
