/**
 * How Ukrainian and Russian reporters phrase a truce and a prisoner exchange beyond the plain nouns
 * ("перемир'я", "обмін полоненими"), taken from an audit of 2025-26 reporting by a dozen publishers
 * and written here in our own words: the families, not the sentences. A truce: a halt to fighting
 * with words between ("припинення морських бойових дій", "остановить все боевые действия"), any
 * person or a passive ("зупиняє", "мають бути призупинені", "будут приостановлены"), a pause in
 * the fighting, a halt to strikes on energy in Russian too, a halt to strikes on Kyiv or the
 * cities, and the Black Sea's safe navigation. An exchange: coming back from captivity or "неволя"
 * with any verb and a gap ("Україна визволила 205 військових з російського полону", "вернула из
 * плена"), captives brought home, civilians returned, a bare "обмін" next to the people it
 * returned, and handing over prisoners. The look-alikes share the words and must not count:
 * another war's truce or hostage swap, a Russia-US swap of convicts, bodies of the fallen, the
 * exchange of intelligence or views, refugees or children going home, a bus stop.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf, proposalFinder } from './real-data.ts';

const proposalsIn = proposalFinder();
const truces = (text: string) => mentionsOf('ceasefire', proposalsIn)(text).map((m) => m.text);
const swaps = (text: string) => mentionsOf('prisoner-exchange', proposalsIn)(text).map((m) => m.text);

/** Sentences that state a truce of this war (each must find `ceasefire`). */
const TRUCES: string[] = [
  // Ukrainian
  'Сторони погодилися на припинення морських бойових дій.',
  'Кремль повідомив про зупинку всіх військових дій на три дні.',
  'Москва заявила, що зупиняє всі бойові дії на Великдень.',
  'Путін наказав зупинити усі бойові дії до понеділка.',
  'На свята бойові дії мають бути призупинені, заявили в Кремлі.',
  'Будуть зупинені всі бойові дії з вечора суботи.',
  'Україна пропонує паузу в бойових діях на час переговорів.',
  'Сторони обговорювали призупинення ударів по енергетиці.',
  'Почав діяти мораторій на обстріл енергетики.',
  'Росія обіцяла припинити бити по енергосистемі України.',
  'Трамп попросив Путіна припинити удари по Києву на тиждень.',
  'Росія погодилася утриматися від атак по Україні до неділі.',
  'Мова йде про безпечне судноплавство в Чорному морі.',
  // Russian
  'Путин приказал остановить все боевые действия на Пасху.',
  'Российская армия приостанавливает все военные действия до понедельника.',
  'Боевые действия будут приостановлены на три дня.',
  'Стороны обсуждают паузу в боевых действиях.',
  'Москва ввела мораторий на удары по объектам энергетики.',
  'Кремль завершил мораторий на удары по энергетики.',
  'Путин согласился на неделю прекратить обстрелы украинских городов.',
  'Стороны договорились о безопасности судоходства в Черном море.',
];

/** Sentences that state a prisoner exchange or the return of this war's captives. */
const SWAPS: string[] = [
  // Ukrainian
  'Україна визволила двісті військових і цивільних з російського полону.',
  'Повертаємо додому ще сто наших захисників із російського полону.',
  'Сьогодні з ворожої неволі вдалося повернути 120 бійців.',
  'Влітку Україна повернула з неволі ще 84 людей.',
  'У межах обміну додому повернулися 90 українців.',
  'Після обміну полоненими додому повернули ще 50 людей.',
  'Вдалося обміняти наших побратимів, які були в полоні з 2022 року.',
  'Новий обмін повернув додому 300 військових.',
  'Звільнені з полону захисники вже проходять реабілітацію.',
  // Russian
  'Украина вернула из плена еще 200 военнослужащих.',
  'Из украинского плена возвращены 150 российских военных.',
  'Стороны передали друг другу по 300 военнопленных.',
  'В ходе обмена домой вернулись 84 человека.',
  'Новый обмен вернул из плена еще 120 защитников.',
];

/** Sentences that share the words and state neither of this war's truce nor its swap. */
const LOOK_ALIKES: string[] = [
  'Ізраїль і ХАМАС погодили зупинку бойових дій у Газі.',
  'Індія та Пакистан домовилися зупинити всі бойові дії на кордоні.',
  'Израиль и Хезболла приостановили боевые действия на юге Ливана.',
  'США та Росія провели обмін ув’язненими в Абу-Дабі.',
  'Россия и США провели обмен заключенными в Абу-Даби.',
  'Сторони провели обмін тілами загиблих військових.',
  'Россия и Украина провели обмен телами погибших военных.',
  'Україна відновила обмін розвідданими зі США.',
  'Міністри провели обмін думками щодо енергетики.',
  'Після навчання студенти повернулися додому.',
  'Евакуйовані люди повернулися додому в Харків.',
  'Депортованих дітей вдалося повернути додому.',
  'ХАМАС звільнив заручників з полону в Газі.',
  'Автобус зробив зупинку біля вокзалу.',
  'Сторони обмінялися ударами в мовній дискусії.',
  'Зупинка бойових дій у Судані так і не настала.',
  // another war named seven or eight words before the truce word
  'Міністр закордонних справ Пакистану заявив журналістам, що сторони домовилися про негайне припинення вогню.',
  'Ливан и Израиль, по словам посредников, в итоге согласовали режим прекращения огня.',
];

describe('uk/ru truce phrasings', () => {
  it.each(TRUCES)('finds a ceasefire in: %s', (text) => {
    expect(truces(text)).not.toEqual([]);
  });
});

describe('uk/ru prisoner-exchange phrasings', () => {
  it.each(SWAPS)('finds a prisoner exchange in: %s', (text) => {
    expect(swaps(text)).not.toEqual([]);
  });
});

describe('uk/ru truce and swap look-alikes', () => {
  it.each(LOOK_ALIKES)('finds neither in: %s', (text) => {
    expect([...truces(text), ...swaps(text)]).toEqual([]);
  });
});
