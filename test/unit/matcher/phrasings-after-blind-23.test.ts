/**
 * Shapes the twenty-third session's blind pair 9 (four articles) missed or marked wrongly, read after
 * they were scored, so those articles are no longer blind for these shapes. Sentences written for the
 * test, with look-alikes that must not match. Capitals as governments: pleased or alarmed ("suited
 * Moscow"), the subject of a clause after "until"/"unless", asked to act («просять Київ», «просят
 * Киев»), past an adverb and «ничего», past a quotation mark («Москва "пока не видела"», «в Кремле
 * "очень внимательно" следят») or a source aside («В Москве, по его словам, ознакомились»); a city's own
 * doings after a subordinator ("while Kyiv sleeps") stay the city. Proposals: land or territory given up
 * or yielded in general (en, uk, ru; unoccupied land stays the Donbas withdrawal), ground not given up,
 * redrawn borders accepted; forces committed "on the ground" and a force "to reassure Kyiv"; land or
 * Crimea treated or declared Russian "de facto" or "in practice"; guarantees named by their giver
 * (американські, американские) and Article 5 in every case; leaving "that part" of Donetsk region;
 * «американский проект»; limits «для ВСУ» and ceilings of N thousand. Deterrence ("would stop Russia
 * attacking again") is no truce, and one phrase is one mention ("an American guarantee modeled on
 * Article 5", "a ceasefire that would halt attacks on energy facilities").
 */
import { describe, expect, it } from 'vitest';
import { outermostTexts } from './real-data.ts';

const ids = outermostTexts();

