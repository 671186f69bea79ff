/**
 * Territory as reporters paraphrase it, in English, Ukrainian and Russian: the shapes a twenty-first
 * session audit of 96 real 2025-26 excerpts (AP, Reuters, CNN, USA Today, NBC, the Kyiv Independent,
 * UNIAN, 24 Kanal, Komentari, Lenta, RBC, Kommersant, Life, Holod and others, read in copies) showed
 * missing: a demand for "control over the remaining … of Donetsk", Ukraine offering or trading
 * Donbas "in exchange for", "hand Moscow the rest of Donetsk", "securing the entire Donbas", land
 * concessions "in Donbas", withdrawing from the regions Russia claims («из областей, на которые
 * претендует Россия», «з областей, які Росія оголосила своїми»), "cede the parts of the east it still
 * holds", «поступитися рештою Донбасу», «передачу москві Донеччини», «відступу з Донбасу не буде»,
 * «отказался от Донбасса», «Киев должен освободить районы Донбасса», «уйдут с занимаемых
 * территорий»; land "would be recognised as Russian", "Russia's hold over … regions", "exchanging
 * territory Russia occupies", "carve up Ukraine", "a possible loss of territory", "de facto control",
 * «обмінів української території», «признание оккупации территорий»; Crimea "would be recognised as
 * Russian" with the rest of a list between; Ukraine's "2014 borders" and the border "where it stood in
 * 2014"; the line of deployment "recognised as the line of contact", "the line where the armies
 * stand", a front line that "will be frozen" with a place between, troops that stay "там, де вони
 * перебувають". Sentences written for this test, in the shapes the reporting used, with look-alikes
 * that must not mark: history, Russia's own withdrawal, other countries' borders and wars, a battle
 * retreat, land for rent.
 */
import { describe } from 'vitest';
import { type CountRow, checkCounts } from './real-data.ts';

const D = 'donbas-withdrawal';
const O = 'occupied-territories';
const C = 'crimea-recognition';
const T = 'territorial-integrity';
const F = 'frontline-freeze';

