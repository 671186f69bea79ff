/**
 * A precision round on real 2025-26 reporting the rules had never seen (31 excerpts in English,
 * Ukrainian and Russian, kept outside the project: peace talks, but also Gaza and Lebanon truces,
 * sanctions and tariffs, NATO's summit, the EU budget, other countries' elections and prisoner
 * swaps, the 1954 Crimea transfer and the 1994 Budapest Memorandum, energy, sport). Each wrong mark
 * found there was traced to its cause and the cause fixed; the sentences here are written for this
 * test after the shape of the wrong ones, none copied. Each group pairs sentences that must no
 * longer find the entry with sentences of the same shape that still must:
 * - other wars' peoples and places (Armenians, Azerbaijanis, Karabakh) are another war's swap;
 * - a bare "обмін" gets no support from a sure exchange more than 40 words away (a Russia-US swap
 *   further down a page about a Ukrainian one);
 * - another country alone ("Конституційний суд Румунії", "Romania's court") vetoes presidential
 *   elections, even where elections in Ukraine are found elsewhere on the page;
 * - the plural "Istanbul agreements" near a swap or the bodies of the fallen are 2025's, not the
 *   2022 draft treaty;
 * - the 1994 Budapest Memorandum is history: its title, and the renunciation of nuclear weapons
 *   next to its signatories or Ukraine's accession to the NPT;
 * - NATO's own Article 5 clause is not a guarantee for Ukraine;
 * - nuclear weapons are never weapons sent to Ukraine;
 * - a vote whose results a government recognises or refuses is not Ukraine's on the deal
 *   (Crimea's plebiscite of 2014, told a sentence after its date).
 * A second set of 6 excerpts, read after those fixes (Belarus's pardons, Syria's sanctions, Moldova,
 * the Israel-Iran truce), added three:
 * - Syria's Caesar Act, Assad and al-Sharaa veto sanctions relief, even with Russia named further off;
 * - peacekeepers in Transnistria, Moldova or another conflict are not the force for Ukraine;
 * - Ukrainians freed among Belarus's political prisoners are no exchange of this war, and a loose
 *   return ("повертаються додому") gets no support from a sure exchange more than 40 words away.
 */
