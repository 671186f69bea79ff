/**
 * A second precision round, on ordinary whole news articles about the war and the talks (2025-26,
 * English, Ukrainian and Russian, kept outside the project), every mark read by hand. Each wrong
 * mark found there was traced to its cause and the cause fixed; the sentences here are written for
 * this test after the shape of the wrong ones, none copied. Each group pairs sentences that must no
 * longer find the entry with sentences of the same shape that still must:
 * - Trump's son ("Trump Jr.", «Трамп-молодший», «Трамп-младший») and his family as a whole ("the
 *   Trump family", «родина Трампа», «семья Трампа») are not the president;
 * - a capital that an attack befalls is the city, not its government: an English passive of attack
 *   ("Kyiv was attacked by cruise missiles", "has been hit", "is under attack"), and in Ukrainian and
 *   Russian a plural verb of attack after it («Київ атакували», «Киев обстреляли»); other passives
 *   ("Moscow was accused", "was hit by new sanctions") and singular verbs («Москва атакувала») keep
 *   the government.
 */
import { describe } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { type CountRow, checkCounts, realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const check = (rows: CountRow[]) => checkCounts(rows, matcher);

describe("Trump's son and family are not the president", () => {
  check([
    // The son alone, with or without the full stop, at the start of a sentence or after a clause.
    ['trump', 'Trump Jr. told the forum in Doha that his father could lose patience with Kyiv.', 0],
    ['trump', 'Although Trump Jr holds no post in the administration, he spoke at length about Ukraine.', 0],
    ['trump', 'Трамп-молодший припустив, що батько може вийти з переговорів щодо України.', 0],
    ['trump', 'Виступ Дональда Трампа-молодшого в Досі обговорювали в Києві.', 0],
    ['trump', 'Трамп-младший заявил, что отец может выйти из переговоров по Украине.', 0],
    ['trump', 'Слова Дональда Трампа-младшего о коррупции на Украине обсуждали в Киеве.', 0],
    // The family as a whole.
    ['trump', 'Zelensky thanked the envoys and sent his greetings to the whole Trump family.', 0],
    ['trump', 'Зеленський передав вітання всій родині Трампа.', 0],
    ['trump', 'Зеленский передал поздравления всей семье Трампа.', 0],
    // The president himself, next to them, still counts.
    ['trump', 'Zelensky sent greetings to Donald Trump and the entire Trump family.', 1],
    ['trump', 'Trump Jr. said that Trump may walk away from the peace talks on Ukraine.', 1],
    ['trump', 'Зеленський подякував Трампу і передав вітання родині Трампа.', 1],
    ['trump', 'Трамп-молодший сказав, що Трамп може вийти з переговорів.', 1],
    ['trump', 'Зеленский поблагодарил Трампа и передал привет семье Трампа.', 1],
    ['trump', "President Trump's envoy met Putin; Trump's son-in-law Jared Kushner was there too.", 2],
  ]);
});

describe('a capital under attack is the city', () => {
  check([
    ['ukraine', '“Kyiv was attacked by cruise missiles overnight,” the editor said as the talks went on.', 0],
    ['ukraine', 'Kyiv was struck again hours before the delegations met in Abu Dhabi.', 0],
    ['ukraine', 'Kyiv has been hit by hundreds of drones this month, the mayor said.', 0],
    ['ukraine', 'Kyiv is under attack again, the city administration warned.', 0],
    ['russia', 'Moscow was targeted by some 30 drones, the mayor said on Sunday.', 0],
    ['ukraine', 'Київ атакували балістичними ракетами, повідомив мер.', 0],
    ['ukraine', 'Київ знову обстріляли ракетами напередодні переговорів.', 0],
    ['ukraine', 'Киев атаковали дроны накануне переговоров в Абу-Даби.', 0],
    ['ukraine', 'Киев обстреляли ракетами, сообщили местные власти.', 0],
    // The government, in the same shapes.
    ['russia', 'Moscow was accused of breaking the energy truce, Zelensky said.', 1],
    ['russia', 'Moscow was hit by new US sanctions after the talks stalled.', 1],
    ['ukraine', 'Kyiv was ready to sign the framework, officials said.', 1],
    ['ukraine', 'Kyiv is under pressure to accept the terms.', 1],
    ['ukraine', 'Kyiv launched a drone attack on a refinery overnight.', 1],
    ['ukraine', 'Київ підтримали союзники на саміті в Парижі.', 1],
    ['russia', 'Москва атакувала енергетику попри перемир’я.', 1],
    ['russia', 'Москва обстреляла Харьков, заявил Зеленский.', 1],
  ]);
});