describe('territory paraphrases: found', () => {
  checkCounts([
    // Ukraine leaving the part of Donbas it holds.
    [D, 'The Kremlin says Putin still wants control over the remaining quarter of Donetsk.', 1],
    [D, 'Washington floated the idea that Kyiv could trade Donetsk in return for a halt in the south.', 1],
    [D, 'Officials said Ukraine might offer Donbas in exchange for a freeze elsewhere.', 1],
    [D, 'The draft would hand Moscow the last towns of Donetsk without a fight.', 1],
    [D, 'The envoy said the proposal would give Russia control of the Donbas.', 1],
    [D, 'Putin is bent on securing Crimea and the whole Donbas before any truce.', 1],
    [D, 'Kyiv again ruled out land concessions in Donbas at the talks.', 1],
    [D, 'Moscow insists that Ukraine withdraw from the regions Russia has annexed on paper.', 1],
    [D, 'The memo asks Kyiv to cede the parts of the east it still holds.', 1],
    [D, 'Вашингтон пропонує Києву поступитися рештою Донеччини.', 1],
    [D, 'План передбачав передачу москві всієї Донеччини до Нового року.', 1],
    [D, 'Президент відмовився віддавати ворогу неокуповані міста на сході.', 1],
    [D, 'Відступу з Донеччини не буде, наголосив президент.', 1],
    [D, 'Кремль вимагає виходу ЗСУ з областей, які Росія оголосила своїми.', 1],
    [D, 'Москва знову вимагає відведення українських військ з областей, які Росія оголосила своїми.', 1],
    [D, 'Київ не обговорюватиме територіальні поступки щодо Донбасу.', 1],
    [D, 'Москва наполягає на відході українських військ із Краматорська і Слов’янська.', 1],
    [D, 'Вашингтон давит на Зеленского, чтобы тот в итоге отказался от Донбасса.', 1],
    [D, 'Москва требует, чтобы Киев освободил оставшуюся часть Донбасса.', 1],
    [D, 'Киев не пойдет на территориальные уступки по Донбассу.', 1],
    [D, 'Путин требует вывода ВСУ из регионов, которые Россия объявила своими.', 1],
    [
      D,
      'Песков повторил: отвод украинских войск из областей, которые Россия объявила своими, обязателен.',
      1,
    ],
    [D, 'Путин сказал, что бои прекратятся, когда ВСУ уйдут с занимаемых ими территорий.', 1],
    [D, 'Огонь прекратится, если украинская армия покинет «занимаемые территории».', 1],
    // Russia keeping what it holds, and territory in general.
    [O, 'Under the draft, land captured by Russian troops would be recognized as Russian.', 1],
    [O, 'Washington had offered to recognise Russia’s hold over several occupied Ukrainian regions.', 1],
    [O, 'He floated exchanging territory Moscow currently occupies for a ceasefire.', 1],
    [O, 'Europeans fear that Trump and Putin will carve up Ukraine over Kyiv’s head.', 1],
    [O, 'Critics say the summit could carve up Ukrainian land.', 1],
    [O, 'Zelensky warned that a possible loss of territory in a peace deal would break the constitution.', 1],
    [O, 'The US could accept Russia’s de facto control of the south under the plan.', 1],
    [O, 'Жодних обмінів української землі не буде, заявив президент.', 1],
    [O, 'Киев исключил признание аннексии украинских регионов.', 1],
    [O, 'Кремль требует признания этих областей де-юре в составе России.', 1],
    // Crimea.
    [C, 'Crimea and parts of Donbas would be formally recognized as Russian under point 21.', 1],
    [C, 'За планом, Крим і Донбас США нібито визнають частиною рф.', 1],
    [C, 'Крым Вашингтон готов признать российским, пишет издание.', 1],
    // The 1991 borders.
    [T, 'Few in Kyiv still expect to restore Ukraine’s 2014 borders by force.', 1],
    [
      T,
      'The deal means the border will not be moved back to where it stood in 2014, a Ukrainian official said.',
      1,
    ],
    [
      T,
      'He called a return of Ukraine’s borders to what they were before Russia’s invasions unrealistic.',
      1,
    ],
    // The freeze.
    [
      F,
      'Under the text, the line of troop deployment on the day of signing is recognised as the line of contact.',
      1,
    ],
    [F, 'Zelensky proposed a truce on the line where the armies stand now.', 1],
    [F, 'Лінія розташування військ на день підписання визнається лінією зіткнення.', 1],
    [F, 'Лінія фронту на Херсонщині має бути заморожена, пише Axios.', 1],
    [F, 'Київ хоче, аби його війська залишалися там, де вони нині перебувають.', 1],
    [F, 'По плану, линия фронта в Запорожской области будет заморожена.', 1],
    [F, 'Линия дислокации войск на дату соглашения признается линией соприкосновения.', 1],
    // A second batch of real reporting, measured before it was tuned on.
    [D, 'Analysts say the plan favours Russian control of Ukrainian-held Donbas areas.', 1],
    [O, 'Analysts say the plan favours Russian control of Ukrainian-held Donbas areas.', 0],
    [D, 'Washington proposed a buffer in parts of Donetsk from which Ukrainian troops would pull back.', 1],
    [D, 'The US wants Kyiv to transfer the remaining towns that Moscow has failed to take by force.', 1],
    [D, 'Kyiv will not give up cities Russia has been unable to capture.', 1],
    [D, 'Russia is seeking the withdrawal of Ukrainian troops from Donetsk region.', 1],
    [D, 'Zelensky signalled openness to withdrawing troops from parts of Donbas.', 1],
    [D, 'Від Києва вимагають здачі східних територій.', 1],
    [D, 'Москва хоче переходу Донбасу під контроль росії.', 1],
    [D, 'Кремль добивается перехода Донецкой области под полный контроль России.', 1],
    [D, 'На первом этапе Украина отводит войска из Донбасса.', 1],
    [F, 'Under the draft, fighting in the south would be frozen, Ukrainian officials said.', 1],
    [F, 'Лінія фронту на півдні заморожується, пише видання.', 1],
    [F, 'Линия фронта при этом замораживается, пишет FT о плане для Украины.', 1],
    // A third batch, measured before it was tuned on.
    [D, 'ЗСУ не відступатимуть із міст східної частини Донеччини, заявив президент.', 1],
    [D, 'Кремль вимагає, щоб Україна виведе війська з чотирьох регіонів.', 1],
    [D, 'Зеленский отказывается выводить войска из Краматорска и Славянска.', 1],
    // A fourth batch (English wire copy), measured before it was tuned on.
    [D, 'Under the draft, Ukraine would lease Donetsk to Russia for 99 years.', 1],
    [O, 'Kyiv refuses to lease its land to Russia under any deal.', 1],
    [D, 'Areas in Donbas from which Ukrainian troops withdraw would be demilitarised.', 1],
    [D, 'Putin is seeking full control of Donetsk in exchange for a truce.', 1],
    [D, 'The draft would see Ukraine give up a swathe of eastern territory.', 1],
    [F, 'Trump floated freezing the lines of the conflict in Ukraine.', 1],
  ] satisfies CountRow[]);
});

