/**
 * Shapes the twenty-fourth session's blind pair 17 (four articles) missed or marked wrongly, read after
 * they were scored, so those articles are no longer blind for these shapes. Sentences written for the
 * test, each idea in several phrasings, with look-alikes that must not match: "Sir Keir"; the envoy's
 * possessive ("Kellogg's arrival", not the cereal); capitals kept on side or hurried ("keep Washington
 * on side", «поторопил Москву»); parties and hotels named after a state or the continent ("United
 * Russia", «Единая Россия», «Гранд Отель Европа», the Rada faction «Відновлення України»); the US
 * backstop and American backing for a European force; security commitments in Ukrainian and Russian;
 * "the question of guarantees"; "a dictator without elections", presidential and parliamentary votes;
 * a share of Ukraine's mineral wealth; the four regions Russia wants and their recognition «за
 * Россией»; American air defence systems for Ukraine; one phrase, one mention keeps the party it names.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { outermostTexts, realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const ids = outermostTexts(matcher);
/** Every mention of `id`, nested or not, as text. */
const all = (text: string, id: string) =>
  matcher
    .find(text, { lang: 'auto' })
    .filter((m) => m.id === id)
    .map((m) => m.text);

describe('Sir Keir is Starmer', () => {
  it.each([
    ['Sir Keir arrived with a pledge to raise defence spending.', 'Sir Keir'],
    ['The talks are still ahead of Sir Keir.', 'Sir Keir'],
    ['Sir Keir Starmer met Zelensky in Downing Street.', 'Sir Keir Starmer'],
    ['Сер Кір заявив, що Британія готова надіслати війська.', 'Сер Кір'],
    ['Сэр Кир Стармер прилетел в Вашингтон.', 'Сэр Кир Стармер'],
  ])('%s', (text, want) => {
    expect(all(text, 'starmer')).toEqual([want]);
  });
  it.each([['Sir Elton John sang for Keir Hardie fans.'], ['Sir Keith Kellogg met the envoys.']])(
    'not Starmer: %s',
    (text) => {
      expect(all(text, 'starmer')).toEqual([]);
    },
  );
});

describe("the envoy's possessive is Kellogg, the cereal maker's brand is not", () => {
  it.each([
    ["Before Kellogg's arrival, Zelensky said he wanted the envoy to see the front."],
    ["The US envoy's plan, Kellogg's proposal, would split Ukraine into zones."],
    ["Zelensky praised Kellogg's visit, saying the envoy listened to him."],
  ])('%s', (text) => {
    expect(all(text, 'kellogg')).toEqual(['Kellogg']);
  });
  it.each([
    ["Kellogg's cornflakes are on the shelf.", []],
    ["Special envoy talks aside, Kellogg's cereal sales fell in Ukraine.", []],
    ["Keith Kellogg met Zelensky. Kellogg's shares fell on Wall Street.", ['Keith Kellogg']],
    ["The envoy visited Kyiv; Kellogg's brand of cornflakes is sold there.", []],
  ])('not the envoy: %s', (text, want) => {
    expect(all(text, 'kellogg')).toEqual(want);
  });
});

describe('a capital kept on side or hurried is its government', () => {
  it.each([
    ['European leaders have scrambled to keep Washington on side.', 'us', 'Washington'],
    ['The aim is keeping Washington onside as talks resume.', 'us', 'Washington'],
    ['London kept Kyiv informed throughout the talks.', 'ukraine', 'Kyiv'],
    ['Paris wants to keep Washington on board for the force.', 'us', 'Washington'],
    ['Trump publicly hurried Moscow to agree to a truce.', 'russia', 'Moscow'],
    ['Незадолго до встречи американский президент публично поторопил Москву.', 'russia', 'Москву'],
    ['Трамп знову підганяє Київ із відповіддю на план.', 'ukraine', 'Київ'],
    ['Вашингтон торопит Киев с ответом.', 'ukraine', 'Киев'],
  ])('%s', (text, id, want) => {
    expect(all(text, id)).toContain(want);
  });
  it.each([
    ['Generators keep Kyiv warm during the blackouts.', 'ukraine'],
    ['Power cuts kept Kyiv in the dark for hours.', 'ukraine'],
    ['Drones kept Kyiv on edge all night.', 'ukraine'],
  ])('the city: %s', (text, id) => {
    expect(all(text, id)).toEqual([]);
  });
});

