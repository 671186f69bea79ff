/**
 * Russian parties, plans and proposals found missing by a third audit of Russian-language reporting
 * (34 paragraphs of 2025-26 news from RBC, Kommersant, Interfax, TASS, RIA Novosti, Vedomosti, Meduza,
 * Radio Svoboda, Gazeta.ru, Lenta and the Russian editions of RBC-Ukraine, TSN, Focus, Liga, Gordon,
 * Obozrevatel and Fakty): the US as «Штаты», the European Commission as «ЕК», a capital as the subject
 * past «на переговорах», a fixed phrase or an object pronoun («Вашингтон в конце концов их отменит»), «в
 * Киеве отмечают», the 20-point plan as «20-пунктный мирный план», the European plan as «12 пунктов
 * плана», «уступки территорий», recognising control «над Донетчиной», Russian assets «замороженных в…»
 * or «заблокированных в США», «поток оружия в Украину», concessions «по численности ВСУ» and «отмена
 * санкционной политики». Sentences written for this test, in the shapes the reporting used.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const found = (text: string) => matcher.find(text, { lang: 'ru' }).map((m) => `${m.id}: ${m.text}`);

const FOUND: [string, string, string][] = [
  // Parties.
  ['Документ подпишут отдельно Киев со Штатами и Москва со Штатами.', 'us', 'Штатами'],
  ['Штаты пока не ответили на письмо из Брюсселя.', 'us', 'Штаты'],
  ['Переговоры между Россией и Штатами продолжатся в марте.', 'us', 'Штатами'],
  ['Решение о кредите в ЕК отложили до саммита.', 'europe', 'ЕК'],
  ['Глава ЕК пообещала новый пакет помощи.', 'europe', 'ЕК'],
  ['Однако в Киеве отмечают, что без гарантий мир не устоит.', 'ukraine', 'Киеве'],
  ['В Москве подчеркивают, что не спешат с ответом.', 'russia', 'Москве'],
  ['Москва на переговорах в Женеве снова подняла вопрос Донбасса.', 'russia', 'Москва'],
  ['Киев на встрече с посланниками потребовал гарантий.', 'ukraine', 'Киев'],
  ['По его словам, Вашингтон в конце концов их отменит.', 'us', 'Вашингтон'],
  ['Москва в итоге отвергла этот вариант.', 'russia', 'Москва'],
  ['Киев его так и не подписал, но Киев его не отверг.', 'ukraine', 'Киев'],
  // Plans.
  [
    'Стороны обсуждают 20-пунктный мирный план и его подписание.',
    'us-ua-20-point-plan-2025-12',
    '20-пунктный мирный план',
  ],
  [
    'Делегации вернулись к двадцатипунктному мирному плану.',
    'us-ua-20-point-plan-2025-12',
    'двадцатипунктному мирному плану',
  ],
  [
    'Евросоюз разослал столицам 12 пунктов плана по прекращению войны.',
    'europe-12-point-2025-10',
    '12 пунктов плана',
  ],
  // Proposals.
  [
    'Военные ВСУ могут согласиться на уступки территорий только по приказу.',
    'occupied-territories',
    'уступки территорий',
  ],
  [
    'Москва ждёт признания контроля над Донетчиной и Луганщиной.',
    'occupied-territories',
    'признания контроля над Донетчиной и Луганщиной',
  ],
  [
    'Речь шла о признании суверенитета РФ над Донецкой и Луганской областями.',
    'occupied-territories',
    'признании суверенитета РФ над Донецкой и Луганской',
  ],
  [
    'ЕС обсуждает судьбу российских активов, замороженных в Бельгии.',
    'frozen-assets',
    'российских активов, замороженных',
  ],
  [
    'Стороны обсудят вопрос заблокированных в США российских активов.',
    'frozen-assets',
    'заблокированных в США российских активов',
  ],
  ['Генсек заверил, что поток оружия в Украину не прервется.', 'military-aid', 'поток оружия в Украину'],
  ['Кремль не готов к уступкам по численности ВСУ.', 'army-limits', 'уступкам по численности ВСУ'],
  [
    'В Москве ждут, что отмена санкционной политики США откроет путь к сделкам.',
    'sanctions-relief',
    'отмена санкционной политики',
  ],
];

/** Look-alikes: other states, a place, other numbers, other assets, other flows, a Russian army. */
const NOT_FOUND: [string, string][] = [
  ['В штатах Техас и Флорида прошли выборы.', 'us'],
  ['Он приехал в Москву на переговоры с партнерами.', 'russia'],
  ['Туристы в Москве на переговорах не бывают.', 'russia'],
  ['Москва на выходных встретила первый снег.', 'russia'],
  ['Китай опубликовал 12 пунктов плана по урегулированию кризиса.', 'europe-12-point-2025-10'],
  ['Поток беженцев в Европу вырос.', 'military-aid'],
  ['Уступки территорий застройщику обсуждали в мэрии.', 'occupied-territories'],
  ['Банк разморозил активы, замороженных клиентов стало меньше.', 'frozen-assets'],
  ['Уступки по численности российской армии никто не предлагал.', 'army-limits'],
  ['Отмена санкционной политики ВТО против Китая обсуждалась в Женеве.', 'sanctions-relief'],
];

describe('Russian names and rules from the third Russian audit', () => {
  it.each(FOUND)('%s -> %s', (text, id, surface) => {
    expect(found(text)).toContain(`${id}: ${surface}`);
  });
  it.each(NOT_FOUND)('%s -> no %s', (text, id) => {
    expect(found(text).filter((m) => m.startsWith(`${id}:`))).toEqual([]);
  });
});