import { describe } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { type CountRow, checkCounts, realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const check = (rows: CountRow[]) => checkCounts(rows, matcher);

// A paragraph of some 45 words with no word of captivity, of people brought back or of Ukraine.
const FILLER =
  'Президент подякував партнерам за посередництво. Наступного тижня делегації знову зустрінуться в Абу-Дабі, щоб ' +
  'обговорити енергетичне перемир’я, гарантії безпеки та подальші кроки. Ринки відреагували спокійно, а курс гривні ' +
  'не змінився. Синоптики прогнозують похолодання та сніг на заході країни до кінця тижня, а також ожеледицю на дорогах.';

// Some 25 words with no word of Ukraine or of another country.
const FILLER_EN =
  'Markets were calm on Monday. Forecasters expect snow in the north by the weekend, and the central bank ' +
  'kept its interest rate unchanged for a third month.';
const FILLER_RU =
  'Рынки в понедельник были спокойны. Синоптики обещают снег на севере к выходным, а центральный банк ' +
  'в третий раз подряд сохранил ключевую ставку.';
const FILLER_UK =
  'Ринки в понеділок були спокійні. Синоптики обіцяють сніг на півночі до вихідних, а центральний банк ' +
  'утретє поспіль залишив облікову ставку без змін.';

describe('another war’s peoples and places: Armenia and Azerbaijan, Karabakh', () => {
  check([
    ['prisoner-exchange', 'Після переговорів у Баку з полону звільнили 12 вірмен.', 0],
    ['prisoner-exchange', 'Сторони конфлікту в Карабасі погодили обмін усіма військовополоненими.', 0],
    ['prisoner-exchange', 'Armenian officials said Baku had freed 20 prisoners of war at the border.', 0],
    ['prisoner-exchange', 'Після переговорів у Стамбулі з полону звільнили 12 українців.', 1],
    ['prisoner-exchange', 'Сторони погодили обмін усіма військовополоненими, повідомив Київ.', 1],
    ['prisoner-exchange', 'Ukrainian officials said Moscow had freed 20 prisoners of war at the border.', 1],
  ]);
});

describe('a bare exchange word is supported only by a sure exchange within 40 words', () => {
  const sure = 'Україна повернула з полону 150 захисників, повідомив Коордштаб. ';
  check([
    [
      'prisoner-exchange',
      `${sure}${FILLER}\nТим часом у Москві знову заговорили про обмін з Вашингтоном: торік такий обмін уже відбувся.`,
      1,
    ],
    [
      'prisoner-exchange',
      'Україна повернула з полону 150 захисників, повідомив Зеленський у вечірньому зверненні. За його словами, наступний обмін сторони обговорять найближчим часом.',
      2,
    ],
  ]);
});

describe('another country alone vetoes presidential elections', () => {
  const ukSure = 'Зеленський заявив, що вибори в Україні відбудуться після війни. ';
  const enSure = 'Zelensky said elections in Ukraine would follow a ceasefire. ';
  const ruSure = 'Зеленский заявил, что выборы на Украине пройдут после войны. ';
  check([
    [
      'elections',
      `${ukSure}${FILLER_UK} Конституційний суд Румунії затвердив результат президентських виборів.`,
      1,
    ],
    ['elections', `${ukSure}${FILLER_UK} Центрвиборчком України назвав дату президентських виборів.`, 2],
    [
      'elections',
      'Після виборів у Румунії Київ чекає, коли Україна визначить дату президентських виборів.',
      1,
    ],
    [
      'elections',
      `${ruSure}${FILLER_RU} Конституционный суд Румынии утвердил итоги президентских выборов.`,
      1,
    ],
    ['elections', `${ruSure}${FILLER_RU} ЦИК Украины назвал дату президентских выборов.`, 2],
    [
      'elections',
      `${enSure}${FILLER_EN} Romania's constitutional court upheld the result of the presidential election.`,
      1,
    ],
    [
      'elections',
      `${enSure}${FILLER_EN} Ukraine's election commission has not yet set a date for the presidential election.`,
      2,
    ],
  ]);
});

describe('the plural Istanbul agreements near a swap or the fallen are 2025’s', () => {
  const plan = 'istanbul-communique-2022';
  check([
    [plan, 'В рамках стамбульских договоренностей стороны провели обмен пленными 200 на 200.', 0],
    [plan, 'Россия передала Украине тела тысячи погибших в рамках стамбульских договоренностей.', 0],
    [plan, 'Відповідно до стамбульських домовленостей сторони провели обмін полоненими.', 0],
    [plan, 'Under the Istanbul agreements, the sides swapped 300 prisoners each.', 0],
    [plan, 'Путин назвал стамбульские договоренности основой для урегулирования.', 1],
    [plan, 'Песков напомнил о стамбульских договоренностях 2022 года, а не об обмене пленными.', 1],
    [plan, 'Путін знову назвав стамбульські домовленості основою для врегулювання.', 1],
    [plan, 'Putin again cited the Istanbul agreements as a basis for a settlement.', 1],
  ]);
});

describe('the 1994 Budapest Memorandum is history', () => {
  check([
    // Its title.
    ['security-guarantees', 'Ukraine signed the Memorandum on Security Assurances in Budapest.', 0],
    ['security-guarantees', 'Україна підписала Меморандум про гарантії безпеки у Будапешті.', 0],
    ['security-guarantees', 'Украина подписала Меморандум о гарантиях безопасности в Будапеште.', 0],
    ['security-guarantees', 'Ukraine wants security assurances from the US and Europe.', 1],
    ['security-guarantees', 'Україна хоче отримати гарантії безпеки від США.', 1],
    ['security-guarantees', 'Украина хочет получить гарантии безопасности от США.', 1],
    // Renouncing nuclear weapons next to the accession to the NPT, the title or the signatories.
    [
      'non-nuclear-status',
      'Після приєднання України до Договору про нерозповсюдження Київ погодився на відмову від ядерної зброї.',
      0,
    ],
    [
      'non-nuclear-status',
      'Меморандум про гарантії безпеки закріпив, що Україна погоджується на відмову від ядерної зброї.',
      0,
    ],
    ['non-nuclear-status', 'Кучма і Єльцин погодили, що Україна відмовиться від ядерної зброї.', 0],
    ['non-nuclear-status', 'Kravchuk agreed that Ukraine would renounce nuclear weapons.', 0],
    ['non-nuclear-status', 'За мирним планом Україна погодиться на відмову від ядерної зброї.', 1],
    ['non-nuclear-status', 'Віткофф і Дмитрієв погодили, що Україна відмовиться від ядерної зброї.', 1],
    ['non-nuclear-status', 'Witkoff said Ukraine would renounce nuclear weapons under the plan.', 1],
  ]);
});

describe('NATO’s own Article 5 clause is not a guarantee for Ukraine', () => {
  check([
    [
      'security-guarantees',
      'Allies reaffirmed the Article 5 collective defence clause at the summit and pledged more help for Ukraine.',
      0,
    ],
    ['security-guarantees', "Leaders backed NATO's mutual defence clause, Zelensky noted.", 0],
    ['security-guarantees', 'Ukraine seeks a mutual defence clause in its deal with the United States.', 1],
    ['security-guarantees', "Kyiv wants a guarantee akin to NATO's collective defence, officials said.", 1],
  ]);
});

describe('nuclear weapons are never weapons sent to Ukraine', () => {
  check([
    ['military-aid', 'У 1994 році в обмін на відмову від ядерної зброї Україні надали гарантії.', 0],
    ['military-aid', 'В 1994 году в обмен на отказ от ядерного оружия Украине дали гарантии.', 0],
    ['military-aid', 'Союзники передадуть зброю Україні найближчим часом.', 1],
  ]);
});

describe('a referendum whose results a government recognises or not is another’s', () => {
  check([
    // Georgia's, named in Russian and Ukrainian as in English (a third set of 3 excerpts).
    ['referendum', 'Саакашвили, гражданин Украины, призвал грузин прийти на референдум в Грузии.', 0],
    ['referendum', 'Саакашвілі, громадянин України, закликав прийти на референдум у Грузії.', 0],
    ['referendum', 'Саакашвили, гражданин Украины, призвал провести референдум по мирному плану.', 1],
    ['referendum', 'Kyiv refused to recognise the results of the plebiscite held there.', 0],
    ['referendum', 'Київ так і не визнав результатів того плебісциту.', 0],
    ['referendum', 'Киев не признал результаты того референдума.', 0],
    ['referendum', 'Zelensky said any peace deal would be put to a plebiscite.', 1],
    ['referendum', 'Зеленський пояснив, що проведення такого плебісциту буде складним для України.', 1],
    ['referendum', 'Киев пока не готов проводить референдум по мирному соглашению.', 1],
  ]);
});

describe('Syria’s sanctions are not Russia’s', () => {
  check([
    [
      'sanctions-relief',
      'Washington waived sanctions under the Caesar Act for six months, but deals with Russia stay banned.',
      0,
    ],
    [
      'sanctions-relief',
      'The Treasury eased sanctions on Assad-era banks; Russian firms are not covered.',
      0,
    ],
    [
      'sanctions-relief',
      'Washington may ease sanctions on Russian banks if Moscow agrees to a ceasefire.',
      1,
    ],
  ]);
});

describe('peacekeepers of another conflict are not the force for Ukraine', () => {
  check([
    [
      'european-force',
      'Москва готова вывести миротворческий контингент из Приднестровья, заявил Путин, говоря и об Украине.',
      0,
    ],
    [
      'european-force',
      'Кишинев хочет заменить миротворческую операцию в Приднестровье гражданской миссией, Украина это поддерживает.',
      0,
    ],
    [
      'european-force',
      'Russian peacekeepers in Transnistria should leave, Sandu said on a visit to Kyiv.',
      0,
    ],
    ['european-force', 'Европа готова направить миротворческий контингент на Украину после перемирия.', 1],
    ['european-force', 'Peacekeepers from Europe could be deployed in Ukraine after a truce, Kyiv said.', 1],
  ]);
});

describe('Belarus’s pardoned political prisoners are no exchange of this war', () => {
  // A sure exchange on the same page, which would lend its support to a loose return.
  const sure = 'Зеленський доручив прискорити звільнення військовополонених з Росії. ';
  check([
    [
      'prisoner-exchange',
      `${sure}Лукашенко помилував 30 політв’язнів, серед них двоє українців. Вони вже повертаються додому.`,
      1,
    ],
    [
      'prisoner-exchange',
      `${sure}${FILLER} Серед звільнених Мінськом є двоє українців. Вони вже повертаються додому.`,
      1,
    ],
    ['prisoner-exchange', `${sure}Серед звільнених є двоє цивільних. Вони вже повертаються додому.`, 2],
    ['prisoner-exchange', `${sure}Окремо він подякував США за звільнення цивільних з Білорусі.`, 1],
    [
      'prisoner-exchange',
      `${sure}Росія відпустила 30 полонених, серед них двоє цивільних. Вони вже повертаються додому.`,
      2,
    ],
    ['prisoner-exchange', `${sure}Окремо він подякував США за звільнення цивільних з російського полону.`, 2],
  ]);
});
