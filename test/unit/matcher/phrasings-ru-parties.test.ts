/**
 * Russian names of parties and people found missing by an audit of Russian-language reporting
 * (2025-26: Meduza, Kommersant, RBC, TASS, Interfax, Vedomosti, Gazeta.ru, Lenta, the Russian
 * editions of Ukrainian outlets and others): Germany as «ФРГ», the E3 («Е3», «евротройка»), the
 * Ukrainian government as «киевский режим» and «киевская сторона», Witkoff spelled with one «ф»,
 * Macron's first name as «Эмманюэль», a seat or capital whose people hold a view («В Кремле
 * исходят из того», «В Москве уверены»), and a capital pressed, blamed or backed («принудив Киев»,
 * «призвали Москву»). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const found = (text: string) => matcher.find(text, { lang: 'ru' }).map((m) => `${m.id}: ${m.text}`);

const FOUND: [string, string, string][] = [
  ['Канцлер ФРГ прибыл в Киев с визитом.', 'germany', 'ФРГ'],
  ['Правительство ФРГ выделит новый пакет помощи.', 'germany', 'ФРГ'],
  ['Лидеры стран Е3 подписали совместное заявление.', 'europe', 'Е3'],
  ['Группа E3 потребовала прекращения огня.', 'europe', 'E3'],
  ['Евротройка обсудила гарантии безопасности.', 'europe', 'Евротройка'],
  ['Представители евротройки прилетели в Вашингтон.', 'europe', 'евротройки'],
  ['Москва ждёт ответа от киевского режима.', 'ukraine', 'киевского режима'],
  ['Киевский режим снова отказался от диалога.', 'ukraine', 'Киевский режим'],
  ['Переговоры с киевским режимом пока невозможны.', 'ukraine', 'киевским режимом'],
  ['Киевская сторона так и не прислала ответ.', 'ukraine', 'Киевская сторона'],
  ['Предложение передали киевской стороне ещё в июле.', 'ukraine', 'киевской стороне'],
  ['Спецпосланник Стив Уиткоф вновь приедет в Москву.', 'witkoff', 'Стив Уиткоф'],
  ['Уиткофа приняли в Кремле.', 'witkoff', 'Уиткофа'],
  ['Дмитриев обсудил с Виткофом экономические проекты.', 'witkoff', 'Виткофом'],
  ['Эмманюэль Макрон созвонился с канцлером.', 'macron', 'Эмманюэль Макрон'],
  ['Лидеры выслушали Эмманюэля Макрона.', 'macron', 'Эмманюэля Макрона'],
  ['В Кремле исходят из того, что диалог продолжится.', 'russia', 'Кремле'],
  ['В Москве уверены, что санкции не сработают.', 'russia', 'Москве'],
  ['В Киеве полагают, что давление нужно усилить.', 'ukraine', 'Киеве'],
  ['Посланник хотел мира, принудив Киев к уступкам.', 'ukraine', 'Киев'],
  ['Лидеры призвали Москву прекратить огонь.', 'russia', 'Москву'],
  ['Европейцы обвинили Москву в затягивании переговоров.', 'russia', 'Москву'],
  ['Он предупредил Киев о последствиях отказа.', 'ukraine', 'Киев'],
  ['Союзники поддержали Киев в этом споре.', 'ukraine', 'Киев'],
];

/** Look-alikes: a timetable or a city's rules, not the government; people in a city, not its rulers. */
const NOT_FOUND: [string, string][] = [
  ['Киевский режим работы метро изменился с понедельника.', 'ukraine'],
  ['В городе действует киевский режим отключений света.', 'ukraine'],
  ['Туристы в Москве уверены, что погода наладится.', 'russia'],
  ['В Кремле прошли переговоры делегаций.', 'russia'],
  ['Ракеты обвинили в ударе по Киеву.', 'ukraine'],
];

describe('Russian party and people names from the audit', () => {
  it.each(FOUND)('%s -> %s', (text, id, surface) => {
    expect(found(text)).toContain(`${id}: ${surface}`);
  });
  it.each(NOT_FOUND)('%s -> no %s', (text, id) => {
    expect(found(text).filter((m) => m.startsWith(`${id}:`))).toEqual([]);
  });
});
