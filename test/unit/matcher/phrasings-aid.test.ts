/**
 * Weapons for Ukraine (`military-aid`) in the families reporters use, from an audit of some 130
 * real 2025–2026 sentences in English, Ukrainian and Russian (the July 2025 pause, PURL purchases,
 * Patriot, Gripen and Tomahawk deliveries), a third of them set aside and never tuned on. The shapes
 * the names had missed: "Ukraine-bound weapons", a single "arms shipment", "sending Kyiv US
 * stockpiles", European money "to buy US weapons", a package with its price between it and
 * Ukraine, "Ukraine needs interceptors", "deliveries from American stockpiles", "the sale to Kyiv
 * of", passives with no destination ("the first launchers have been delivered"), a hyphenated weapon after "delivery of" ("anti-aircraft missiles": a hyphen is a word in a gap); «оборонний пакет»,
 * drones or armour handed to Ukraine, Ukraine as the one that receives in the present tense and
 * with a wider gap («Україна щомісяця отримує озброєння»), «Україні буде надано», deliveries of
 * fighter jets («постачання бойових літаків Gripen»), the object before its verb in a question
 * («Скільки винищувачів зможе отримати Україна?»), the Tomahawk in Cyrillic («Томагавки»);
 * «закупка ракет для ВСУ», «поставлял Украине», «передать Украине истребители», «усилили ПВО
 * Украины», «системы ПВО для Украины». One phrase is now one mention ("military aid deliveries to
 * Ukraine", «передачу Украине ракет Tomahawk» were two). Sentences written for this test in those
 * shapes; no audited sentence is copied. The look-alikes share the words and must find nothing:
 * weapons for Israel or Taiwan, Russia buying or firing, a country's "own" army, heating systems,
 * airliners, the US Navy's Tomahawks, aid that is not arms.
 */
import { describe } from 'vitest';
import { type CountRow, checkCounts } from './real-data.ts';

const FOUND: CountRow[] = [
  // English
  ['military-aid', 'Kyiv-bound munitions sat in a Polish depot for two weeks.', 1],
  ['military-aid', 'A second arms shipment crossed the Polish border, Ukrainian officials said.', 1],
  ['military-aid', 'The Pentagon stopped military aid deliveries to Ukraine in March.', 1],
  ['military-aid', 'Critics say sending Kyiv American stockpiles weakens US readiness.', 1],
  ['military-aid', 'Ukraine’s envoy asked allies to fund the purchase of American interceptors.', 1],
  ['military-aid', 'Denmark has agreed to buy American systems for Ukraine.', 1],
  [
    'military-aid',
    'Germany paid for an air defence package worth €1.2 billion (£1 billion) for Ukraine last autumn.',
    1,
  ],
  ['military-aid', 'Ukraine needs interceptors before winter, its air force said.', 1],
  ['military-aid', 'Poland will speed deliveries from American stockpiles, Ukrainian officials said.', 1],
  ['military-aid', 'Washington cleared the sale to Kyiv of spare parts for its Patriot launchers.', 1],
  ['military-aid', 'Italy is supplying rockets to Ukraine.', 1],
  ['military-aid', 'Kyiv lobbied for the transfer of Tomahawk long-range missiles to Ukraine.', 1],
  ['military-aid', 'The first launchers have already been delivered, Ukraine’s defence minister said.', 1],
  ['military-aid', 'Kyiv is waiting for the delivery of anti-aircraft missiles, Zelensky said.', 1],
  // Ukrainian
  ['military-aid', 'Пісторіус анонсував новий оборонний пакет для України на 300 млн євро.', 1],
  ['military-aid', 'Нідерланди передали Україні ще 40 тисяч дронів.', 1],
  ['military-aid', 'Україна щомісяця отримує озброєння від партнерів.', 1],
  [
    'military-aid',
    'Союзники погодили передання двох німецьких систем IRIS-T, щоб захистити українські міста.',
    1,
  ],
  ['military-aid', 'Україні буде надано ще дві батареї ППО.', 1],
  ['military-aid', 'Вашингтон поки не погодив постачання «Томагавків» Україні.', 1],
  ['military-aid', 'Зеленський сподівається на Томагавки від США.', 1],
  ['military-aid', 'Стокгольм відклав постачання бойових літаків Gripen, повідомили в Україні.', 1],
  ['military-aid', 'Скільки винищувачів зможе отримати Україна цього року?', 1],
  // Russian
  ['military-aid', 'Германия выделит деньги на закупку американских ракет для ВСУ.', 1],
  ['military-aid', 'Трамп обсуждал передачу Украине ракет Tomahawk.', 1],
  ['military-aid', 'Вашингтон годами поставлял Украине снаряды.', 1],
  ['military-aid', 'Украина, по словам министра, получит новые системы Patriot.', 1],
  ['military-aid', 'Киев рассчитывает на получение «Томагавков».', 1],
  ['military-aid', 'Швеция готова передать Украине истребители Gripen.', 1],
  ['military-aid', 'Союзники усилили ПВО Украины перед зимой.', 1],
  ['military-aid', 'Норвегия ищет ракеты для ВСУ.', 1],
  ['military-aid', 'Сколько истребителей сможет получить Украина?', 1],
  ['military-aid', 'Норвегия оплатит поставку двух систем Patriot, сообщили в Киеве.', 1],
];

const LOOK_ALIKES: CountRow[] = [
  ['military-aid', 'Israel-bound weapons were loaded in Texas.', 0],
  ['military-aid', 'Russia’s supply of North Korean-made missiles worries Kyiv.', 0],
  [
    'military-aid',
    'Russia tried to buy American equipment through third countries, Ukrainian investigators said.',
    0,
  ],
  [
    'military-aid',
    'Poland will buy American missiles for its own army, officials said after a Ukrainian drone fell.',
    0,
  ],
  ['military-aid', 'Taiwan’s arms shipment from the US was delayed, a Ukrainian analyst noted.', 0],
  ['military-aid', 'Russia keeps sending missiles to Kyiv every night.', 0],
  ['military-aid', 'Norway will provide heating systems to Ukraine before winter.', 0],
  ['military-aid', 'Brussels will give Ukraine new border control systems.', 0],
  ['military-aid', 'Heating systems have been delivered to Kharkiv, Ukrainian officials said.', 0],
  ['military-aid', 'Ukraine needs money for its budget, Zelensky said.', 0],
  ['military-aid', 'A grain shipment left Odesa for Egypt, Ukrainian officials said.', 0],
  ['military-aid', 'Росія поставила в Україну понад 500 дронів за ніч.', 0],
  ['military-aid', 'ВМС США випустили Томагавки по Ірану, повідомили в Україні.', 0],
  [
    'military-aid',
    'Після війни українська авіакомпанія чекає постачання нових літаків Boeing, заявили в Україні.',
    0,
  ],
  ['military-aid', 'Україна отримає кредит від ЄС.', 0],
  ['military-aid', 'ВМС США выпустили «Томагавки» по Ирану, сообщили в Киеве.', 0],
  ['military-aid', 'Авиакомпания ждет поставки новых самолетов Airbus, сообщили в Киеве.', 0],
  ['military-aid', 'Германия передаст Украине системы отопления и генераторы.', 0],
  ['military-aid', 'США помогут с поставкой генераторов и системы отопления для Украины.', 0],
  ['military-aid', 'Россия укрепила ПВО Москвы, заявили в Киеве.', 0],
  ['military-aid', 'Какую помощь может получить Украина от МВФ?', 0],
];

describe('military aid in the families reporters use', () => checkCounts(FOUND));
describe('look-alikes of military aid', () => checkCounts(LOOK_ALIKES));
