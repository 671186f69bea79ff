/**
 * The thirty-fifth session's rules, each with look-alikes, written from the misses of blind pairs 65–68
 * (read after they were scored, so those pairs are no longer blind to them). Sentences written for
 * the test, in the ways reporters phrase each idea, none copied from the articles.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

const SR = 'sanctions-relief';
const NN = 'nato-non-accession';
const CF = 'ceasefire';

describe('a capital given money, brought to the table or springing a plan', () => {
  checkCounts([
    ['ukraine', 'The money would be paid out to Kyiv in two tranches.', 1],
    ['ukraine', 'Brussels wants a safer way to raise money for Kyiv next year.', 1],
    ['russia', 'The reserves could help bring Moscow to the table, he argued.', 1],
    ['russia', 'Only pressure will bring Moscow back to the negotiating table.', 1],
    ['us', 'It was the plan that Washington sprang on its allies last week.', 1],
    ['ukraine', 'The buffer zone is something Kyiv reads as occupation by another name.', 1],
    ['ukraine', 'The territory would be handed over to Kyiv after the vote.', 1],
    // Look-alikes: the city as a destination or a place.
    ['ukraine', 'The delegation flew back to Kyiv on Sunday night.', 0],
    ['russia', 'The train will bring tourists to Moscow by the weekend.', 0],
    ['russia', 'They bring Moscow tea to the table at every dinner.', 0],
  ]);
});

describe('Russian capitals and seats: a doubt, a question, waiting', () => {
  checkCounts([
    ['russia', 'Если Киев выберет перемирие, то Москва вряд ли станет в этом участвовать.', 1],
    ['russia', 'Дипломата спросили, устроит ли Москву такой формат.', 1],
    ['russia', 'В Кремле ждут, что Вашингтон поделится итогами встречи.', 1],
    ['russia', 'У Кремлі чекають на відповідь американців.', 1],
    // Look-alikes: the Kremlin as a building where something takes place, the city as a destination.
    ['russia', 'Туристы ждут у стен Кремля начала экскурсии.', 0],
    ['russia', 'Делегация вылетела в Москву вечером.', 0],
  ]);
});

describe('giving up NATO in Russian, and the alliance door shut', () => {
  checkCounts([
    [NN, 'Зеленский допустил, что Украина откажется от курса в НАТО.', 1],
    [NN, 'Москва требует документ о невступлении Украины в альянс.', 1],
    [NN, 'The draft would shut the alliance’s door to Kyiv for good.', 1],
    [NN, 'Washington refused to close the door on Ukraine’s NATO membership.', 1],
    // Look-alikes: other applicants, and a door that is not NATO's.
    [NN, 'Швеция откажется от нейтралитета и вступит в НАТО.', 0],
    [NN, 'Ukraine shut the door on talks with Moscow.', 0],
  ]);
});

describe('sanctions that can be lifted, and relief named as an adjective', () => {
  checkCounts([
    [SR, 'Белый дом составил список санкций, которые можно снять с России.', 1],
    [SR, 'Минфин готовит перечень ограничений, которые можно было бы ослабить в обмен на мир с Россией.', 1],
    [SR, 'Российская экономика сильно нуждается в санкционных послаблениях.', 1],
    [SR, 'Без ЕС даже полная отмена американских мер против России даст немного.', 1],
    [SR, 'Росія розраховує на санкційні послаблення від США.', 1],
    [SR, 'У Вашингтоні склали перелік санкцій, які можна зняти з Росії.', 1],
    // Look-alikes: sanctions imposed, and another country's sanctions lifted.
    [SR, 'Евросоюз утвердил санкции, которые ударят по российским банкам.', 0],
    [SR, 'США составили список санкций против Ирана, которые можно снять.', 0],
  ]);
});

describe('holiday and short truces, an army of a given size, assets kept immobilised', () => {
  checkCounts([
    [CF, 'Peskov said a New Year’s pause in Ukraine had not come up at all.', 1],
    [CF, 'Russia declared a three-day halt around Victory Day in Ukraine.', 1],
    [
      'army-limits',
      'План предусматривает армию мирного времени численностью 800 тыс. человек для Украины.',
      1,
    ],
    [
      'frozen-assets',
      'Leaders pledged to keep the Russian central bank’s assets immobilized while Ukraine rebuilds.',
      1,
    ],
    [
      'us-ua-geneva-19-point-2025-11',
      'The delegations said they had drafted an updated and refined peace framework.',
      1,
    ],
    // Look-alikes: a pause in another sense, and an army described without a number.
    [CF, 'Markets took a New Year’s pause before trading resumed.', 0],
    ['army-limits', 'Армия мирного времени нуждается в реформе, считают эксперты.', 0],
  ]);
});

describe('the US plan of November 2025 as "the 28 points"', () => {
  checkCounts([
    [
      'us-28-point-plan-2025-11',
      'After the Geneva talks in November, Putin said the 28 points could be a basis for peace in Ukraine.',
      1,
    ],
    // Look-alike: a basketball score.
    ['us-28-point-plan-2025-11', 'He scored the 28 points his team needed in November.', 0],
  ]);
});

describe('the second round (pairs 69–72): asides, parties named after a country, the Paris declaration by its subject', () => {
  checkCounts([
    ['russia', 'Война в Украине. Но в Кремле, утверждает он, признали, что Украина сохранит суверенитет.', 1],
    ['ukraine', 'На эту идею Киев, как утверждает министр, не отвечает больше месяца.', 1],
    ['ukraine', 'Еще в 2022 году Киев тогда соглашался не вступать в НАТО.', 1],
    ['russia', 'Война в Украине. В Москве это предложение приняли.', 1],
    ['ukraine', 'Схему обговорювали українські, європейські та американські посадовці.', 1],
    ['france', 'Mathilde Panot, who leads France Unbowed, spoke after the meeting.', 0],
    ['uk', 'Nigel Farage of Reform UK criticised the plan.', 0],
    ['germany', 'The Alternative for Germany criticised the plan.', 0],
    ['france', 'France could commit several thousand troops to the force.', 1],
    [
      'paris-declaration-2026-01',
      'The coalition of the willing met in Paris and adopted a declaration on security assurances for Ukraine.',
      1,
    ],
    [
      'paris-declaration-2026-01',
      'Коаліція охочих у Парижі ухвалила декларацію про гарантії безпеки для України.',
      1,
    ],
    ['army-limits', 'The coalition wants to keep Kyiv’s army at around 800,000 troops once the war ends.', 1],
    // Look-alikes: the G7's declaration of 2023, a promise not to attack again (a pact, not a truce).
    [
      'paris-declaration-2026-01',
      'In Vilnius in 2023 the G7 signed a declaration on security guarantees for Ukraine.',
      0,
    ],
    [
      'ceasefire',
      'Putin offered a written promise not to attack Ukraine or any other European country again.',
      0,
    ],
  ]);
});

describe('the third round (pairs 73–76): the Black Sea and energy truces, the plant, elections', () => {
  const CF = 'ceasefire';
  const ZN = 'zaporizhzhia-npp';
  const EL = 'elections';
  checkCounts([
    [CF, 'Both sides agreed with the U.S. to refrain from force in the Black Sea, Ukraine said.', 1],
    [CF, 'The parties will rule out the use of force at sea, the statement on Ukraine said.', 1],
    [CF, 'Moscow insists the energy pause with Ukraine began a week earlier.', 1],
    [CF, 'Putin agreed only to spare energy infrastructure in Ukraine for 30 days.', 1],
    [CF, 'Сибіга нагадав про домовленість щодо незавдавання ударів по енергетичній інфраструктурі.', 1],
    [ZN, 'Zelensky rejected a three-way split of the Russian-held nuclear plant in Enerhodar.', 1],
    [ZN, 'Trump said American ownership would protect the nuclear plant at Zaporizhzhia.', 1],
    [
      ZN,
      'Лихачев не видит смысла в совместном с украинской стороной управлении станцией, заявил он о ЗАЭС.',
      2,
    ],
    [EL, 'Zelensky said the push to put elections back on the agenda came from Washington, not Kyiv.', 1],
    [EL, 'В МИД заявили, что США вопрос о выборах на Украине поднимают постоянно.', 1],
    [EL, 'Галузин допустил перемирие, если Киев решится на выборы.', 1],
    // Look-alikes: a power plant that is not the Zaporizhzhia one, and an election elsewhere.
    [ZN, 'American ownership of the coal plant in Ohio was sold to investors.', 0],
    [EL, 'In Moldova the question of elections dominated the summer.', 0],
    [CF, 'The sale of an energy company was put on pause in Germany.', 0],
  ]);
});

describe('the fourth round (pair 79): EU membership named loosely', () => {
  const EU = 'eu-membership';
  checkCounts([
    [EU, 'Merz poured cold water on Ukraine’s hopes of entering the European Union in 2027.', 1],
    [
      EU,
      'Ukraine needs a longer-term perspective of membership, Merz told the Bundestag, speaking of the EU.',
      1,
    ],
    [EU, 'The Commission says Ukraine could be technically ready to join in 2027.', 1],
    [EU, 'Vucic said membership from January 1, 2027, was in the EU plan for Ukraine.', 1],
    // Look-alikes: goods entering the EU, and membership of NATO.
    [EU, 'By the end of 2026, no Russian aluminium can enter the EU, Brussels said.', 0],
    [EU, 'Kyiv wants a prospect of membership in NATO, not the EU, Rutte said.', 0],
  ]);
});

describe('the fourth round (pair 77): a stop at the front line, troops placed in Ukraine', () => {
  checkCounts([
    ['frontline-freeze', 'Київ і Європа виступають за зупинку на лінії фронту у війні з Росією.', 1],
    ['frontline-freeze', 'Европа предлагает остановку на линии соприкосновения в Украине.', 1],
    ['european-force', 'Москва не погодиться на розміщення в Україні військ країн НАТО.', 1],
    ['european-force', 'Кремль против размещения на Украине войск европейских стран.', 1],
    // Look-alikes: a bus stop, and Russia's own troops.
    ['frontline-freeze', 'Автобус зробив зупинку на лінії метро.', 0],
    [
      'european-force',
      'Росія збільшила присутність в Україні військ і техніки, заявили російські генерали.',
      0,
    ],
  ]);
});
