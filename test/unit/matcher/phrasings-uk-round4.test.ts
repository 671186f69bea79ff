/**
 * Ukrainian forms from a fourth audit, of whole articles this time: 20 real 2025-26 news stories on
 * the talks (12 from UNN, the rest from Interfax-Ukraine, RBC-Ukraine, Suspilne and
 * Європейська правда), read on 1 December 2026 and kept outside the project. What a reader saw and
 * the matcher missed: the adjective «28-пунктовий» / «20-пунктовий» beside «28-пунктний»; a
 * counter-proposal «на» the US plan and the E3's «24 пункти»; «план пана Трампа»; guarantees
 * «від Європи, від Сполучених Штатів»; a referendum told as «волевиявлення народу»; a ban «на
 * удари» by energy; partners «готові надати свій контингент» or «ввести війська в рамках гарантій
 * безпеки»; «конфіскація кремлівських грошей»; «оборонна підтримка України»; the army's size as a
 * point of a plan («щодо чисельності збройних сил України»); and, from the same reporting outside
 * those articles, limits «на чисельність», refraining «утримуватися» / «утримання від ударів» by
 * energy, children «незаконно вивезених» far from the word of return, and Ukraine's course
 * «рухатися у бік НАТО» as the membership question. Every sentence here was
 * written for this test; the look-alikes share the words and must find nothing.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { proposalFinder, realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const proposalsIn = proposalFinder(matcher);
const proposalIds = (text: string) => proposalsIn(text).map((m) => m.id);
const planIds = (text: string) =>
  matcher
    .find(text, { lang: 'uk' })
    .filter((m) => m.kind === 'plan')
    .map((m) => m.id);

const PROPOSALS: [string, string][] = [
  ['security-guarantees', 'Лише набір гарантій від Європи та США зупинить нову агресію, каже радник.'],
  ['security-guarantees', 'Київ чекає чітких гарантій з боку союзників, а не обіцянок.'],
  ['referendum', 'Президент вважає, що мирну угоду має схвалити волевиявлення народу.'],
  ['referendum', 'Остаточне рішення щодо угоди ухвалить всенародне волевиявлення, заявив він.'],
  ['ceasefire', 'Заборона на удари по енергетичних об’єктах діятиме до неділі.'],
  ['european-force', 'Шість країн уже готові надати свій контингент, повідомив Зеленський.'],
  ['european-force', 'Дві держави готові ввести війська в рамках гарантій безпеки для України.'],
  ['frozen-assets', 'Депутати вимагають конфіскації кремлівських коштів на користь постраждалих.'],
  ['military-aid', 'Партнери обіцяють і надалі оборонну підтримку України.'],
  ['european-force', 'Франція може ввести війська в рамках гарантій безпеки.'],
  ['army-limits', 'Новий план відрізняється від попереднього щодо чисельності збройних сил України.'],
  // Variants the same reporting uses elsewhere: limits «на» the army's size, refraining in the
  // imperfective or as a noun, children taken «незаконно» far from the word of return.
  ['army-limits', 'Партнери просять не вводити жодних обмежень на чисельність української армії.'],
  ['ceasefire', 'Сторони погодилися утримуватися від ударів по енергетиці протягом тижня.'],
  ['ceasefire', 'Йшлося про утримання від ударів по енергооб’єктах до кінця морозів.'],
  [
    'deported-children',
    'План передбачає повернення на підконтрольну територію всіх незаконно вивезених дітей.',
  ],
  ['nato-non-accession', 'Київ не відмовиться від зобов’язання рухатися у бік НАТО, наголосив посадовець.'],
  ['nato-non-accession', 'Україна продовжить рух до Альянсу попри тиск.'],
];

const LOOK_ALIKES: string[] = [
  // Guarantees of a loan, a warranty, a guarantee from a bank.
  'Кредит забезпечено гарантіями від США та Світового банку для українських фермерів.',
  'Гарантії від виробника на пральні машини подовжено до трьох років.',
  // An election, or a vote of another country.
  'Кожна кампанія стає волевиявленням народу на виборах, нагадала ЦВК.',
  'Вільне волевиявлення громадян на виборах гарантує Конституція.',
  // A ban on strikes by workers, or a ban unrelated to energy.
  'Заборона на удари по м’ячу рукою діє на всьому полі.',
  // Russia's or North Korea's troops.
  'КНДР готова надати свій контингент для війни на боці росії.',
  'Російські генерали готові ввести війська в рамках навчань.',
  // Confiscation of other money, and defence support of another country.
  'Суд ухвалив конфіскацію кремлівських сувенірів у контрабандиста.',
  'США продовжують оборонну підтримку Ізраїлю.',
  // Russia's own army in a plan of the Kremlin.
  'Новий план Кремля щодо чисельності армії передбачає півтора мільйона російських військових.',
  // Limits on the occupiers' army, a footballer refraining from shots, a court case with no return.
  'Росіяни не визнають обмежень на чисельність армії для російських окупантів.',
  'Тренер радить утримуватися від ударів по воротах з дальньої дистанції.',
  'Суд розглядав справу про незаконно вивезених дітей до Польщі батьком.',
  // Another country's way into NATO.
  'Швеція вирішила рухатися до НАТО після 2022 року.',
  // The army's size with no plan in sight.
  'Генштаб повідомив дані щодо чисельності збройних сил України на початок року.',
];

describe('Ukrainian proposal forms of the fourth UNN round', () => {
  it.each(PROPOSALS)('%s: %s', (id, text) => {
    expect(proposalIds(text)).toContain(id);
  });
  it.each(LOOK_ALIKES.map((t) => [t]))('no proposal: %s', (text) => {
    expect(proposalIds(text)).toEqual([]);
  });
});

describe("the people's will is not an election", () => {
  it.each([
    ['Після мирної угоди вибори стануть волевиявленням народу, каже ЦВК.'],
    ['Всенародне волевиявлення на виборах президента відбудеться після затвердження угоди.'],
  ])('no referendum: %s', (text) => {
    expect(proposalIds(text)).not.toContain('referendum');
  });
});

describe('plan names as Ukrainian outlets vary them', () => {
  it.each([
    ['us-28-point-plan-2025-11', 'Делегації обговорили 28-пунктовий мирний план у Женеві.'],
    // The 28-point cue in the sentence before, in its «-пунктовий» form.
    [
      'us-28-point-plan-2025-11',
      'Європейці переписали 28-пунктовий текст. Кілька пунктів плану пана Трампа змінили.',
    ],
    ['us-28-point-plan-2025-11', 'Україна отримала 28-пунктовий документ від американців.'],
    ['us-28-point-plan-2025-11', 'Росія похвалила 28-пунктову версію угоди.'],
    ['us-ua-20-point-plan-2025-12', 'Україна і США погодили 20-пунктову рамкову угоду.'],
    ['us-ua-20-point-plan-2025-12', 'Зеленський назвав два відкриті питання у 20-пунктовому документі.'],
    [
      'e3-counterproposal-2025-11',
      'Лондон, Париж і Берлін підготували контрпропозицію на 28-пунктовий план.',
    ],
    [
      'e3-counterproposal-2025-11',
      'Європейську контрпропозицію щодо завершення війни з 24 пунктів отримав Київ.',
    ],
    ['e3-counterproposal-2025-11', 'Серед 24 мирних пунктів ЄС є повне припинення вогню.'],
    ['e3-counterproposal-2025-11', 'Зустрічну пропозицію до 28-пунктового плану отримав Київ.'],
  ])('%s: %s', (id, text) => {
    expect(planIds(text)).toContain(id);
  });
  it.each([
    // A 28-point list of something else, and points of an EU document that is not a peace plan.
    'Міністерство оприлюднило 28-пунктовий план реформи освіти.',
    'Серед 24 пунктів ЄС щодо сільського господарства немає квот.',
  ])('no plan: %s', (text) => {
    expect(planIds(text)).toEqual([]);
  });
});
