/**
 * Shapes the twenty-fourth session's blind pair 18 (NPR-style NATO oil letter, Kyiv Independent-style
 * Driscoll in Abu Dhabi, UNIAN-style Umerov heads the delegation, Meduza-style Putin at the defence
 * board) missed, read after they were scored, so those articles are no longer blind for these shapes.
 * Sentences written for the test, in the ways reporters phrase each idea, with look-alikes that must
 * not match.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { outermostTexts, realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const ids = outermostTexts(matcher);
/** Every mention of `id`, nested ones too (a region list inside a Crimea recognition). */
const every = (text: string, id: string): string[] =>
  matcher
    .find(text, { lang: 'auto' })
    .filter((m) => m.id === id)
    .map((m) => m.text);

describe('Crimea and the regions recognised as Russian in one list: both ideas', () => {
  it.each([
    [
      'It also foresaw recognizing Crimea, as well as Luhansk and Donetsk oblasts, as Russian de facto.',
      'Luhansk and Donetsk oblasts, as Russian',
    ],
    [
      'The draft would recognise Crimea and the Luhansk and Donetsk regions as de facto Russian.',
      'Luhansk and Donetsk regions as de facto Russian',
    ],
    [
      'Документ пропонував де-факто визнати Крим, Луганщину і Донеччину російськими.',
      'Луганщину і Донеччину російськими',
    ],
    [
      'США готові визнати Крим, Донецьку та Луганську області російськими.',
      'Донецьку та Луганську області російськими',
    ],
    ['Кремль хоче визнати Крим і Донеччину російськими.', 'Донеччину російськими'],
    [
      'План предлагал де-факто признать Крым, Луганскую и Донецкую области российскими.',
      'признать Крым, Луганскую и Донецкую области российскими',
    ],
  ])('%s', (text, region) => {
    expect(ids(text, 'crimea-recognition')).toHaveLength(1);
    expect(every(text, 'occupied-territories')).toEqual([region]);
  });
  it.each([
    ['Washington was ready to recognize the Donetsk and Luhansk regions as Russian under the plan.'],
    ['Кремль вимагає визнати Донецьку і Луганську області частиною росії.'],
    ['Вашингтон готов признать Донецкую и Луганскую области российскими де-факто.'],
    ['Москва требует признать Луганщину и Донетчину российскими.'],
  ])('the regions alone: %s', (text) => {
    expect(every(text, 'occupied-territories')).toHaveLength(1);
  });
  it.each([
    ['Shelling hit the Donetsk and Luhansk regions as Russian troops advanced.'],
    ['Обидві сторони визнали, що Крим і Донеччину обстрілюють російськими ракетами.'],
    ['Луганскую и Донецкую области обстреливают российскими ракетами, признали в штабе.'],
  ])('forces, not a status: %s', (text) => {
    expect(every(text, 'occupied-territories')).toEqual([]);
    expect(every(text, 'crimea-recognition')).toEqual([]);
  });
  it('«де-факто визнати» with no Crimea after it is still the occupied land', () => {
    expect(every('США готові де-факто визнати окупацію частини територій.', 'occupied-territories')).toEqual([
      'де-факто визнати',
    ]);
  });
});

describe('a promise or obligation not to attack Europe, and putting it in writing', () => {
  it.each([
    [
      'Этот план предусматривал, что Россия возьмет на себя юридическое обязательство не нападать на Европу и Украину.',
      'обязательство не нападать на Европу и Украину',
    ],
    [
      'Путин пообещал не нападать на страны НАТО, если Запад даст гарантии.',
      'пообещал не нападать на страны НАТО',
    ],
    ['Россия готова дать гарантии не нападать на Европу, заявил Песков.', 'гарантии не нападать на Европу'],
    [
      'Тогда он заявил, что Москва не собирается воевать с Европой и готов закрепить это обещание на бумаге.',
      'закрепить это обещание на бумаге',
    ],
    [
      "План передбачав юридичне зобов'язання росії не нападати на Європу та Україну.",
      "зобов'язання росії не нападати на Європу та Україну",
    ],
    ['Путін пообіцяв не нападати на країни НАТО.', 'пообіцяв не нападати на країни НАТО'],
    [
      'Путін каже, що росія не збирається нападати на Європу, і готовий зафіксувати це на папері.',
      'зафіксувати це на папері',
    ],
    [
      'The draft says Russia would make a legal commitment not to attack Europe and Ukraine.',
      'commitment not to attack Europe and Ukraine',
    ],
    ['Putin has pledged not to attack NATO countries, Peskov said.', 'pledged not to attack NATO'],
    [
      'Putin said Russia has no plans to attack Europe and is ready to put it in writing.',
      'put it in writing',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'non-aggression-pact')).toEqual([want]);
  });
  it.each([
    ['Россия обещала не нападать на мирных жителей во время перемирия.'],
    ['Стороны закрепили договоренности по обмену пленными на бумаге.'],
    ['Сторони закріпили домовленості про обмін полоненими на папері.'],
    ['Zelensky asked the US to put its security offer in writing.'],
    ['Russia says it will not attack Europe. Zelensky wants the guarantees put in writing.'],
    ['The army pledged not to attack civilians during the truce.'],
  ])('not a non-aggression pact: %s', (text) => {
    expect(ids(text, 'non-aggression-pact')).toEqual([]);
  });
});

