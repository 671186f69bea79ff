/**
 * The thirtieth session's rules, each with look-alikes, written from the misses and wrong marks of blind
 * pairs 53–56 after they were scored (so those pairs are no longer blind to them). Sentences written
 * for the test, in the ways reporters phrase each idea, none copied from the pairs.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

const EU = 'europe';
const RU = 'russia';
const UA = 'ukraine';
const SG = 'security-guarantees';
const NN = 'nato-non-accession';
const EL = 'elections';
const RF = 'referendum';

describe('bodies and places named after the continent, and the commission of an EU story', () => {
  checkCounts([
    [EU, 'Київ і Рада Європи домовилися про спецтрибунал, а засідання пройшло в Палаці Європи.', 0],
    [EU, 'Украина и Совет Европы подписали соглашение о трибунале.', 0],
    [EU, 'The accord was signed at the Palace of Europe in Strasbourg.', 0],
    [EU, 'The commission wants member states to back the loan before the EU summit.', 2],
    [EU, 'Brussels tables a new sanctions package as the EU prepares for the summit.', 2],
    [EU, 'Von der Leyen said the Commission would present its proposal to the EU leaders.', 2],
    // Look-alikes: another commission, the act of committing, and no EU anywhere near.
    [EU, 'The EU backed the International Claims Commission, which will weigh claims for damage.', 1],
    [EU, 'Prosecutors documented the commission of war crimes near the EU border.', 1],
    [EU, 'The commission will review the claims lodged by Ukrainian families this year.', 0],
  ]);
});

describe('a country named for the rest of it, and the adjective of a place or body', () => {
  checkCounts([
    ['us', 'Non-US members of the alliance lifted their spending by a fifth.', 0],
    ['us', 'The US and its allies lifted their spending by a fifth.', 1],
    // "a non-NATO mission" still names the alliance whose mission it is not.
    ['nato', 'Peacekeepers should serve in a non-NATO mission, he said.', 1],
    ['france', 'The chiefs were still arguing as they left the French capital.', 0],
    ['uk', 'A missile damaged the offices of the British Council in Kyiv.', 0],
    // Still the country: the people as a party.
    ['france', 'The French said no to the plan, and the British agreed.', 1],
  ]);
});

describe('the seat of government speaking, saying again, refraining and ruling', () => {
  checkCounts([
    [RU, 'Ось чому в Москві говорять про «Задзеркалля».', 1],
    [UA, 'Саме тому в Києві повторюють, що армія важливіша за папір.', 1],
    [UA, 'В Киеве по-прежнему говорят о недельном моратории.', 1],
    [RU, 'В Кремле от громких оценок воздержались.', 1],
    [RU, 'Про повне припинення вогню Москва говорити не захотіла.', 1],
    [RU, 'Заявление прозвучало, когда Москва впервые за три года возобновила диалог.', 1],
    [UA, 'Путин предложил создать санитарную зону на подконтрольной Киеву территории.', 1],
    [UA, 'Обстріли тривають на підконтрольній Києву території.', 1],
    // Look-alikes: people of the city, a trip and a place to visit.
    [UA, 'В Киеве по-прежнему тепло, говорят синоптики.', 0],
    [UA, 'Туристи приїхали до Києва вперше за три роки.', 0],
    [RU, 'Москва відвідати не вдалося через погоду.', 0],
  ]);
});

describe('the army as the best guarantee, and Ukraine in the alliance', () => {
  checkCounts([
    [SG, 'Найкращою гарантією залишається сильна українська армія, повторює Зеленський.', 1],
    [SG, 'Лучшая гарантия — сильная армия, считают в Киеве.', 1],
    [SG, 'The best guarantee is a strong Ukrainian army, Zelensky told reporters.', 1],
    [NN, 'That is one of the reasons Ukraine wants to be in NATO.', 1],
    [NN, 'Moscow has long called Ukrainian membership in the alliance a red line for NATO.', 1],
    // Look-alikes: a guarantee of another kind, and a company's membership.
    [SG, 'The best guarantee of a good harvest is rain in May.', 0],
    [NN, 'The firm wants to be in the index by March.', 0],
  ]);
});

describe('another country’s vote, and a referendum the law requires', () => {
  checkCounts([
    [EL, 'Зеленський хоче завершити війну до проміжних виборів у США, які відбудуться в листопаді.', 0],
    [EL, 'Trump wants a deal before the midterm elections in the United States.', 0],
    [RF, 'Zelensky says ceding the rest of Donetsk would be illegal without a referendum in Ukraine.', 1],
    // Look-alike: Russia's votes of 2022, still vetoed.
    [RF, 'Russia staged illegal referendums in occupied Donetsk in 2022.', 0],
  ]);
});

// The second round of the session: blind pairs 57–60, read after they were scored.

describe('a time, not a truce; troops, not weapons', () => {
  checkCounts([
    ['ceasefire', 'Leaders will decide how to protect Ukraine once the fighting stops.', 0],
    ['ceasefire', 'Irish troops could serve in Ukraine if the fighting stops.', 0],
    ['ceasefire', 'Kyiv insisted that the fighting must stop before any talks on territory with Russia.', 1],
    ['military-aid', 'Moscow warned that any Western soldiers sent to Ukraine would be targets.', 0],
    ['military-aid', 'More interceptors and missiles will be sent to Ukraine this winter.', 1],
  ]);
});

describe('a force to deter, and peacekeeping in Ukraine', () => {
  checkCounts([
    [
      'european-force',
      'Dublin is open to peacekeeping in Ukraine but will not join a deterrent force against Russia.',
      2,
    ],
    ['european-force', 'Irish troops could serve in Ukraine under a UN mandate, Martin said.', 1],
    // Look-alikes: Russia's own troops, and deterrence by another means.
    ['european-force', 'Russian troops could serve in Ukraine for years, analysts warned.', 0],
    ['european-force', 'Nuclear weapons remain the deterrent of last resort, the minister said.', 0],
  ]);
});

describe('the Commission in Ukrainian and Russian, and more seats and capitals speaking', () => {
  checkCounts([
    [EU, 'У Комісії наголошують, що Україна готова відкрити кластери в ЄС.', 2],
    [EU, 'В Комиссии считают, что ЕС должен продлить санкции.', 2],
    [EU, 'Водночас у Брюсселі попередили, що реформи треба пришвидшити.', 1],
    [EU, 'У Брюсселі намагаються знайти рішення, а в Будапешті не поспішають.', 1],
    [EU, 'Венгрия уступила, лишь получив от Брюсселя заверения.', 1],
    ['us', 'В Вашингтоне перенос подтвердили, а Вашингтон напрямую разговаривает с Москвой.', 2],
    [RU, 'В Кремле тем временем дают понять, что спорных пунктов нет.', 1],
    [RU, 'Москва в последние недели работала над текстом вместе с американцами.', 1],
    [UA, 'Взамен Киев должен получить гарантии безопасности от Вашингтона.', 1],
    // Look-alikes: a parliamentary commission, a venue, a trip.
    [EU, 'Комісія з питань нацбезпеки Верховної Ради розгляне законопроєкт.', 0],
    [EU, 'Журналісти у Брюсселі зібралися біля будівлі.', 0],
    [UA, 'Делегация прилетела из Киева в последние дни.', 0],
  ]);
});
