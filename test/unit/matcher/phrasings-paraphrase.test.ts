/**
 * Proposals stated without their fixed phrase, from an audit (1 December 2026) of real reporting
 * on the talks of 2025 and early 2026 (the Geneva round of February 2026, Zelensky's BBC, Axios and
 * Kyodo interviews, the energy truce, the Paris declaration, Russia's demands on NATO, the US
 * licence for Russian oil of March 2026, the EU loan, the Zaporizhzhia plant; wire copy, UNN,
 * Radio Svoboda, Європейська правда, Interfax-Ukraine and the sites reprinting them, kept outside
 * the project). Reporters paraphrase: Kyiv "would not walk away from" Donetsk, a "pullout from
 * Donbas", "kept out of the alliance", "refrain from striking power plants", "Europe's largest
 * nuclear plant", "military hubs across Ukraine", "go to the polls", "a waiver to buy Russian oil",
 * "постачати ЗСУ озброєння", "щоб Крим вважали російським". Sentences written for this test; each
 * look-alike shares the new name's words (another war, another country, the past, a present fact,
 * a company) and must not give that proposal.
 */
import { describe, expect, it } from 'vitest';
import { proposalFinder } from './real-data.ts';

const proposalsIn = proposalFinder();
const idsIn = (text: string) => proposalsIn(text).map((m) => m.id);

