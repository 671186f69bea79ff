/**
 * The thirty-sixth session's rules, each with look-alikes, written from the misses of blind pairs 78
 * and 80 (read after they were scored, so those pairs are no longer blind to them) and of the session's
 * own blind rounds. Sentences written for the test, in the ways reporters phrase each idea, none
 * copied from the articles.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/matcher/tokenize.ts';
import { checkCounts } from './real-data.ts';

const PX = 'prisoner-exchange';
const SR = 'sanctions-relief';

describe('a capital cleared to act, or whose demand it is', () => {
  checkCounts([
    ['ukraine', 'Reports said Washington had cleared Kyiv to strike targets inside Russia.', 1],
    ['ukraine', 'London authorised Kyiv to use the missiles on Russian soil.', 1],
    ['ukraine', 'A ceasefire first remains a core demand of Kyiv and its partners.', 1],
    ['russia', 'The paper sets out the position of Moscow on the talks.', 1],
    // Look-alikes: a road cleared in the city, the demand of a city's people.
    ['ukraine', 'Crews cleared Kyiv streets of snow overnight.', 0],
    ['ukraine', 'Cheaper fares are a demand of Kyiv residents.', 0],
  ]);
});

describe('Russian and Ukrainian capitals: "never did", and a time before the seat', () => {
  checkCounts([
    ['russia', 'Обещанных списков Москва так и не получила.', 1],
    ['ukraine', 'Київ так і не відповів на пропозицію.', 1],
    ['russia', 'В ноябре в Кремле говорили, что контакты продолжаются.', 1],
    ['ukraine', 'Минулого тижня у Києві заявили, що план неприйнятний.', 1],
    ['ukraine', 'У Києві вважали, що зустріч відбудеться.', 1],
    // Look-alikes: a time, then events held in the city.
    ['russia', 'В ноябре в Москве прошли концерты.', 0],
    ['ukraine', 'Минулого тижня у Києві відкрили новий міст.', 0],
  ]);
});

describe('captives handed over, returned and exchanged, not letters passed on', () => {
  checkCounts([
    [PX, 'Москва передала Киеву 84 военнопленных в обмен на своих.', 1],
    [PX, 'После переговоров в Стамбуле из плена вернулись около 1,2 тыс. военнослужащих.', 1],
    [PX, 'Мы предлагаем провести широкомасштабные обменные процессы с пленными.', 1],
    [PX, 'Обмінний процес полоненими триватиме кілька днів.', 1],
    [PX, 'Україна повернула 150 військовослужбовців з полону, повідомив Коордштаб.', 1],
    // Look-alikes: letters for prisoners, soldiers back from leave, a currency exchange.
    [PX, 'Стороны передали друг другу письма для пленных.', 0],
    [PX, 'После отпуска в часть вернулись 20 военнослужащих.', 0],
    [PX, 'Обменный курс валют изменился за неделю.', 0],
  ]);
});

describe('sanctions that come off', () => {
  checkCounts([
    [SR, 'Trump said the sanctions on Russia could come off once a peace deal is signed.', 1],
    [SR, 'Moscow hopes the penalties would come off once a deal is signed.', 1],
    // Look-alikes: a lid that comes off, and sanctions kept.
    [SR, 'The gloves came off in the debate on Ukraine.', 0],
    [SR, 'The sanctions on Russia will not come down soon.', 0],
  ]);
});

describe('a shortened number word does not end the sentence', () => {
  it('keeps «тыс.» and «млн.» inside the sentence when it goes on in lower case', () => {
    const tokens = tokenize('Вернулись около 2,3 тыс. военнослужащих. Итог: 1 млн. Новый абзац');
    const gapBefore = (word: string) => tokens.find((t) => t.key === word)?.gap;
    expect(gapBefore('военнослужащих')).toBe(0);
    // A no-break space between the number and its word, as Russian typesetting has it.
    expect(tokenize('около 12\u00a0тыс. тел погибших').find((t) => t.key === 'тел')?.gap).toBe(0);
    // A capital after the dot is a new sentence.
    expect(gapBefore('новый')).toBe(2);
  });
});

describe('the fifth round (pairs 81–84): the front line where the armies stand, Donbas handed over', () => {
  const FF = 'frontline-freeze';
  checkCounts([
    [FF, 'Trump said Russia and Ukraine should just stop at the lines where they are and go home.', 1],
    [FF, 'Kyiv agreed that talks on Ukraine should start from where the armies now stand.', 1],
    [FF, 'The Kremlin has rejected a halt in place that ignores the root causes of the war in Ukraine.', 1],
    ['donbas-withdrawal', 'Trump pressed Zelensky to hand Vladimir Putin the entire Donbas.', 1],
    // Look-alikes: a queue, hikers, and a halt of another kind.
    [FF, 'Fans should stop at the lines where they are told to wait, the stadium said.', 0],
    [FF, 'The hikers will start from where the trails meet.', 0],
  ]);
});

describe('the fifth round: Moscow’s list, neutrality, captives traded, the alliance by another name', () => {
  checkCounts([
    ['nato-non-accession', 'The treaty would have Ukraine declare itself neutral, Moscow says.', 1],
    ['non-nuclear-status', 'Ukraine would stay free of nuclear weapons under the peace plan.', 1],
    [
      PX,
      'The two sides agreed in Istanbul to trade their youngest and most badly wounded prisoners of war.',
      1,
    ],
    ['nato', 'Ukraine must abandon its bid to join the Atlantic alliance, Putin said.', 1],
    [
      'language-religion',
      'Moscow wants Ukraine neutral and the laws that squeezed out the Russian language undone.',
      1,
    ],
    // Look-alikes: a historical state, another country declaring itself neutral, a transatlantic alliance.
    ['germany', 'Russia marked the Soviet victory over Nazi Germany with a parade.', 0],
    ['nato-non-accession', 'Switzerland declared itself neutral in 1815.', 0],
    ['nato', 'The transatlantic alliance of business groups met in Brussels.', 0],
  ]);
});

describe('the fifth round: Russian and Ukrainian capitals made clear, informed, the same day', () => {
  checkCounts([
    ['us', 'Как следует из его слов, в Вашингтоне ясно дали понять, что НАТО не будет.', 1],
    ['russia', 'Песков уточнил, что Вашингтон не информирует Москву о ходе переговоров.', 1],
    ['russia', 'В Кремле в тот же день назвали главный вопрос.', 1],
    ['occupied-territories', 'Росія вимагає визнання п’яти українських регіонів російськими.', 1],
    // Look-alikes: the same day in a venue, and regions recognised for something else.
    ['russia', 'В Кремле в тот же день прошел концерт.', 0],
    ['occupied-territories', 'ЮНЕСКО оголосило про визнання п’яти українських регіонів туристичними.', 0],
  ]);
});