describe('a capital as its government', () => {
  it.each([
    ['Some of the American proposals suited Moscow, a diplomat said.', 'russia', 'Moscow'],
    ['The new tariffs angered Beijing and alarmed Kyiv.', 'ukraine', 'Kyiv'],
    ['The draft pleased Moscow far more than it pleased Europe.', 'russia', 'Moscow'],
    ['A compromise that satisfies Kyiv is still out of reach.', 'ukraine', 'Kyiv'],
    ['The assets will stay frozen until Moscow compensates Ukraine for the damage.', 'russia', 'Moscow'],
    ['No deal can hold unless Kyiv endorses it in a referendum.', 'ukraine', 'Kyiv'],
    ['Sanctions would ease once Moscow halts its strikes.', 'russia', 'Moscow'],
    ['The plan turned into a 20-point framework with Washington.', 'us', 'Washington'],
    ['Zelensky hopes for a security agreement with Washington by spring.', 'us', 'Washington'],
    ['Both sides welcomed the accord with Moscow on prisoners.', 'russia', 'Moscow'],
    ['В Європі просять Київ не порушувати домовленостей про енергетичне перемир’я.', 'ukraine', 'Київ'],
    ['Союзники вмовляють Вашингтон не знімати санкцій.', 'us', 'Вашингтон'],
    ['Партнери просили Москву відпустити полонених.', 'russia', 'Москву'],
    ['Европейцы просят Киев не отказываться от переговоров.', 'ukraine', 'Киев'],
    ['Турция уговаривает Москву продлить зерновую сделку.', 'russia', 'Москву'],
    ['Однако официально Москва получила только устные сигналы.', 'russia', 'Москва'],
    ['Официально Москва пока ничего не получала, сказал Песков.', 'russia', 'Москва'],
    ['Офіційно Київ поки нічого не отримав від Вашингтона.', 'ukraine', 'Київ'],
    ['Песков: Москва "пока не видела никакого плана"', 'russia', 'Москва'],
    ['Ушаков: Киев «пока не ответил» на предложение.', 'ukraine', 'Киев'],
    ['Дипломат сказал, что в Кремле "очень внимательно" следят за переговорами.', 'russia', 'Кремле'],
    ['У Кремлі «дуже уважно» стежать за заявами Вашингтона.', 'russia', 'Кремлі'],
    ['В Москве, по его словам, ознакомились лишь с отдельными пунктами.', 'russia', 'Москве'],
    ['У Києві, за його словами, ознайомилися лише з частиною плану.', 'ukraine', 'Києві'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([
    ['He was back in Washington on Wednesday for talks in Washington.', 'us'],
    ['Zelensky flew to Moscow once in 2019.', 'russia'],
    ['Flights resumed before Moscow airports reopened.', 'russia'],
    ['The snow fell until Moscow streets were white.', 'russia'],
    ['The streets fill with lights while Kyiv sleeps.', 'ukraine'],
    ['Fans will travel when Moscow hosts the final.', 'russia'],
    ['Газета "Москва" сообщила о снегопаде.', 'russia'],
    ['Кинотеатр «Москва» открылся после ремонта.', 'russia'],
    ['В Москве, по его словам, прошли переговоры.', 'russia'],
  ])('a place, not a government: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
});

describe('territorial concessions in general (occupied-territories)', () => {
  it.each([
    ['Kyiv has rejected yielding any territory to Russia in a deal.', 'yielding any territory'],
    ['Ukraine will not yield land to Moscow, Zelensky said.', 'yield land'],
    ['Zelensky refused to give up ground in the peace talks.', 'refused to give up ground'],
    ['Ukraine rejects ceding ground as a condition of the deal.', 'rejects ceding ground'],
    ['Europe will never accept Russia’s redrawn borders in Ukraine.', 'accept Russia’s redrawn borders'],
    ['Kyiv refuses recognition of the redrawn map.', 'recognition of the redrawn map'],
    ['Зеленський відмовляється віддавати українську землю.', 'віддавати українську землю'],
    ['Україна не віддасть землю окупантам, сказав Зеленський.', 'віддасть землю'],
    ['Росія вимагає віддачі землі, а Київ відмовляється.', 'віддачі землі'],
    ['Україна не буде віддавати території.', 'віддавати території'],
    ['Україна не віддала територій у 2022 році.', 'віддала територій'],
    ['Київ не віддаватиме територію, сказав Зеленський.', 'віддаватиме територію'],
    ['Зеленский заявил, что Украина не будет отдавать территории.', 'отдавать территории'],
    ['Киев отказывается отдать украинскую землю, заявил премьер.', 'отдать украинскую землю'],
    ['Украина не отдаст земли агрессору, сказал Зеленский.', 'отдаст земли'],
    ['Президент не віддасть українські землі.', 'віддасть українські землі'],
  ])('%s', (text, want) => {
    expect(ids(text, 'occupied-territories')).toContain(want);
  });
  it.each([
    ['The brigade refused to give up ground near Pokrovsk.'],
    ['The bonds will yield land-based returns, the bank said.'],
    ['Громада віддала землю в оренду українським фермерам.'],
    ['Украинские фермеры отдали землю в аренду.'],
  ])('not a concession: %s', (text) => {
    expect(ids(text, 'occupied-territories')).toEqual([]);
  });
  it('unoccupied land given up stays the Donbas withdrawal', () => {
    expect(ids('Київ не віддасть неокуповані землі, сказав Зеленський.', 'occupied-territories')).toEqual([]);
    expect(
      ids('Киев не отдаст неоккупированные территории, сказал Зеленский.', 'occupied-territories'),
    ).toEqual([]);
  });
  it('leaving Donbas stays the Donbas withdrawal', () => {
    const text = 'Росія вимагає, щоб Україна віддала Донбас.';
    expect(ids(text, 'donbas-withdrawal')).toEqual(['віддала Донбас']);
    expect(ids(text, 'occupied-territories')).toEqual([]);
  });
});

describe('the European force on the ground', () => {
  it.each([
    ['Britain and France were ready to commit forces on the ground.', 'commit forces on the ground'],
    ['Starmer said the UK would station troops on the ground after a deal.', 'station troops on the ground'],
    [
      'Macron is ready to deploy soldiers on the ground with European allies.',
      'deploy soldiers on the ground',
    ],
    ['Europe is building a force to reassure Kyiv after a ceasefire.', 'force to reassure Kyiv'],
    ['The coalition discussed troops to reassure Ukraine.', 'troops to reassure Ukraine'],
    ['Велика Британія та Франція готові розмістити свої сили на землі.', 'розмістити свої сили на землі'],
    ['Британія і Франція обговорюють сили на землі.', 'сили на землі'],
  ])('%s', (text, want) => {
    expect(ids(text, 'european-force')).toContain(want);
  });
  it.each([
    ['Russia has sent forces on the ground near Kursk.'],
    ['Російські сили на землі наступають, заявив Стармер.'],
  ])('not the force: %s', (text) => {
    expect(ids(text, 'european-force')).toEqual([]);
  });
});

describe('occupied land and Crimea treated as Russian', () => {
  it.each([
    [
      'The plan means treating Crimea, Luhansk and Donetsk as Russian in practice.',
      'crimea-recognition',
      'treating Crimea, Luhansk and Donetsk as Russian in practice',
    ],
    [
      'The deal would treat Crimea as Russian territory.',
      'crimea-recognition',
      'treat Crimea as Russian territory',
    ],
    [
      'The deal would mean declaring regions de facto Russian.',
      'occupied-territories',
      'declaring regions de facto Russian',
    ],
    [
      'The text treats the occupied regions as Russian de facto.',
      'occupied-territories',
      'treats the occupied regions as Russian de facto',
    ],
    [
      'Речь идет о признании ряда территорий де-факто российскими.',
      'occupied-territories',
      'признании ряда территорий де-факто российскими',
    ],
    [
      'Йдеться про визнання низки територій де-факто російськими.',
      'occupied-territories',
      'визнання низки територій де-факто російськими',
    ],
    [
      'Речь о признании Крыма де-факто российским.',
      'crimea-recognition',
      'признании Крыма де-факто российским',
    ],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it('a declaration about Russian speakers is no recognition', () => {
    expect(ids('He declared himself Russian by birth.', 'occupied-territories')).toEqual([]);
  });
});

describe('guarantees named by their giver, and Article 5 in every form', () => {
  it.each([
    ['Україна не погодиться без твердих американських гарантій.', 'американських гарантій'],
    ['Київ отримає американські гарантії безпеки.', 'американські гарантії безпеки'],
    ['З американськими гарантіями мир буде тривким, сказав Зеленський.', 'американськими гарантіями'],
    ['Європа обіцяє західні гарантії для України.', 'західні гарантії'],
    ['Київ хоче отримати американську гарантію безпеки.', 'американську гарантію безпеки'],
    [
      'Трамп предоставил Киеву гарантию, аналогичную статье 5 Североатлантического договора.',
      'аналогичную статье 5',
    ],
    ['Речь шла о гарантии, подобной статье 5.', 'подобной статье 5'],
    ['Гарантию статьи 5 Украина не получит.', 'Гарантию статьи 5'],
    ['США надали Києву гарантію, аналогічну статті 5 договору НАТО.', 'гарантію, аналогічну статті 5'],
    ['Йдеться про захист, подібний п’ятій статті.', 'подібний п’ятій статті'],
    ['Київ отримає гарантію статті 5.', 'гарантію статті 5'],
    ['Украина не подпишет мир без твердых американских гарантий.', 'американских гарантий'],
    ['Киев получит американскую гарантию безопасности.', 'американскую гарантию безопасности'],
    ['С западными гарантиями мир будет прочным, сказал Зеленский.', 'западными гарантиями'],
  ])('%s', (text, want) => {
    expect(ids(text, 'security-guarantees')).toContain(want);
  });
  it.each([
    ['Кредит під американські гарантії отримають фермери.'],
    ['Кредит под американские гарантии получат фермеры.'],
    ['Подібні статті 5 років тому писали всі газети.'],
  ])('not security guarantees: %s', (text) => {
    expect(ids(text, 'security-guarantees')).toEqual([]);
  });
});

describe('leaving a part of Donetsk region', () => {
  it.each([
    [
      'Москва хоче, щоб українські війська залишили ту частину Донецької області, яку вони досі утримують.',
      'залишили ту частину Донецької області',
    ],
    [
      'Росія вимагає, щоб ЗСУ вийшли з тієї частини Донецької області.',
      'вийшли з тієї частини Донецької області',
    ],
    ['Путін хоче, щоб Київ покинув решту Донеччини.', 'покинув решту Донеччини'],
    [
      'Россия требует, чтобы ВСУ ушли из той части Донецкой области, которую они удерживают.',
      'ушли из той части Донецкой области',
    ],
    [
      'Кремль настаивает на выводе войск из части Донецкой области.',
      'выводе войск из части Донецкой области',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'donbas-withdrawal')).toContain(want);
  });
  it('Russia leaving is not the demand', () => {
    expect(ids('Росія має залишити ту частину Донецької області.', 'donbas-withdrawal')).toEqual([]);
  });
});

describe('the American draft, and caps named as limits or ceilings', () => {
  it.each([
    [
      'Американский проект предусматривал передачу Донбасса России, заявили в Женеве.',
      'us-28-point-plan-2025-11',
      'Американский проект',
    ],
    [
      'Многие положения американского проекта урегулирования из 28 пунктов Киев отверг.',
      'us-28-point-plan-2025-11',
      // One mention with its 28 points since blind pair 12 (phrasings-after-blind-23c).
      'американского проекта урегулирования из 28 пунктов',
    ],
    [
      'По американскому мирному проекту, обсуждавшемуся в Женеве, Украина отказывается от НАТО.',
      'us-28-point-plan-2025-11',
      'американскому мирному проекту',
    ],
    ['Россия не согласна ни на какие ограничения для ВСУ.', 'army-limits', 'ограничения для ВСУ'],
    ['Киев отверг ограничение на армии Украины.', 'army-limits', 'ограничение на армии Украины'],
    [
      'Американский проект предусматривал потолок в 600 тыс. военнослужащих для армии Украины.',
      'army-limits',
      'потолок в 600 тыс',
    ],
    ['Европейцы предлагают потолок до 800 тысяч военных.', 'army-limits', 'потолок до 800 тысяч'],
    ['Київ не погодиться на обмеження для ЗСУ.', 'army-limits', 'обмеження для ЗСУ'],
    ['Армія України матиме стелю у 600 тисяч військових.', 'army-limits', 'стелю у 600 тисяч'],
    ['Європейці пропонують ліміт у 800 тисяч військовослужбовців.', 'army-limits', 'ліміт у 800 тисяч'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([
    ['Американский проект нового стадиона обсуждали в мэрии.', 'us-28-point-plan-2025-11'],
    ['Потолок в 600 тысяч рублей установили для вкладов.', 'army-limits'],
    ['Російська армія має стелю у 1500 тисяч військових, сказав Сирський.', 'army-limits'],
  ])('not that: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
});

describe('deterrence is not a truce, and one phrase is one mention', () => {
  it.each([
    ['Guarantees for energy would stop Russia attacking again.'],
    ['Only troops near power plants would stop Russia attacking Ukraine ever again.'],
    ['Щоб росія припинила атакувати знову, потрібні гарантії для енергетики.'],
  ])('no ceasefire: %s', (text) => {
    expect(ids(text, 'ceasefire')).toEqual([]);
  });
  it.each([
    ['Russia must stop attacking energy sites now.', 'stop attacking'],
    ['Guarantees for energy would stop Russia attacking.', 'stop Russia attacking'],
    ['Щоб росія припинила атакувати, потрібні гарантії для енергетики.', 'припинила атакувати'],
  ])('a plain halt to attacks still counts: %s', (text, want) => {
    expect(ids(text, 'ceasefire')).toEqual([want]);
  });
  it.each([
    ['Washington offered an American guarantee modeled on Article 5.', 'security-guarantees', 1],
    ['They agreed a ceasefire that would halt attacks on energy facilities.', 'ceasefire', 1],
    ['They agreed a ceasefire, and Russia would halt attacks on energy facilities.', 'ceasefire', 2],
    ['Kyiv wants security guarantees. Security guarantees must come first.', 'security-guarantees', 2],
    ['Kyiv wants an American guarantee — modeled on Article 5.', 'security-guarantees', 2],
  ])('%s', (text, id, count) => {
    expect(ids(text, id)).toHaveLength(count);
  });
});
