/**
 * Parties and plans as an audit of 29 real excerpts of November 2025 – February 2026 found them
 * missing (UNN, Particle, the Daily Wire, Conservative Fix, Archyde, WAPress, CRBC News,
 * RBC-Ukraine, Euroradio, Online.ua, Zbruc, For-UA, Explainer, Radio Svoboda, UNIAN, IPress, TSN,
 * Novosti Donbassa, My.ua, Dialog, 24 Kanal, Kommersant, Charter 97, Comments.ua, Gazeta.ru, on the
 * 28-point plan, the Geneva and Miami rounds, the European answer and the 20-point framework; kept
 * outside the project): Dmitriev spelt "Дмітрієв", "Кіріл(л)"; Ukrainian "офіційні особи" as the
 * officials of a party (and the first of two adjectives sharing it); a numbered plan called a
 * "version", "text" or "документ"; "американський проєкт" (the US draft) and "Washington's proposed peace plan" for the 28-point plan;
 * "the European proposal/version", "європейська версія" for the European counter-proposal. Each
 * sentence must find its id with exactly that text; the look-alikes share the words and must not.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const found = (text: string) =>
  matcher
    .find(text, { lang: 'auto' })
    .filter((m) => m.kind !== 'proposal')
    .map((m) => `${m.id}:${m.text}`);

/** [id, a sentence naming it, the text of the mention]. */
const PHRASINGS: [string, string, string][] = [
  // Dmitriev with the Ukrainian "і" spellings some outlets use.
  ['dmitriev', 'Документ узгоджували з Кірілом Дмітрієвим у Маямі.', 'Кірілом Дмітрієвим'],
  ['dmitriev', 'Віткофф тричі зустрічався з Кирилом Дмітрієвим.', 'Кирилом Дмітрієвим'],
  ['dmitriev', 'Після поїздки Кіріллом Дмітрієвим зацікавилися журналісти.', 'Кіріллом Дмітрієвим'],
  ['dmitriev', 'Дмітрієв заявив, що Москва вивчає текст.', 'Дмітрієв'],
  ['dmitriev', 'За словами Дмітрієва, зустріч була корисною.', 'Дмітрієва'],
  // "Офіційні особи" as a party's officials, in its cases.
  ['ukraine', 'Українські офіційні особи вилетіли до Флориди.', 'Українські офіційні особи'],
  ['ukraine', 'Делегація українських офіційних осіб прибула вчора.', 'українських офіційних осіб'],
  ['us', 'Документ передали американським офіційним особам.', 'американським офіційним особам'],
  ['russia', 'Зустріч з російськими офіційними особами скасували.', 'російськими офіційними особами'],
  // The first of two adjectives sharing "офіційні особи".
  ['us', 'Американські та українські офіційні особи провели зустріч.', 'Американські'],
  ['ukraine', 'Американські та українські офіційні особи провели зустріч.', 'українські офіційні особи'],
  ['russia', 'Позиції російських і американських офіційних осіб розійшлися.', 'російських'],
  // A numbered plan called a version or a text.
  [
    'us-28-point-plan-2025-11',
    'Kyiv now talks of the earlier 28-point version as history.',
    '28-point version',
  ],
  ['us-28-point-plan-2025-11', 'Reporters compared the leaked 28-point text line by line.', '28-point text'],
  ['us-ua-20-point-plan-2025-12', 'The Kremlin would not comment on the 20-point text.', '20-point text'],
  ['us-ua-20-point-plan-2025-12', 'Moscow is studying the new 20-point version.', '20-point version'],
  [
    'us-ua-geneva-19-point-2025-11',
    'Ukraine backed the 19-point version agreed with Rubio.',
    '19-point version',
  ],
  ['us-ua-geneva-19-point-2025-11', 'Росія нібито відкинула 19-пунктний документ.', '19-пунктний документ'],
  ['us-ua-geneva-19-point-2025-11', 'Сторони обговорили 19-пунктну версію угоди.', '19-пунктну версію'],
  // "Американський проєкт" (or "проект") near a word of the 28-point round (not a bare month).
  [
    'us-28-point-plan-2025-11',
    'Після зустрічі в Женеві американський проєкт суттєво змінили.',
    'американський проєкт',
  ],
  [
    'us-28-point-plan-2025-11',
    'Європейці запропонували правки до американського проєкту з 28 пунктів.',
    'американського проєкту з 28 пунктів',
  ],
  [
    'us-28-point-plan-2025-11',
    'Після Женеви Кремль назвав американський мирний проект основою для розмови.',
    'американський мирний проект',
  ],
  // "Washington's proposed peace plan" in a paragraph on the November round.
  [
    'us-28-point-plan-2025-11',
    "In November Moscow received copies of Washington's proposed peace plan.",
    "Washington's proposed peace plan",
  ],
  [
    'us-28-point-plan-2025-11',
    "After Geneva, Washington's proposed framework was cut to 19 points.",
    "Washington's proposed framework",
  ],
  // The European answer called its proposal or version.
  [
    'e3-counterproposal-2025-11',
    "The European proposal answers Washington's 28-point plan point by point.",
    'The European proposal',
  ],
  [
    'e3-counterproposal-2025-11',
    'In Geneva the European version dropped the amnesty clause.',
    'the European version',
  ],
  [
    'e3-counterproposal-2025-11',
    'Європейська версія, яку обговорювали в Женеві, не обмежує армію.',
    'Європейська версія',
  ],
  [
    'e3-counterproposal-2025-11',
    'Европейская версия, подготовленная к переговорам в Женеве, отличается от 28 пунктов.',
    'Европейская версия',
  ],
];

