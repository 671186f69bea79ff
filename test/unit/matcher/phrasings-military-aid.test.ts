/**
 * How reporters write weapons and other military help for Ukraine in 2025–2026, in English,
 * Ukrainian and Russian: the July 2025 pause and resumption of US deliveries, the NATO PURL scheme
 * where allies buy US weapons for Kyiv, Patriot systems bought or sent by Germany, the Tomahawk
 * debate, arms packages, «Німеччина передасть Україні системи Patriot», «закупівля американської
 * зброї для України», «Україна купує зброю», «приобрести Patriot для Украины». Each sentence must
 * find `military-aid` at least once. The look-alikes share the words and must not find it: weapons
 * bought by or for other countries (Israel, Taiwan, Poland for its own army), Russia buying Iranian
 * or North Korean weapons, weapons sent to Russia, arms sales in trade news, Ukraine buying gas, aid
 * that is humanitarian or financial only, gas or diesel deliveries halted, things handed over that are
 * not weapons. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf, proposalFinder } from './real-data.ts';

const proposalsIn = proposalFinder();
const mentions = mentionsOf('military-aid', proposalsIn);
const aid = (text: string) => mentions(text).map((m) => m.text);

/** Sentences that state military help for Ukraine. */
const PHRASINGS: string[] = [
  // English: deliveries as verbs, the pause, purchases, packages, named systems
  'Trump is weighing whether to supply Ukraine with Tomahawk missiles.',
  'Germany will send Ukraine two more Patriot systems by the end of the year.',
  'Trump said he might send Kyiv Tomahawks if the war does not end.',
  'The allies pledged to provide Ukraine with more air defence this winter.',
  'Germany is ready to purchase Patriot systems from the US manufacturer for Ukraine.',
  'European governments will spend $1 billion on interceptors for Kyiv.',
  'Washington approved the first arms packages for Ukraine paid for by NATO members.',
  'Canada announced it would fund an arms package for Kyiv.',
  'The Pentagon paused deliveries to Ukraine of Patriot interceptors and precision shells.',
  'The White House said it would resume shipments to Kyiv next week.',
  'Ukraine can buy American air defence systems under the new scheme, Zelensky said.',
  'Kyiv will purchase Patriots worth billions of dollars with European money.',
  'More than 90 interceptors were delivered to Ukraine from stocks in Poland.',
  'The West must keep arming Ukraine, Rutte said.',
  'Europe pledged to arm Kyiv for years to come.',
  'Ukraine will get Tomahawks only if talks fail, Trump said.',
  'Washington announced a new aid package for Kyiv including air-defense munitions.',
  // Ukrainian
  'Трамп оголосив про відправку 17 систем Patriot до України.',
  'Питання ракет Tomahawk для України обговорили у Білому домі.',
  'Німеччина профінансує системи ППО для України.',
  'Пентагон відновив постачання Україні ракет Patriot.',
  'США поновили поставки Україні боєприпасів.',
  'Німеччина передасть Україні ще дві системи Patriot.',
  'Трамп розглядає можливість передачі Україні ракет Tomahawk.',
  'Норвегія поставить Україні систему ППО до кінця року.',
  'Партнери нададуть Україні нові зенітні ракети.',
  'Німеччина готова придбати системи Patriot для України.',
  'Нідерланди профінансують придбання ракет Patriot для ЗСУ.',
  'Канада виділить кошти на закупівлі озброєння для ЗСУ.',
  'Київ купує у США ракети Patriot.',
  'Україна щомісяця купуватиме зброю на суму мільярд доларів.',
  // Russian
  'Германия готова приобрести Patriot для Украины.',
  'Германия передаст Украине еще две системы Patriot.',
];

/** Sentences that share the words and state no military help for Ukraine. */
const LOOK_ALIKES: string[] = [
  'Israel will buy US weapons worth $8 billion.',
  'Taiwan plans to purchase American weapons including HIMARS.',
  'Poland will buy US weapons to defend itself.',
  'Germany buys Patriot systems for its own Bundeswehr.',
  'Russia buys Iranian drones and North Korean shells for the war against Ukraine.',
  'North Korean shells bound for Russia were used against Ukraine.',
  'Iran sent missiles to Russia which were fired at Ukraine.',
  'China supplies Russia with weapons components.',
  'Lockheed Martin sells arms to Saudi Arabia.',
  'Trump approved an arms package for Taiwan.',
  'The arms sale to Taiwan was approved by the State Department.',
  'Ukraine bought gas and electricity from Europe.',
  'The EU approved a new humanitarian aid package for Ukraine.',
  'The IMF approved a financial aid package for Kyiv.',
  'The EU agreed a €90 billion loan to Ukraine to cover its budget.',
  'Russia halted gas deliveries to Ukraine in 2009.',
  'Slovakia halted diesel deliveries to Ukraine after the pipeline attack.',
  'Gazprom halted deliveries to Ukraine in January 2009, cutting supplies to Europe.',
  'Russia halted deliveries to Ukraine, the state company said.',
  'Hungary may suspend electricity shipments to Ukraine, Budapest warned.',
  'Russia sent Ukraine a memorandum with its demands.',
  'Ukraine gets hit by missiles almost every night.',
  'Ukraine received a barrage of 40 missiles overnight.',
  'Congress approved an aid package for Israel including missiles.',
  'Russia launched missiles at Kyiv overnight.',
  'The long arm Ukraine’s security services reach is growing.',
  'Росія запустила ракети в Україну з Білорусі.',
  'Поставки Україні газу з Європи зросли.',
  'Росія випустила по Україні ракети та дрони.',
  'Росія перекидає зброю до України з окупованого Криму.',
  'Контрабанда зброї в Україну з Молдови припинилася.',
  'Польща купує американську зброю для власної армії.',
  'Ізраїль закуповує американську зброю.',
  'Росія купує ракети у КНДР для ударів по Україні.',
  'Росія купує зброю для війни проти України.',
  'КНДР передала росії снаряди, які б’ють по Україні.',
  'Росія передала Україні тіла загиблих військових.',
  'США готові надати Україні систему гарантій безпеки.',
  'Партнери передадуть Україні енергетичне обладнання.',
  'Україна купує газ у Європі.',
  'ЄС ухвалив пакет фінансової допомоги Україні.',
  'Россия закупает оружие у КНДР для войны против Украины.',
  'КНДР передала России ракеты.',
];

describe('military-aid phrasings', () => {
  it.each(PHRASINGS)('finds military aid in: %s', (text) => {
    expect(aid(text).length).toBeGreaterThan(0);
  });

  it.each(LOOK_ALIKES)('finds no military aid in: %s', (text) => {
    expect(aid(text)).toEqual([]);
  });

  it('vetoes a gapped weapons-for-Ukraine phrase where North Korea, Iran or Russia is the supplier (arms-not-for-russia)', () => {
    expect(aid('North Korea sent arms worth billions that Russia used for Ukraine strikes.')).toEqual([]);
    expect(aid('Iran shipped munitions that Moscow then used for Kyiv attacks.')).toEqual([]);
    expect(aid('Allies bought arms worth billions this year for Ukraine.')).toHaveLength(1);
  });
});