/** [proposal id, a sentence that states it without the fixed phrase]. */
const PROPOSALS: [string, string][] = [
  // NATO: the alliance named by anaphor, entry, exclusion, a halt to its expansion.
  ['nato-non-accession', 'Moscow wants Ukraine kept out of the alliance for good, a demand NATO rejects.'],
  [
    'nato-non-accession',
    'Putin says he will never accept Kyiv joining the alliance, NATO diplomats were told.',
  ],
  [
    'nato-non-accession',
    'The draft says Ukraine will never become a member, and NATO would write that into its rules.',
  ],
  ['nato-non-accession', 'Washington is ready to keep Ukraine out of NATO under the deal.'],
  ['nato-non-accession', "Kyiv's entry into NATO is off the table, Witkoff said."],
  [
    'nato-non-accession',
    'Lavrov again demanded an end to NATO’s eastward expansion as part of any settlement.',
  ],
  ['nato-non-accession', 'NATO will not admit Ukraine as a member while the war goes on, Trump said.'],
  ['nato-non-accession', "Russia demands Ukraine's Nato exclusion in any peace deal."],
  ['nato-non-accession', 'Москва хоче, щоб Україна ніколи не вступила до Альянсу.'],
  ['nato-non-accession', 'За планом Україна залишиться поза НАТО після війни.'],
  ['nato-non-accession', 'НАТО не прийматиме Україну, доки триває війна, заявив Трамп.'],
  ['nato-non-accession', 'Захарова вимагала від НАТО скасувати обіцянку про майбутній вступ України.'],
  // The energy truce and a halt in the air, without "ceasefire".
  ['ceasefire', 'Washington proposed that both sides refrain from striking energy facilities for 30 days.'],
  ['ceasefire', 'Zelensky said Kyiv was ready not to hit Russian refineries if its power grid was spared.'],
  ['ceasefire', 'Leaders talked of a plan to silence the guns in Ukraine before winter.'],
  ['ceasefire', 'Kyiv offered a halt to air and sea attacks as a first step, Zelensky said.'],
  ['ceasefire', 'Zelensky proposed a moratorium on long-range strikes while talks with Russia continue.'],
  ['ceasefire', 'Київ погодився не бити по російських нафтопереробних заводах.'],
  // Donbas: walked away from, pulled out of, left; the fortress belt; imperfective and Russian verbs.
  [
    'donbas-withdrawal',
    'Zelensky said his army would not walk away from the part of Donetsk it still holds.',
  ],
  [
    'donbas-withdrawal',
    'Moscow demands that Kyiv pull its forces from the remaining fifth of Donetsk region.',
  ],
  [
    'donbas-withdrawal',
    'Ukrainians would never accept a unilateral pullout from Donbas, Zelensky told Axios.',
  ],
  ['donbas-withdrawal', 'The US option would have Ukrainian forces leave the areas of Donbas they control.'],
  [
    'donbas-withdrawal',
    'Russia wants Kyiv to hand over the fortress belt cities of Sloviansk and Kramatorsk.',
  ],
  ['donbas-withdrawal', 'Україна не виводитиме війська з підконтрольної частини Донбасу.'],
  ['donbas-withdrawal', 'Москва вимагає, щоб ЗСУ покинули решту Донеччини.'],
  ['donbas-withdrawal', 'Зеленський не обговорюватиме передачу окупантам частини Донеччини.'],
  [
    'donbas-withdrawal',
    'Россия настаивает, чтобы Украина вывела свои войска со всей территории Донецкой области.',
  ],
  // Territory: 1991 frontiers, all the land won back; land held on to.
  ['territorial-integrity', 'Kyiv has not dropped the goal of restoring the 1991 frontiers.'],
  ['territorial-integrity', 'Ukraine lacks the men to win back all the occupied land by force.'],
  ['territorial-integrity', 'Зараз Україні бракує зброї, щоб звільнити всі захоплені землі.'],
  ['occupied-territories', 'Russia would hold on to the territory it has taken in the south.'],
  ['occupied-territories', 'Москва збирається залишити за собою захоплені частини Запорізької області.'],
  // Crimea treated as Russian, Russian rule accepted.
  ['crimea-recognition', 'Under the plan Crimea would be treated as Russian, a concession Kyiv rejects.'],
  ['crimea-recognition', 'Washington would accept Russian rule over Crimea.'],
  ['crimea-recognition', 'Москва домагається, щоб Крим вважали російським.'],
  ['crimea-recognition', 'Росія хоче, щоб партнери визнавали Крим частиною рф за мирною угодою.'],
  // The line: where the armies stand, current positions.
  ['frontline-freeze', 'Zelensky wants to halt the war where the armies now stand, he told Kyodo.'],
  [
    'frontline-freeze',
    'Kyiv could accept the fighting being frozen along current positions in the south of Ukraine.',
  ],
  // The plant by description, its town, who would run it.
  ['zaporizhzhia-npp', 'The US wants control of Europe’s largest nuclear plant.'],
  ['zaporizhzhia-npp', 'Russia seized the largest nuclear power plant in Europe in March 2022.'],
  ['zaporizhzhia-npp', 'IAEA staff remain at the nuclear plant in Enerhodar.'],
  ['zaporizhzhia-npp', 'In the Zaporizhzhia talks Moscow insisted on running the plant itself.'],
  ['zaporizhzhia-npp', 'Сторони обговорювали долю найбільшої в Європі АЕС.'],
  ['zaporizhzhia-npp', 'Вашингтон хоче контролювати найбільшу атомну електростанцію Європи.'],
  ['zaporizhzhia-npp', 'Росія хоче зберегти контроль над станцією в Енергодарі.'],
  // The foreign force: hubs, troops inside Ukraine, a European-led force, soldiers on Ukrainian land.
  ['european-force', 'Britain and France would set up military hubs across Ukraine after a deal.'],
  ['european-force', 'The coalition plans to station troops inside Ukraine once a deal is signed.'],
  ['european-force', 'A European-led force would deter another attack on Ukraine.'],
  ['european-force', 'Британія та Франція створять військові хаби по всій країні.'],
  ['european-force', 'Партнери готові розмістити своїх військових на українській землі.'],
  // Guarantees: defence if Russia attacks again, a mutual defence clause, a security pact.
  ['security-guarantees', 'Kyiv wants partners ready to come to its defence, Zelensky said in Ukraine.'],
  ['security-guarantees', 'Kyiv asks who will defend Ukraine if Russia attacks again.'],
  ['security-guarantees', 'Allies pledged to help protect Ukraine against any future attack.'],
  ['security-guarantees', 'Washington offered Kyiv a mutual defence clause modelled on NATO’s.'],
  ['security-guarantees', 'Ukraine and the US are close to a 15-year security pact.'],
  ['security-guarantees', 'Партнери мають прийти на допомогу Україні в разі повторного нападу.'],
  // Weapons: deliveries, named systems, supplies in Ukrainian.
  ['military-aid', 'Trump halted deliveries of US weapons for several weeks, Kyiv said.'],
  ['military-aid', 'Germany pledged more Patriots for Ukraine this winter.'],
  ['military-aid', 'Союзники пообіцяли й надалі постачати зброю, заявив Зеленський.'],
  // Elections: the polls, a new president, a presidential vote, readiness.
  ['elections', 'Trump said it was time for Ukraine to go to the polls.'],
  ['elections', 'Moscow argues Ukraine should choose a new president before any deal.'],
  ['elections', 'A presidential vote in Ukraine could follow a 60-day pause in fighting.'],
  ['elections', 'Зеленський заявив, що готовий до виборів протягом 90 днів.'],
  // Sanctions: pressure on oil exports eased, a waiver or licence to buy Russian oil.
  ['sanctions-relief', "The move would ease the pressure on Moscow's oil exports, Kyiv warned."],
  [
    'sanctions-relief',
    'The Treasury issued a waiver allowing purchases of Russian oil already at sea, angering Kyiv.',
  ],
  ['sanctions-relief', 'Washington could allow India to buy Russian crude without penalties, Zelensky said.'],
  ['sanctions-relief', 'US sanctions on Russian energy could be loosened after a peace deal.'],
  ['sanctions-relief', 'Moscow wants its banks reconnected to the global payments system.'],
  ['sanctions-relief', 'Зеленський застеріг, що дозвіл купувати російську нафту збагатить рф.'],
  [
    'sanctions-relief',
    'У Вашингтоні обговорюють пом’якшення тиску на російський нафтовий експорт, що тішить кремль.',
  ],
  ['sanctions-relief', 'Київ закликав не послаблювати санкційний тиск на москву.'],
  ['sanctions-relief', 'Трамп пообіцяв зняти частину нафтових обмежень проти росії.'],
  // Frozen assets: Moscow's, held in Euroclear, blocked or immobilised.
  ['frozen-assets', "The EU will keep Moscow's sovereign assets frozen until Russia pays."],
  ['frozen-assets', "Most of Moscow's money held in Belgium stays untouched."],
  ['frozen-assets', 'ЄС вирішив не чіпати заблоковані кошти російського Центробанку, щоб не дратувати рф.'],
  ['frozen-assets', 'Російські активи залишаються знерухомленими до виплати репарацій.'],
  // Minerals: the pact, the fund, a share of the revenue, access to the subsoil.
  ['minerals-deal', "Ukraine's resources pact gives Washington a share of future revenue."],
  ['minerals-deal', 'Profits go into the US-Ukraine investment fund.'],
  ['minerals-deal', "Trump wants a share of revenue from Ukraine's critical minerals, Zelensky said."],
  ['minerals-deal', 'Угода дасть США доступ до корисних копалин України.'],
  // Second pass (the Istanbul, Alaska and Geneva coverage): land Kyiv holds, fighting halted, a
  // fifth of the territory ceded, control solidified, the loss of Crimea, SWIFT, Russian money,
  // elections after the signing or the fighting, land won back, an army to be reduced.
  ['donbas-withdrawal', 'Kyiv will not give up land it holds, Zelensky said.'],
  ['donbas-withdrawal', 'Ukraine will not withdraw from land it currently controls, Zelensky said.'],
  ['donbas-withdrawal', 'Putin would agree to a truce if Kyiv withdrew from the Donbass region.'],
  [
    'donbas-withdrawal',
    'Трамп сказав, що мир настане, якщо Зеленський виведе війська з неокупованої території Донбасу.',
  ],
  ['donbas-withdrawal', 'Зеленський відкинув план передачі непідкорених територій окупантам.'],
  ['ceasefire', 'Putin said he would halt fighting if Kyiv withdrew.'],
  ['ceasefire', 'рф торгується за кожен день енергетичної паузи.'],
  ['occupied-territories', 'Ceding about one-fifth of its territory would be painful for Ukraine.'],
  ['occupied-territories', "The deal would solidify Moscow's control over seized territories."],
  ['occupied-territories', 'Київ не віддасть жодного метра землі.'],
  ['crimea-recognition', 'Russia wants Kyiv to acknowledge the loss of Crimea in any peace deal.'],
  ['nato-non-accession', 'Russia wants to keep Ukraine out of the alliance.'],
  ['nato-non-accession', 'Росія вимагає закріпити нейтралітет України в угоді.'],
  ['sanctions-relief', "The deal would ease the pressure on Moscow's oil exports."],
  ['sanctions-relief', 'Russia wants back into SWIFT as part of a deal.'],
  ['sanctions-relief', 'Москва хоче повернення до SWIFT для своїх банків.'],
  ['frozen-assets', 'The EU debated using Russian money to rebuild Ukraine.'],
  ['frozen-assets', 'ЄС відмовився використати російські гроші для відбудови України.'],
  ['frozen-assets', 'Кошти рф, заморожені в Європі, залишаться недоторканими.'],
  ['elections', 'The draft foresees elections within 100 days of signing the agreement, Zelensky said.'],
  ['elections', 'Zelensky says elections could come once the fighting ends.'],
  ['elections', 'Вибори мають відбутися через 100 днів після підписання угоди, заявив Зеленський.'],
  ['territorial-integrity', 'Kyiv wants all occupied land back.'],
  ['army-limits', "Ukraine's armed forces would be reduced under the Russian plan."],
  ['security-guarantees', "Kyiv wants guarantees similar to NATO's collective defence."],
  ['european-force', 'Росія не погодиться на жодних військових НАТО в Україні.'],
  ['european-force', 'Коаліція готова розгорнути сили безпеки в Україні після припинення вогню.'],
  ['military-aid', 'Партнери і надалі системно підтримуватимуть Україну озброєнням.'],
  ['european-force', 'Київ погодиться на мир лише з присутністю європейських миротворчих військ у країні.'],
];