describe('parties, a faction and hotels named after a state or Europe are no party', () => {
  it.each([
    ['Deputies of United Russia backed the bill, A Just Russia abstained.', 'russia'],
    ['Депутаты от «Единой России» поддержали закон.', 'russia'],
    ['«Справедливая Россия» воздержалась при голосовании.', 'russia'],
    ['Представник «Єдиної Росії» виступив у Думі.', 'russia'],
    ['По 12 голосів дали «Голос» і «Відновлення України».', 'ukraine'],
    ['Депутати групи «Восстановление Украины» утрималися.', 'ukraine'],
    ['Их вместе видели у гостиницы «Гранд Отель Европа».', 'europe'],
    ['Делегація зупинилася в готелі «Європа» у центрі міста.', 'europe'],
    ['He stayed at the Grand Hotel Europe in St Petersburg.', 'europe'],
    ['Песню крутят на «Европе Плюс».', 'europe'],
  ])('%s', (text, id) => {
    expect(all(text, id)).toEqual([]);
  });
  it.each([
    ['Відновлення України коштуватиме понад 500 млрд доларів.', 'ukraine', 'України'],
    ['Мир в Европе зависит от России.', 'europe', 'Европе'],
    ['Russia rejected the plan, a united Russia stance.', 'russia', 'Russia'],
  ])('still the party: %s', (text, id, want) => {
    expect(all(text, id)).toContain(want);
  });
});

describe('the US backstop and American backing for a European force', () => {
  it.each([
    ["Trump says the minerals deal is all the 'backstop' Ukraine needs.", 'backstop'],
    ['"We are a backstop," Trump said of the troops Europe would send to Ukraine.', 'backstop'],
    [
      'He wanted a promise that America would stand behind European troops sent to Ukraine.',
      'America would stand behind',
    ],
    [
      "Turning Europe's offer of troops into something Washington is willing to underwrite is hard.",
      'Washington is willing to underwrite',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'security-guarantees')).toContain(want);
  });
  it.each([
    ['The Irish backstop dominated the Brexit talks.'],
    ['The ECB acts as a liquidity backstop for banks.'],
    ["The EU is the backstop for Ukraine's budget next year."],
    ['Europe would be the backstop if Kyiv cannot pay its debt.'],
    ['American support for Ukraine has fallen in the polls.'],
    ['The Ukrainian army, backed by the US, retook the village.'],
    ['Israel is backed by the US in the Security Council.'],
    ['Підтримка США для української економіки скорочується.'],
  ])('not the guarantee: %s', (text) => {
    expect(ids(text, 'security-guarantees')).toEqual([]);
  });
  it.each([
    [
      'The British government said the US would stand behind a European reassurance force.',
      'US would stand behind',
    ],
    [
      'Allies hope the United States will underwrite the coalition of the willing.',
      'United States will underwrite',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'security-guarantees').join(' ')).toContain(want);
  });
  it.each([
    ['Voters stand behind Washington on tariffs.'],
    ['America would stand behind its own troops in Iraq.'],
  ])('not the backstop: %s', (text) => {
    expect(ids(text, 'security-guarantees')).toEqual([]);
  });
});

describe('one phrase, one mention keeps the parties the dropped half names', () => {
  it.each([
    ["Kyiv wants security guarantees similar to NATO's Article 5.", 'nato', 'NATO'],
    ["Ukraine seeks security guarantees akin to NATO's Article 5.", 'nato', 'NATO'],
  ])('%s', (text, id, want) => {
    expect(ids(text, 'security-guarantees')).toEqual(['security guarantees']);
    expect(all(text, id)).toEqual([want]);
  });
});

describe('security commitments and the question of guarantees', () => {
  it.each([
    ["Прямих безпекових зобов'язань Вашингтона в тексті немає.", "безпекових зобов'язань"],
    ["Україна отримала безпекові зобов'язання від партнерів.", "безпекові зобов'язання"],
    ["Київ наполягає на зобов'язаннях щодо безпеки України.", "зобов'язаннях щодо безпеки України"],
    ['США не взяли на себя обязательств в сфере безопасности Украины.', 'обязательств в сфере безопасности'],
    [
      'A US official said the deal has no security guarantees, and the question of guarantees remains open.',
      'question of guarantees',
    ],
    ['После атаки на Киев вопрос гарантий безопасности остается открытым.', 'гарантий безопасности'],
    ['Після переговорів про мирну угоду питання гарантій лишається відкритим.', 'питання гарантій'],
  ])('%s', (text, want) => {
    expect(ids(text, 'security-guarantees')).toContain(want);
  });
  it.each([
    ["Боргових зобов'язань угода не містить, зазначила міністерка."],
    ['The question of guarantees for the bank loan remains open.'],
    ['Банк взял на себя обязательства по безопасности вкладов в Казахстане.'],
  ])('not the guarantee: %s', (text) => {
    expect(ids(text, 'security-guarantees')).toEqual([]);
  });
});

