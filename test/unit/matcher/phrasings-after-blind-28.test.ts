/**
 * The twenty-eighth session's rules, each with look-alikes. NATO pledging not to "enlarge" was written
 * before the session's blind pairs 45–48 were read; everything else from their misses and wrong marks,
 * read after they were scored, so those pairs are no longer blind to it. Sentences written for the
 * test, in the ways reporters phrase each idea, none copied from the pairs.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

const CF = 'ceasefire';
const SR = 'sanctions-relief';
const MA = 'military-aid';
const FA = 'frozen-assets';
const SG = 'security-guarantees';
const CR = 'crimea-recognition';
const DW = 'donbas-withdrawal';
const EF = 'european-force';
const NA = 'nato-non-accession';

describe('NATO pledging not to enlarge', () => {
  checkCounts([
    [NA, 'Moscow wants a written promise that NATO will not enlarge any further to the east.', 1],
    [NA, 'The draft says NATO would no longer expand, a line Kyiv calls a gift to the Kremlin.', 1],
    // Look-alike: an enlargement that happened.
    [NA, 'NATO chose to enlarge in 2023, when Finland joined the alliance.', 0],
  ]);
});

describe('agreeing to stop fighting, and a halt to strikes in the air or at sea', () => {
  checkCounts([
    [CF, 'Trump said the penalties would stay until Russia agrees to stop fighting in Ukraine.', 1],
    [CF, 'Kyiv said it was ready to stop fighting along the front if Moscow did the same.', 1],
    [CF, 'Zelensky proposed a halt to strikes in the air and at sea as a first step with Russia.', 1],
    [CF, 'Ukraine offered a pause in attacks at sea while the talks with Russia went on.', 1],
    // Look-alikes: a boxer, and a halt at sea that is about trade.
    [CF, 'The boxer said he was not ready to stop fighting after his defeat in Las Vegas.', 0],
    [CF, 'The port reported a halt to shipments at sea because of the storm.', 0],
  ]);
});

describe('reconsidering the sanctions on Russia', () => {
  checkCounts([
    [SR, 'Rubio said the West may need to reconsider the penalties on Moscow to end the war.', 1],
    [SR, 'Some EU states want to revisit the sanctions against Russia once a ceasefire holds.', 1],
    // Look-alike: sanctions on another country.
    [SR, 'The council will reconsider the sanctions on Iran next month.', 0],
  ]);
});

describe('military help, arming the Ukrainians and helping Ukraine defend itself', () => {
  checkCounts([
    [MA, 'The administration is weighing whether to halt military help to Ukraine.', 1],
    [MA, 'Britain will go on giving military help to Kyiv for as long as it takes.', 1],
    [MA, 'Europe asked whether America would keep arming the Ukrainians this year.', 1],
    [MA, 'The allies pledged to help Ukraine defend itself against Russian strikes.', 1],
    [MA, 'Partners must help the Ukrainians defend themselves through the winter.', 1],
    // Look-alikes: help for Russia's war, and for another country.
    [MA, 'The ministers condemned military help to Russia from North Korea and Iran.', 0],
    [MA, 'Israel receives military help from Washington every year.', 0],
  ]);
});

describe('a loan backed by Russian assets', () => {
  checkCounts([
    [FA, 'Britain signed a £2.26bn loan backed by Russian assets to pay for arms.', 1],
    [FA, 'The EU is weighing a loan financed by Russia’s immobilised reserves.', 1],
    // Look-alike: a loan backed by something else.
    [FA, 'Kyiv took a loan backed by US guarantees to buy gas for the winter.', 0],
  ]);
});

describe('guarantees written as protection after the war', () => {
  checkCounts([
    [SG, 'Kyiv wants a postwar security arrangement strong enough to deter another Russian invasion.', 1],
    [SG, 'Zelensky said there would be no vote in Ukraine until security is guaranteed.', 1],
    [SG, 'Trump said Washington would help protect Ukraine once the fighting stops.', 1],
    [SG, 'It is unclear whether the US would help protect Ukraine after a deal with Russia.', 1],
    // Look-alikes: today's air defence, a force meant to secure Ukraine, an election guaranteed.
    [SG, 'The new Patriot batteries will help protect Ukraine from Russian missiles this winter.', 0],
    [SG, 'A multinational force meant to help secure Ukraine after a truce will be based in Kyiv.', 0],
    [SG, 'Zelensky said a fair vote in Ukraine must be guaranteed by observers.', 0],
  ]);
});

describe('ceding Crimea, in Ukrainian and Russian', () => {
  checkCounts([
    [CR, 'Зеленський вкотре пояснив, що Україна не може поступитися Кримом.', 1],
    [CR, 'Президент відмовився віддати Крим в обмін на перемир’я.', 1],
    [CR, 'Киев не собирается уступать Крым, заявил Сибига.', 1],
    // Look-alike: the peninsula handed to Soviet Ukraine in 1954.
    [CR, 'У 1954 році Хрущов вирішив віддати Крим до складу УРСР.', 0],
  ]);
});

describe('leaving the four regions, in every tense', () => {
  checkCounts([
    [DW, 'Путин требовал, чтобы Украина вывела войска из четырех регионов.', 1],
    [DW, 'Кремль хоче, щоб Україна вивела війська з чотирьох областей.', 1],
    [DW, 'Russia wants Ukraine to withdraw from the four regions it claims.', 1],
  ]);
});

describe('contingents deployed on Ukrainian territory, in Russian', () => {
  checkCounts([
    [EF, 'Лидеры обсудили размещение на украинской территории военных контингентов европейских стран.', 1],
    // Look-alike: Russian forces.
    [EF, 'Размещение на украинской территории российских войск названо оккупацией.', 0],
  ]);
});

describe('capitals and titles', () => {
  checkCounts([
    ['us', 'Зустріч планували на вівторок, проте у Вашингтоні ініціювали перенесення.', 1],
    ['us', 'За словами переговорника, у Вашингтоні налаштовані позитивно.', 1],
    ['russia', 'Путин заявил, что Москва искренне заинтересована в прекращении конфликта.', 1],
    ['russia', 'Це приклад того, що Київ і Москва здатні про щось домовитися.', 1],
    ['ukraine', 'Це приклад того, що Київ і Москва здатні про щось домовитися.', 1],
    // Look-alikes: a venue, a NATO title, a building left.
    ['us', 'У Вашингтоні відбулися переговори делегацій.', 0],
    ['europe', 'General Grynkewich, the Supreme Allied Commander Europe, briefed the chiefs.', 0],
    ['uk', 'A day later he left Downing Street with a fresh line of credit.', 0],
    ['uk', 'Downing Street said the talks had been useful.', 1],
  ]);
});