/** Sentences that share the new words and must not find that id. */
const LOOK_ALIKES: [string, string][] = [
  // Officials with no party, or a noun that names no group.
  ['ukraine', 'Офіційні особи прибули до Маямі без заяв.'],
  ['us', 'Американські та українські делегації провели зустріч.'],
  ['ukraine', 'Українські й американські дипломати провели зустріч.'],
  // Another version or text, with no number, or Gaza's plan.
  ['us-ua-20-point-plan-2025-12', "Trump's 20-point text for Gaza was read out in Sharm el-Sheikh."],
  ['us-28-point-plan-2025-11', 'The new version of the app has 28 points of improvement.'],
  // A US project with no word of the November round.
  ['us-28-point-plan-2025-11', 'Американський проєкт космічної станції отримав фінансування.'],
  // The US draft of December is not the 28-point plan.
  ['us-28-point-plan-2025-11', 'У грудні в Берліні американський проєкт доповнили 20 пунктами.'],
  // Washington's proposed plan for another war, or for a budget.
  [
    'us-28-point-plan-2025-11',
    "Washington's proposed peace plan for Gaza was discussed in Cairo in November.",
  ],
  ['us-28-point-plan-2025-11', "Washington's proposed budget plan faces a vote."],
  // A European proposal with no word of the November round, or of April 2025.
  ['e3-counterproposal-2025-11', 'The European proposal on fishing quotas was adopted.'],
  [
    'e3-counterproposal-2025-11',
    'In April, the European proposal handed over in London left Crimea unrecognised.',
  ],
  ['e3-counterproposal-2025-11', 'Європейська версія програми запрацює у січні.'],
  // A bare month of the November round is not enough for these loose names.
  ['e3-counterproposal-2025-11', 'The European proposal on fishing quotas was adopted in November.'],
  ['e3-counterproposal-2025-11', 'Європейська версія програми запрацює в листопаді.'],
  ['us-28-point-plan-2025-11', 'Американський проєкт космічної станції отримав гроші в листопаді.'],
];

describe('parties and plans found missing in an audit of 2025-26 reporting', () => {
  it.each(PHRASINGS)('%s: %s', (id, text, mention) => {
    expect(found(text)).toContain(`${id}:${mention}`);
  });

  it.each(LOOK_ALIKES)('no %s in: %s', (id, text) => {
    expect(found(text).filter((m) => m.startsWith(`${id}:`))).toEqual([]);
  });
});