describe('leaving the part of Donetsk Ukraine still holds, described in the gap (ru, uk)', () => {
  it.each([
    [
      'Первая редакция требовала от Украины уйти из еще подконтрольной ей части Донецкой области.',
      'уйти из еще подконтрольной ей части Донецкой области',
    ],
    [
      'Москва требует вывести войска из остающейся под контролем Киева части Донецкой области.',
      'вывести войска из остающейся под контролем Киева части Донецкой области',
    ],
    [
      'Путин настаивает, чтобы ВСУ ушли из все еще удерживаемой ими части Донбасса.',
      'ушли из все еще удерживаемой ими части Донбасса',
    ],
    [
      'Росія вимагає, щоб Україна вийшла з ще підконтрольної їй частини Донеччини.',
      'вийшла з ще підконтрольної їй частини Донеччини',
    ],
    [
      'Кремль хоче, щоб ЗСУ пішли з досі контрольованої Києвом частини Донеччини.',
      'пішли з досі контрольованої Києвом частини Донеччини',
    ],
    [
      'План передбачав виведення військ з усе ще підконтрольної Україні частини Донецької області.',
      'виведення військ з усе ще підконтрольної Україні частини Донецької області',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'donbas-withdrawal')).toEqual([want]);
  });
  it.each([
    ['Россия должна уйти из оккупированной ею части Донецкой области.'],
    ['Российские войска ушли из части Донецкой области.'],
    ['Україна вимагає, щоб росія вийшла з окупованої нею частини Донеччини.'],
    ['Київ вимагає, щоб Росія вийшла із захопленої нею частини Донеччини.'],
    ['Киев требует вывести войска из оккупированной части Донецкой области.'],
    ['Зеленський закликав вивести війська із захопленої частини Донеччини.'],
  ])('Russia leaving, not the withdrawal: %s', (text) => {
    expect(ids(text, 'donbas-withdrawal')).toEqual([]);
  });
});

describe('the US plan as a new or settlement proposal, and abbreviated months as cues', () => {
  it.each([
    [
      "Driscoll, appointed in February and now the main diplomatic face of the push, presented Washington's new settlement proposal to Zelensky in Kyiv on Nov. 20.",
      "Washington's new settlement proposal",
    ],
    [
      'Driscoll, appointed in February and now the main diplomatic face of the push, presented the US proposal to Zelensky in Kyiv on Nov. 20.',
      'the US proposal',
    ],
    [
      'Zelensky received the new US settlement plan from Driscoll in Kyiv, with its 28 points.',
      'US settlement plan',
    ],
    [
      "Kyiv said America's latest peace proposal, drafted with Dmitriev, went too far.",
      "America's latest peace proposal",
    ],
    ["Trump's new peace plan was handed to Kyiv in November.", "Trump's new peace plan"],
  ])('%s', (text, want) => {
    expect(ids(text, 'us-28-point-plan-2025-11')).toEqual([want]);
  });
  it.each([
    ["Trump's new peace plan for Gaza was welcomed by Israel."],
    ['The US proposal was discussed in Florida on Dec. 20, four weeks after the talks in Geneva.'],
    ["Washington's new settlement proposal for the trade dispute was published on Jan. 12."],
  ])('not the 28-point plan: %s', (text) => {
    expect(ids(text, 'us-28-point-plan-2025-11')).toEqual([]);
  });
});

describe('a capital beside its patrons or partners is a subject (ru, uk)', () => {
  it.each([
    ['Если Киев и его «зарубежные покровители» откажутся от переговоров, Россия добьется своего.', 'Киев'],
    ['Якщо Київ та його західні покровителі відмовляться, війна триватиме.', 'Київ'],
    ['Киев и его партнеры откажутся от переговоров, заявил Лавров.', 'Киев'],
    ['Киев и его покровители на Западе продолжают войну, утверждает Захарова.', 'Киев'],
  ])('%s', (text, want) => {
    expect(ids(text, 'ukraine')).toEqual([want]);
  });
  it.each([['Москва и ее партнеры по БРИКС обсудили торговлю, сообщил Песков.', 'Москва']])(
    'Moscow too: %s',
    (text, want) => {
      expect(ids(text, 'russia')).toContain(want);
    },
  );
  it.each([
    ['Жители покинули Киев и его окрестности, покровители музея остались.'],
    ['Туристы посетили Киев и его старинные храмы.'],
  ])('the city: %s', (text) => {
    expect(ids(text, 'ukraine')).toEqual([]);
  });
});