/** [proposal id, a sentence with the new name's words that must not give it]. */
const LOOK_ALIKES: [string, string][] = [
  ['nato-non-accession', 'Finland joined the alliance in 2023, doubling NATO’s border with Russia.'],
  ['nato-non-accession', 'Sweden had long stayed out of the alliance, NATO historians note.'],
  ['nato-non-accession', 'NATO leaders met in The Hague; Ukraine could become a member of the EU by 2030.'],
  ['nato-non-accession', "NATO will not take Ukraine's side in the grain dispute, the official said."],
  ['nato-non-accession', "Moldova's entry into NATO is not on the agenda."],
  ['nato-non-accession', 'Фінляндія та Швеція вступили до Альянсу після 2022 року.'],
  ['ceasefire', 'Dockers agreed to refrain from striking until the pay talks resume.'],
  ['ceasefire', 'Israel and Iran agreed to silence the guns after twelve days of war.'],
  ['ceasefire', 'The Gaza deal brought a halt to air and sea attacks on Rafah.'],
  ['ceasefire', 'ЗСУ продовжать бити по російських нафтопереробних заводах, заявив Сирський.'],
  ['donbas-withdrawal', 'Families keep leaving towns in the Donbas as shelling intensifies.'],
  ['donbas-withdrawal', 'The crew pulled a damaged tank out of a village in Donetsk region.'],
  ['donbas-withdrawal', 'Волонтери виводять дітей з прифронтових сіл Донеччини.'],
  ['territorial-integrity', 'Farmers in Kenya hope to win back all the land lost in the floods.'],
  ['occupied-territories', 'The club will hold on to the trophy it has taken.'],
  ['occupied-territories', 'Компанія залишить за собою право на ці землі.'],
  ['crimea-recognition', 'Most Russians regard Crimea as Russian, a Levada poll found.'],
  ['crimea-recognition', 'The Tatars never accepted Russian rule over Crimea after 1783.'],
  ['crimea-recognition', 'Більшість росіян вважає Крим російським, свідчить опитування.'],
  ['frontline-freeze', 'The convoy halted near the village where the troops are based, in Mali.'],
  ['frontline-freeze', 'Mortgage rates were frozen at current positions by the bank.'],
  ['zaporizhzhia-npp', 'Europe’s largest solar plant opened in Portugal.'],
  ['zaporizhzhia-npp', 'The company will run the plant in Ohio from June.'],
  ['zaporizhzhia-npp', 'Russia controls the plant, the nuclear agency said.'],
  ['zaporizhzhia-npp', 'У Португалії відкрили найбільшу в Європі сонячну електростанцію.'],
  ['european-force', 'Poland will host a US-led force on its eastern flank.'],
  ['european-force', 'A French-led force was deployed to Mali in 2013.'],
  ['european-force', 'Russian commanders send troops into Ukraine through Belarus.'],
  ['european-force', 'Польща розширює військові хаби для постачання зброї.'],
  ['european-force', 'росія розмістила ракети на українській землі ще у 2014 році.'],
  ['security-guarantees', "Ukraine's army will defend the city if Russia attacks again."],
  ['security-guarantees', "NATO's mutual defence clause protects Estonia."],
  ['security-guarantees', 'Japan and the Philippines signed a security pact.'],
  ['security-guarantees', 'ЗСУ захистять місто в разі нового нападу.'],
  ['military-aid', 'Iran has stepped up deliveries of missiles to Russia, Ukrainian officials say.'],
  ['military-aid', 'The Patriots beat the Jets 24-10 in New Jersey.'],
  ['military-aid', 'КНДР постачає росії снаряди для війни проти України.'],
  ['elections', 'Poland will go to the polls in May to choose a new president.'],
  ['sanctions-relief', 'The waiver lets India buy Iranian oil for six months.'],
  ['sanctions-relief', "The US lifted restrictions on Iran's oil exports under the deal."],
  ['sanctions-relief', 'США дозволили купувати венесуельську нафту.'],
  ['frozen-assets', "Iran's frozen funds held in Qatar will be released."],
  ['minerals-deal', 'Saudi Arabia and Qatar set up a joint investment fund.'],
  ['minerals-deal', 'Канада отримала доступ до корисних копалин Гренландії.'],
  ['donbas-withdrawal', 'Israel will not withdraw from land it holds in Syria.'],
  ['ceasefire', 'The teacher asked the boys to halt fighting in the yard.'],
  ['ceasefire', 'Після удару по Ірану настала енергетична пауза на ринку нафти.'],
  ['occupied-territories', 'Mexico ceded roughly one-half of its territory in 1848.'],
  ['occupied-territories', 'The rebels moved to solidify their control over territories in Sudan.'],
  ['occupied-territories', 'Фермер з Канади не віддасть жодного метра землі забудовнику.'],
  ['crimea-recognition', 'Many Russians could not accept the loss of Crimea in 1991.'],
  ['nato-non-accession', 'Turkey wanted to keep Sweden out of the alliance.'],
  ['nato-non-accession', 'Швейцарія зберігає нейтралітет століттями.'],
  ['sanctions-relief', 'Iran wants back into SWIFT after the nuclear deal.'],
  ['frozen-assets', 'Using Russian money laundered through Cyprus, the gang bought villas.'],
  ['frozen-assets', 'Кошти Ірану, заморожені в Кореї, повернуть.'],
  ['elections', 'Georgia held elections weeks after signing the EU agreement.'],
  ['elections', 'Вибори в Молдові відбулися після підписання угоди з ЄС.'],
  ['territorial-integrity', 'The club wants its lost territory back in the league.'],
  ['army-limits', "Russia's armed forces would be reduced after the war, analysts say."],
  ['security-guarantees', "Japan's treaty with the US is similar to NATO's collective defence."],
  ['european-force', 'Литва вітає присутність європейських бойових військ у Прибалтиці.'],
  ['european-force', 'Ізраїль має розгорнути сили безпеки на кордоні з Ліваном.'],
  ['military-aid', 'Іран допомагає росії зброєю та дронами.'],
];

describe('proposals stated without their fixed phrase (paraphrase audit)', () => {
  it.each(PROPOSALS)('%s: %s', (id, text) => {
    expect(idsIn(text)).toContain(id);
  });

  it.each(LOOK_ALIKES)('no %s in: %s', (id, text) => {
    expect(idsIn(text)).not.toContain(id);
  });
});
