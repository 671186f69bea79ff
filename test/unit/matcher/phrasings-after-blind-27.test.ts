/**
 * The twenty-seventh session's rules, each with look-alikes. Guarantees named alone
 * (`guarantees-alone`) were written from the held-out misses of earlier sessions; the locative
 * "on occupied territory" (`occupied-bare-near`), "elections and referendums" (`referendums-ukraine`)
 * and the US midterms (`uk-elections-not-abroad`) from wrong marks on the session's blind pairs 41–44,
 * read after they were scored; Article 5 extended to Ukraine and «режимы тишины», «окна тишины» from
 * misses of pair 42, read after it was scored; Ukraine's forces leaving a part of Donetsk and prisoner
 * exchanges on the humanitarian track from misses of pair 44, read after it was scored. Sentences written for the test, in the ways reporters phrase each idea.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

const SG = 'security-guarantees';
const OT = 'occupied-territories';
const RF = 'referendum';
const EL = 'elections';
const CF = 'ceasefire';
const DW = 'donbas-withdrawal';
const PX = 'prisoner-exchange';

describe('guarantees named alone, in a sentence about security or a deal', () => {
  checkCounts([
    [SG, 'Kyiv insists that any deal must come with guarantees strong enough to deter a new invasion.', 1],
    [SG, 'Rutte described the aim as guarantees modeled on Article 5, without Kyiv joining the alliance.', 1],
    [SG, 'Europeans press Trump on ceasefire and guarantees before the Alaska summit', 1],
    [SG, 'Зеленський оприлюднив 20 пунктів мирного плану: армія у 800 тисяч і гарантії як стаття 5 НАТО', 1],
    [
      SG,
      'Лавров заявил, что Москва готова обсуждать гарантии в рамках мирного соглашения только вместе с постоянными членами Совбеза.',
      1,
    ],
    // Look-alikes: money, rights, energy, a promise of an outcome, an anaphor, Russia's own.
    [
      SG,
      'Kyiv asked for loan guarantees to cover the cost of repairing its power grid after the attacks.',
      0,
    ],
    [SG, 'There are no guarantees that the talks in Geneva will end the war, the envoy said.', 0],
    [SG, 'The constitution offers guarantees of rights and freedoms even in war, the court ruled.', 0],
    [SG, 'Будапешт отримав від Єврокомісії гарантії енергетичної безпеки і зняв заперечення.', 0],
    [
      SG,
      'The security guarantees are ready. The guarantees will be signed after the peace deal, Zelensky said.',
      1,
    ],
    [SG, 'Moscow demands guarantees for Russia that NATO will never expand, Lavrov said after the talks.', 0],
    [SG, 'Фермери вимагають від уряду державних гарантій закупівлі зерна після війни.', 0],
  ]);
});

describe('occupied territory as the place where something is, not what a deal does with it', () => {
  checkCounts([
    [OT, 'Москва хоче, щоб Україна визнала окуповані території російськими в обмін на мир.', 1],
    [OT, 'The plan would recognise the occupied territories as Russian in exchange for a ceasefire.', 1],
    [
      OT,
      'Ще одне відкрите питання на переговорах — Запорізька АЕС, яка перебуває на окупованій території.',
      0,
    ],
    [OT, 'The talks also covered the plant, which sits on occupied territory, and a swap of prisoners.', 0],
    [OT, 'Пенсионеры на оккупированных территориях ждут выплат, пока идут переговоры о мире.', 0],
  ]);
});

describe('elections and referendums as a kind of vote the law regulates', () => {
  checkCounts([
    [
      RF,
      'Робоча група напрацює законодавчі рішення щодо виборів і референдумів в умовах воєнного стану після мирної угоди.',
      0,
    ],
    [RF, 'Zelensky said Ukrainians could approve the peace deal in a referendum.', 1],
    [RF, 'Зеленський заявив, що територіальні питання мирної угоди можна винести на референдуми.', 1],
  ]);
});

describe("another country's campaign is not Ukraine's elections", () => {
  checkCounts([
    [
      EL,
      'У США відбудуться проміжні вибори до Конгресу, і Київ хоче закріпити досягнуте, доки увага американської сторони не перемкнулася на виборчу кампанію.',
      0,
    ],
    [EL, 'Зеленський сказав, що виборча кампанія в Україні почнеться лише після припинення вогню.', 1],
  ]);
});

describe("NATO's Article 5 extended or applied to Ukraine: the security guarantees", () => {
  checkCounts([
    [SG, "Meloni proposes extending NATO's Article 5 protection to Ukraine without membership", 1],
    [SG, "Meloni suggested that Ukraine be covered by NATO's mutual defense clause without joining.", 1],
    [SG, 'Applying Article 5 to Ukraine would be something different from joining NATO, she said.', 1],
    [SG, 'Мелоні запропонувала поширити статтю 5 НАТО на Україну без членства.', 1],
    [SG, 'Мелони предложила распространить действие статьи 5 на Украину.', 1],
    // Look-alike: Article 5 invoked for its members, Ukraine only named nearby.
    [
      SG,
      'NATO allies invoked Article 5 after the September 11 attacks, and Ukraine was not yet a partner.',
      0,
    ],
  ]);
});

describe('windows and regimes of quiet: local truces', () => {
  checkCounts([
    [CF, 'Особое значение имеют режимы тишины вокруг Запорожской АЭС, сказал Лихачев.', 1],
    [CF, 'Подобные окна тишины позволяют ремонтировать линии на ЗАЭС, говорят в Росатоме.', 1],
    [CF, 'МАГАТЕ домовилося про вікна тиші для ремонту ліній ЗАЕС.', 1],
    // Look-alike: a quiet window of another kind, in another war.
    [CF, 'Israel and Hamas agreed to a regime of quiet in Gaza; режимы тишины в Газе продлили.', 0],
  ]);
});

describe("Ukraine's forces leaving a part of Donetsk, near a demand", () => {
  checkCounts([
    [
      DW,
      "Moscow continues to insist that Ukrainian forces leave the part of the eastern Donetsk region still under Kyiv's control.",
      1,
    ],
    [DW, 'Putin demanded that Ukraine’s troops abandon the rest of Donetsk before any truce.', 1],
    // Look-alikes: a retreat from a village, civilians leaving.
    [
      DW,
      'Ukrainian troops left the village of Novoselivka in the Donetsk region, the general staff said.',
      0,
    ],
    [DW, 'Thousands of civilians leave Donetsk every month, the governor said.', 0],
  ]);
});

describe('prisoner exchanges on the humanitarian track', () => {
  checkCounts([
    [PX, 'Humanitarian questions, including possible prisoner exchanges, were also on the agenda.', 1],
    [PX, 'Гуманітарні питання, зокрема обмін полоненими, також обговорили.', 1],
    // Look-alike: another war's humanitarian pause and swap.
    [PX, 'Israel and Hamas agreed a humanitarian pause and a prisoner exchange in Gaza.', 0],
  ]);
});
