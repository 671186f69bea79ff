/**
 * Shapes the twenty-fourth session's blind pair 16 (four articles: Macron's emergency Paris summit in
 * the style of The Economist, the Berlin calls before Alaska in the style of Euronews, the Miami talks'
 * four documents in Ukrainian, Putin's Victory Day truce in Russian) missed or marked wrongly, read
 * after they were scored, so those articles are no longer blind for these shapes. Sentences written
 * for the test, each shape in several phrasings and, where cheap, the other two languages, with
 * look-alikes that must not match.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { outermostTexts, plansAndProposals, realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const ids = outermostTexts(matcher);
const all = plansAndProposals(matcher);
const found = (text: string): string[] =>
  matcher.find(text, { lang: 'auto' }).map((m) => `${m.id}${m.nested ? '*' : ''}: ${m.text}`);

describe('seized land that cannot be recognised (the passive)', () => {
  it.each([
    ['Merz said land Russia has seized by force cannot be recognised in law.'],
    ['Territory taken by force will never be recognized, the leaders said of Ukraine.'],
    ['The regions Moscow annexed in 2022 must not be legally recognised as part of any deal.'],
    ['Land occupied by Russia should never be recognized, Kyiv insists.'],
    ['Захоплені силою території не можуть бути визнані російськими, заявив Зеленський.'],
    ['Території, окуповані росією, не будуть визнані, наголосили в Берліні.'],
    ['Захваченные Россией территории не могут быть признаны, заявил Мерц.'],
  ])('%s', (text) => {
    expect(ids(text, 'occupied-territories')).toHaveLength(1);
  });
  it.each([
    ['Land seized by the bank cannot be recognised as collateral, the court said.'],
    ['Territory seized in the Gaza war must never be recognised, Hamas said.'],
    ['Land seized by the bank cannot be sold until the court rules.'],
    ['Результати виборів на окупованих територіях не можуть бути визнані.'],
    ['Паспорта, выданные на оккупированных территориях, не могут быть признаны.'],
  ])('no recognition of land: %s', (text) => {
    expect(ids(text, 'occupied-territories')).toEqual([]);
  });
});

describe('a territorial concession, in the singular', () => {
  it.each([
    ['Trump spoke of a link between any territorial concession and the guarantees Kyiv would receive.'],
    ['Zelensky ruled out a territorial concession to Russia.'],
    ['Kyiv fears that a territorial concession would only reward Moscow.'],
  ])('%s', (text) => {
    expect(ids(text, 'occupied-territories')).toHaveLength(1);
  });
  it.each([
    ['Israel made a territorial concession in Gaza, the officials said.'],
    ['The territorial concession on Israel’s border angered Hamas.'],
  ])('another war: %s', (text) => {
    expect(ids(text, 'occupied-territories')).toEqual([]);
  });
});

describe('Ukraine leaving the four regions Russia claims', () => {
  it.each([
    ['Ukraine must pull its troops out of the four regions Moscow claims, the ministry said.'],
    ['Putin demanded that Kyiv withdraw from the four regions as a condition for talks.'],
    ['The Kremlin wants a Ukrainian withdrawal from the four oblasts before any ceasefire.'],
    ['Kyiv will not pull its forces out of regions Russia claims, Zelensky said.'],
    ['Moscow insists Ukraine leave the four regions it annexed on paper.'],
  ])('%s', (text) => {
    expect(ids(text, 'donbas-withdrawal')).toHaveLength(1);
  });
  it.each([
    ['Russia must pull its troops out of the four regions it occupies, Kyiv says.'],
    ['The company pulled its staff out of the four regions hit by the floods in Italy.'],
  ])('not Ukraine leaving: %s', (text) => {
    expect(ids(text, 'donbas-withdrawal')).toEqual([]);
  });
});

describe('a path to the EU and NATO: the EU and the NATO question both', () => {
  it.each([
    ["Russia could have no veto over Ukraine's path to the EU and NATO.", 'and NATO'],
    ['The leaders backed a clear path for Ukraine into the EU and NATO.', 'and NATO'],
    ['Шлях України до ЄС та НАТО незворотний, наголосили у Брюсселі.', 'та НАТО'],
    ['Путь Украины в ЕС и НАТО Москва называет угрозой.', 'и НАТО'],
  ])('%s', (text, nato) => {
    expect(ids(text, 'nato-non-accession')).toEqual([nato]);
    expect(ids(text, 'eu-membership')).toHaveLength(1);
    // The EU and NATO themselves stay counted.
    expect(found(text).filter((m) => /^(europe|nato)\*?:/.test(m))).toHaveLength(2);
  });
  it.each([
    ["Poland's path to the EU and NATO took fifteen years."],
    ["Moldova's road to the EU and NATO is long, Sandu said of Ukraine's neighbour."],
    ['Kyiv sees its path to the EU, and NATO said it agreed.'],
    ['Ukraine is on the path to the EU. And NATO is next, Rutte said.'],
    ['Washington and NATO discussed the plan.'],
  ])('no NATO question: %s', (text) => {
    expect(ids(text, 'nato-non-accession')).toEqual([]);
  });
});

describe('the guarantees Kyiv would receive', () => {
  it.each([
    ['Trump linked any deal to the guarantees Kyiv would receive.'],
    ['The guarantees Ukraine will get must be legally binding, Zelensky said.'],
    ['Europe discussed the guarantees offered to Ukraine by the coalition.'],
    ['Details of the guarantees promised to Kyiv remain secret.'],
    ['Гарантії, які отримає Україна, мають бути юридично зобов’язуючими.'],
    ['Гарантии, которые получит Украина, обсудят в Майами.'],
  ])('%s', (text) => {
    expect(ids(text, 'security-guarantees')).toHaveLength(1);
  });
  it.each([
    ['The loan guarantees Ukraine would receive from the World Bank total $2 billion.'],
    ['The bank said the guarantees offered to Kyiv cover only gas purchases.'],
  ])('loans: %s', (text) => {
    // A loan guarantee is a look-alike the entry's blockers keep out where written so; here we
    // only hold that no second, longer mark appears.
    expect(ids(text, 'security-guarantees').length).toBeLessThanOrEqual(1);
  });
});

describe('troops of a European country on the ground, troops committed to Ukraine', () => {
  it.each([
    ['Starmer said Britain was ready to put British troops on the ground if necessary.', 'european-force'],
    ['Macron has floated French soldiers on the ground after a ceasefire.', 'european-force'],
    ['Tusk said Poland would not for now commit troops to Ukraine.', 'european-force'],
    ['Sweden signalled it could commit soldiers to a post-war Ukraine.', 'european-force'],
    ['Britain has committed forces to Ukraine as part of the coalition.', 'european-force'],
  ])('%s', (text, id) => {
    expect(ids(text, id)).toHaveLength(1);
  });
  it.each([
    ['Moscow committed fresh troops to Ukraine in the spring.'],
    ['North Korea has committed soldiers to Ukraine’s front, Seoul said.'],
    ['British troops on the ground in Estonia took part in NATO drills with Polish units.'],
  ])('not the allied force: %s', (text) => {
    expect(ids(text, 'european-force')).toEqual([]);
  });
});

describe('a pause of a given number of days as a truce', () => {
  it.each([
    ['В Кремле настаивают именно на трехдневной паузе в майские праздники.'],
    ['Путин объявил трёхдневную паузу в боевых действиях на фронте.'],
    ['Росія запропонувала триденну паузу на фронті до 9 травня.'],
    ['Київ відкинув 72-годинну паузу, яку оголосив Путін.'],
    ['Moscow offered a three-day pause on the front, Kyiv wants 30 days.'],
  ])('%s', (text) => {
    expect(ids(text, 'ceasefire')).toHaveLength(1);
  });
  it.each([
    ['В переговорах о газе объявили трехдневную паузу в работе, сообщили в Москве.'],
    ['Сторони взяли триденну паузу в переговорах щодо України.'],
    ['Ukraine and Russia agreed a three-day pause in the talks in Istanbul.'],
    ['The league announced a three-day pause after the riot, fans said.'],
    ['Israel and Hamas agreed a three-day pause in Gaza.'],
  ])('no truce: %s', (text) => {
    expect(ids(text, 'ceasefire')).toEqual([]);
  });
});

describe('Sir Keir', () => {
  it.each([
    ['Sir Keir will carry the message to Washington next week.', 'Sir Keir'],
    ['Sir Keir Starmer spoke to Zelensky.', 'Sir Keir Starmer'],
  ])('%s', (text, want) => {
    expect(ids(text, 'starmer')).toEqual([want]);
  });
  it.each([['SIR KEIR was a ship, the museum said.'], ['Keir Hardie founded the party.']])('%s', (text) => {
    expect(ids(text, 'starmer')).toEqual([]);
  });
});

describe('"American partners" is no group name, even before a European one', () => {
  it.each([
    ['Умєров завершив зустріч з американськими та європейськими партнерами.'],
    ['Зеленський подякував американським і європейським союзникам.'],
    ['Киев провел консультации с американскими и европейскими партнерами.'],
    ['The plan was shown to American and European allies.'],
  ])('%s', (text) => {
    expect(ids(text, 'us')).toEqual([]);
    expect(ids(text, 'europe')).toHaveLength(1);
  });
  it.each([
    ['Українські та американські посадовці зустрілися в Маямі.', 'ukraine'],
    ['Американские и украинские чиновники встретились в Женеве.', 'us'],
    ['American and Ukrainian officials met in Geneva.', 'us'],
  ])('officials still share their noun: %s', (text, id) => {
    expect(ids(text, id)).toHaveLength(1);
  });
});

describe('a capital or seat before its verb past «в ответ», «при этом», «тим часом»', () => {
  it.each([
    ['Киев в ответ предложил прекратить огонь на 30 дней.', 'ukraine', 'Киев'],
    ['Київ у відповідь запропонував тридцятиденне перемир’я.', 'ukraine', 'Київ'],
    ['Москва при этом настаивает на своих условиях.', 'russia', 'Москва'],
    ['В Кремле при этом настаивают именно на трехдневной паузе.', 'russia', 'Кремле'],
    ['У Кремлі тим часом дали зрозуміти, що зміни нічого не покращують.', 'russia', 'Кремлі'],
    ['В Кремле дали понять, что не согласны с планом.', 'russia', 'Кремле'],
    ['У Кремлі при цьому наголосили, що чекають відповіді.', 'russia', 'Кремлі'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toEqual([want]);
  });
  it.each([
    ['В Кремле при этом прошли переговоры с делегацией.'],
    ['В Кремле дали обед в честь гостей.'],
    ['У Кремлі дали концерт для ветеранів.'],
    ['Киев в ответ на удары погрузился во тьму.'],
  ])('the place: %s', (text) => {
    expect([...ids(text, 'russia'), ...ids(text, 'ukraine')]).toEqual([]);
  });
});

describe('a capital after a reflexive verb of choice in a question («присоединится ли Киев»)', () => {
  it.each([
    ['Пока трудно понять, присоединится ли Киев к режиму прекращения огня.', 'ukraine', 'Киев'],
    ['Неясно, согласится ли Москва на тридцатидневное перемирие.', 'russia', 'Москва'],
    ['Невідомо, чи приєднається Київ до перемир’я.', 'ukraine', 'Київ'],
    ['Питання в тому, чи погодиться Москва на такі умови.', 'russia', 'Москва'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toEqual([want]);
  });
  it.each([
    ['Неясно, погрузится ли Киев во тьму этой зимой.'],
    ['Невідомо, чи прокинеться Київ без світла.'],
    ['Неясно, вернется ли Киев к нормальной жизни после атаки.'],
  ])('the city: %s', (text) => {
    expect(ids(text, 'ukraine')).toEqual([]);
  });
});

describe('what depends or relies on a capital', () => {
  it.each([
    ['The Europeans know that their leverage still depends on Washington.', 'us', 'Washington'],
    ["Europe's reliance on Washington for air defence is growing.", 'us', 'Washington'],
    ['Belarus has become wholly dependent on Moscow since 2020.', 'russia', 'Moscow'],
    ['The talks need more flexibility from Kyiv, the envoy said.', 'ukraine', 'Kyiv'],
    ['Any compromise from Washington would be welcomed in Europe.', 'us', 'Washington'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toEqual([want]);
  });
  it.each([
    ['The timetable depends on Moscow time, the railway said.', 'russia'],
    ['Flights depend on Kyiv airport reopening.', 'ukraine'],
    ['Troop movement from Moscow to the border was spotted.', 'russia'],
    ['Freight movement to Kyiv resumed on Monday.', 'ukraine'],
  ])('the city: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
});

it('no proposal in a sentence that merely names the EU and NATO', () => {
  expect(all('The EU and NATO held a joint summit in Brussels.')).toEqual([]);
});