describe('a dictator without elections; presidential and parliamentary votes', () => {
  it.each([
    ["Trump calls Zelenskyy a 'dictator without elections'", 'dictator without elections'],
    ['Trump called the Ukrainian leader a "dictator without elections".', 'dictator without elections'],
    ['Трамп назвав Зеленського «диктатором без виборів».', 'диктатором без виборів'],
    ['Трамп назвал Зеленского «диктатором без выборов».', 'диктатором без выборов'],
    [
      "Ukraine's presidential and parliamentary votes would normally have been held in 2024.",
      'presidential and parliamentary votes',
    ],
    [
      'Zelensky said parliamentary and presidential elections in Ukraine could follow a ceasefire.',
      'parliamentary and presidential elections',
    ],
    [
      'Президентські та парламентські вибори в Україні мали відбутися у 2024 році.',
      'Президентські та парламентські вибори',
    ],
    ['На Украине президентские и парламентские выборы отложены.', 'президентские и парламентские выборы'],
  ])('%s', (text, want) => {
    expect(ids(text, 'elections')).toContain(want);
  });
  it.each([
    ['Belarus held presidential and parliamentary votes under Lukashenko, a dictator without elections.'],
    ['The US presidential and parliamentary votes ... the midterms came first.'],
  ])('not Ukraine: %s', (text) => {
    expect(ids(text, 'elections')).toEqual([]);
  });
});

describe("a share of Ukraine's mineral wealth is the minerals deal", () => {
  it.each([
    [
      "A deal that would give the U.S. a share of Ukraine's mineral wealth.",
      "share of Ukraine's mineral wealth",
    ],
    ['Washington wants a stake in Ukrainian rare earths.', 'stake in Ukrainian rare earths'],
    ["Trump demanded half of Ukraine's natural resources.", "half of Ukraine's natural resources"],
    ['Ukraine would hand the US a share of its mineral resources.', 'share of its mineral resources'],
    ['США отримають частку українських корисних копалин.', 'частку українських корисних копалин'],
    [
      'Вашингтон хотел получить долю украинских редкоземельных металлов.',
      'долю украинских редкоземельных металлов',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'minerals-deal')).toContain(want);
  });
  it.each([
    ["Chile's share of its mineral resources exports rose."],
    ['Investors bought a stake in Ukrainian banks.'],
  ])('not the deal: %s', (text) => {
    expect(ids(text, 'minerals-deal')).toEqual([]);
  });
});

describe('the four regions Russia wants and their recognition «за Россией»', () => {
  it.each([
    [
      'Уиткофф доложил, что Кремль хочет получить четыре украинских региона — ДНР, ЛНР, Запорожскую и Херсонскую области.',
      'получить четыре украинских региона',
    ],
    ['Москва требует все четыре украинских области.', 'требует все четыре украинских области'],
    [
      'Путин претендует на четыре области, которые Украина контролирует частично.',
      'претендует на четыре области',
    ],
    ['Кремль хоче отримати чотири українські області.', 'отримати чотири українські області'],
    ['Russia wants all four Ukrainian regions it annexed in 2022.', 'wants all four Ukrainian regions'],
    [
      'Спецпосланник назвал признание за Россией этих территорий самым быстрым путем к миру на Украине.',
      'признание за Россией этих территорий',
    ],
    ['Вони обговорювали визнання за Росією окупованих територій.', 'визнання за Росією окупованих територій'],
    [
      "Witkoff backed recognising Russia's claim to the four regions of Ukraine.",
      "recognising Russia's claim to the four regions",
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'occupied-territories')).toContain(want);
  });
  it.each([
    ['Жители четырех областей Казахстана получили четыре региональных гранта.'],
    ['Власти хотят получить четыре новых самолета для авиакомпании.'],
    ['Признание за Россией права вето в СБ ООН никто не оспаривает.'],
  ])('not the land: %s', (text) => {
    expect(ids(text, 'occupied-territories')).toEqual([]);
  });
});

describe('American air defence systems for Ukraine', () => {
  it.each([
    [
      'Партнерство допоможе захищати українське небо завдяки американським системам протиповітряної оборони.',
      'американським системам протиповітряної оборони',
    ],
    ['Американські системи ППО захищатимуть українське небо.', 'Американські системи ППО'],
    ['Американские системы ПВО прикроют украинские города.', 'Американские системы ПВО'],
    // "US-made" is one word inside a gap (forty-ninth session): the waiting frame takes the whole phrase.
    [
      'Ukraine is waiting for more US-made air defence systems.',
      'waiting for more US-made air defence systems',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'military-aid')).toContain(want);
  });
  it.each([
    ['Israel relies on American air defense systems against Iran.'],
    ['Японія купує американські системи ППО.'],
  ])('not for Ukraine: %s', (text) => {
    expect(ids(text, 'military-aid')).toEqual([]);
  });
});