describe('territory paraphrases: look-alikes', () => {
  checkCounts([
    [D, 'Russian troops fought for control over the remaining villages west of Donetsk city.', 0],
    [D, 'Ukraine handed Russia a costly defeat near Donetsk.', 0],
    [D, 'Fighting raged across the whole Donbas that summer.', 0],
    [D, 'Russia must withdraw from the regions Moscow annexed in 2022, Zelensky said.', 0],
    [D, 'Відступ з Курщини завершено, повідомив Генштаб.', 0],
    [D, 'Росія має вивести війська з областей, які вона оголосила своїми.', 0],
    [D, 'Зеленский отказался от визита в Донецкую область из-за обстрелов.', 0],
    [D, 'Российская армия должна освободить весь Донбасс, заявил Пушилин.', 0],
    [D, 'Зеленский: российские войска уйдут с занимаемых территорий.', 0],
    [D, 'Біженці залишалися там, де вони є, до весни.', 0],
    [O, 'Territory held by Kyiv would be recognised as Ukrainian.', 0],
    [O, 'Armenia and Azerbaijan discussed exchanging territory near the border.', 0],
    [O, 'The ministers agreed not to carve up the budget.', 0],
    [O, 'The army admitted a loss of territory near Pokrovsk.', 0],
    [O, 'Any loss of territory in the Kursk offensive was small, the general said.', 0],
    [O, 'Крым Москва аннексировала в 2014 году.', 0],
    [C, 'Crimea would be recognized as Ukrainian under international law.', 0],
    [C, 'Крим світ визнає частиною України.', 0],
    [C, 'In 1954 Crimea was transferred to Soviet Ukraine.', 0],
    [T, 'Georgia hopes to restore the borders it had before 2008.', 0],
    [T, 'The border between Serbia and Kosovo stays where it stood in 2014.', 0],
    [F, 'The line where the troops stand in Gaza is patrolled by Israeli forces.', 0],
    [F, 'Біженці залишалися там, де вони є, до весни.', 0],
    [D, 'The army confirmed its withdrawal from a village in Donetsk region.', 0],
    [D, 'Россия выводит войска из Донецкой области, сообщил Зеленский.', 0],
    [F, 'Fighting in Gaza would be frozen under the truce.', 0],
    [D, 'ЗСУ відступили з районів поблизу Покровська Донецької області.', 0],
    [D, 'Індія виведе війська з чотирьох регіонів Кашміру.', 0],
    [D, 'Россия должна вывести войска из Славянска, заявил Зеленский.', 0],
    [O, 'The company will lease land to farmers near the border.', 0],
    [D, 'Russian forces fought for full control of Donetsk airport in 2014.', 0],
    [D, 'Russia must give up eastern territory it seized, Kyiv says.', 0],
    [F, 'Seoul proposed freezing the lines of the conflict with the North.', 0],
  ] satisfies CountRow[]);
});
