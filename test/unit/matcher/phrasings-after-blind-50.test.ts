/**
 * The fiftieth session's rules, each with look-alikes, written from the misses of the sixty-second
 * and sixty-third blind rounds (pairs 311–318), read after they were scored, so those pairs are no
 * longer blind to them. Sentences written for the test, in the ways reporters phrase each idea, none
 * copied from the articles.
 */
import { describe } from 'vitest';
import { checkCounts, findsCrimeaAndTheRegions } from './real-data.ts';

describe('the sixty-second round: land for guarantees, new borders, Russia’s occupation recognised', () => {
  checkCounts([
    ['occupied-territories', 'Kyiv will not trade its territory for security guarantees.', 1],
    ['occupied-territories', 'Zelensky ruled out a land-for-peace bargain with Moscow.', 1],
    ['occupied-territories', 'Nobody offered Ukraine guarantees in exchange for territory.', 1],
    ['occupied-territories', 'Київ не погодиться на мир в обмін на території.', 1],
    ['occupied-territories', 'Москва предлагала гарантии безопасности в обмен на территории.', 1],
    ['occupied-territories', 'The Kremlin wants Kyiv to recognise the new borders.', 1],
    ['occupied-territories', 'Кремль вимагає від України визнати нові кордони.', 1],
    ['occupied-territories', 'Москва добивается, чтобы Киев признал новые границы.', 1],
    ['occupied-territories', 'Kyiv said legal recognition of Russia’s occupation is not on the table.', 1],
    ['occupied-territories', 'Україна ніколи не погодиться на визнання російської окупації.', 1],
    // Look-alikes: a swap of land for land is no id; the peninsula alone is the Crimea id; a war
    // elsewhere.
    ['occupied-territories', 'Ukraine would get land near Kharkiv in exchange for territory in Donetsk.', 0],
    ['occupied-territories', 'Kyiv will never recognise Russia’s occupation of Crimea.', 0],
    ['crimea-recognition', 'Kyiv will never recognise Russia’s occupation of Crimea.', 1],
    ['occupied-territories', 'Israel’s land-for-peace deals with Egypt date from 1979.', 0],
  ]);
  findsCrimeaAndTheRegions('with the cities or the Donbas standing for the regions', [
    'The plan meant recognition of Crimea and the Donbas as Russian territory.',
    'План предполагал признание Крыма, Донецка и Луганска де-факто российскими.',
    'План передбачав визнання Криму, Донецька та Луганська де-факто російськими.',
  ]);
});

describe('the sixty-second round: the pledge not to attack Europe, the fighting stopping, the right to speak', () => {
  checkCounts([
    ['non-aggression-pact', 'Путін запропонував закріпити відмову від агресії проти європейських країн.', 1],
    ['non-aggression-pact', 'Кремль готов юридически оформить отказ от нападения на страны Европы.', 1],
    ['non-aggression-pact', 'Putin said Russia would renounce aggression against Europe in writing.', 1],
    ['ceasefire', 'Коли українські війська підуть, тоді й припиняться бойові дії, сказав Путін.', 1],
    ['ceasefire', 'По словам Путина, прекратятся боевые действия, только если Киев уйдет.', 1],
    [
      'language-religion',
      'Putin said Russia was fighting for the right of people there to speak their own language.',
      1,
    ],
    ['language-religion', 'Путин заявил, что Россия воюет за право людей говорить на русском языке.', 1],
    // Look-alikes: an end to Russia's war on Ukraine, not a pact; fighting in another war; a right
    // with no Russia near.
    ['non-aggression-pact', 'Спікер закликав до відмови від агресії проти України.', 0],
    ['ceasefire', 'У Газі припиняться бойові дії, заявили посередники.', 0],
    ['language-religion', 'The charter protects the right of minorities to speak their own language.', 0],
  ]);
});

describe('the sixty-third round: all of Donbas, the line as the starting point, arms bought for Kyiv', () => {
  checkCounts([
    ['donbas-withdrawal', 'Путин требует, чтобы Украина отказалась от всего Донбасса.', 1],
    ['frontline-freeze', 'Київ наполягає: вихідною позицією має бути лінія зіткнення.', 1],
    ['frontline-freeze', 'Відправною точкою переговорів має стати нинішня лінія фронту.', 1],
    ['frontline-freeze', 'Отправной точкой переговоров должна стать линия соприкосновения.', 1],
    ['military-aid', 'Європейці купуватимуть для України американську зброю.', 1],
    ['military-aid', 'Союзники будут закупать для Украины оружие в США.', 1],
    ['non-nuclear-status', 'Ukraine was to stay neutral, outside any bloc and without nuclear weapons.', 1],
    // Look-alikes: Russia giving up land is not Ukraine leaving it; the line where an assault began;
    // a world without nuclear weapons.
    ['donbas-withdrawal', 'Россия не откажется от всего Донбасса, сказал Песков.', 0],
    ['frontline-freeze', 'Вихідною позицією для наступу стала лінія фронту біля Покровська.', 0],
    ['non-nuclear-status', 'A world without nuclear weapons remains the treaty’s goal.', 0],
  ]);
});

describe('the sixty-fourth round: settlement words in the plural, sanctions cancelled, the prevailing lines', () => {
  checkCounts([
    [
      'language-religion',
      'Russian speakers’ rights would be protected, and the whole package written into binding international agreements.',
      1,
    ],
    [
      'language-religion',
      'Права русскоязычных граждан должны быть обеспечены, а все это закреплено в международных соглашениях.',
      1,
    ],
    [
      'sanctions-relief',
      'Moscow also wants the West to cancel the sanctions imposed on Russia since 2022.',
      1,
    ],
    ['frontline-freeze', 'Kellogg proposed a truce based on the prevailing battle lines.', 1],
    ['frontline-freeze', 'Ідеться про швидке перемир’я по чинних лініях.', 1],
    ['frontline-freeze', 'Стороны могли бы остановиться по нынешним позициям.', 1],
    [
      'russia-demands-2024-06',
      'Putin laid out his terms in a speech at the foreign ministry in June 2024.',
      1,
    ],
    ['russia-demands-2024-06', 'Ще 14 червня Путін висунув Україні вимоги.', 1],
    // Look-alikes: sanctions on another country; fighting at the positions; terms with no June 2024
    // cue (the memorandum is of June 2025).
    ['sanctions-relief', 'The EU cancelled sanctions on Iranian banks in 2016.', 0],
    ['frontline-freeze', 'Бої йдуть по нинішніх позиціях ЗСУ.', 0],
    ['russia-demands-2024-06', 'Putin laid out his terms again in Alaska.', 0],
  ]);
  findsCrimeaAndTheRegions('with the four regions as parts of the Russian Federation', [
    'Ukraine would have to accept Crimea, Sevastopol and the four regions as parts of the Russian Federation.',
  ]);
});

describe('the sixty-fifth round: children near a settlement’s terms, the front largely frozen, Crimea and Donbas', () => {
  checkCounts([
    [
      'deported-children',
      'Kyiv’s own paper asks for a truce on land, at sea and in the air before any negotiations, the return of deported children and reliable guarantees.',
      1,
    ],
    ['frontline-freeze', 'Elsewhere the front lines would be largely frozen where they are.', 1],
    ['frontline-freeze', 'Лінії фронту на півдні здебільшого заморозили б.', 1],
    [
      'security-guarantees',
      'Zelensky warned that a ceasefire without guarantees would only let Russia regroup.',
      1,
    ],
    ['nato-non-accession', 'Зеленський розраховує на прийняття України до НАТО.', 1],
    // Look-alikes: children deported from another country; a truce elsewhere; another applicant.
    ['deported-children', 'The US deal ended the return of deported children to Honduras.', 0],
    ['security-guarantees', 'A ceasefire in Gaza without guarantees will not hold.', 0],
    ['nato-non-accession', 'Прийняття Фінляндії до НАТО стало відповіддю на війну.', 0],
  ]);
  findsCrimeaAndTheRegions('with the Donbas named Russian', [
    'США та інші країни визнали б Крим і Донбас російськими.',
    'США признали бы Крым и Донбасс российскими.',
  ]);
});

describe('the sixty-sixth round: plans named by their author or their points, Russia’s occupation recognised de facto', () => {
  checkCounts([
    [
      'us-framework-2025-04',
      'In Paris in April, Witkoff’s text offered Russia de jure control of Crimea.',
      1,
    ],
    ['us-framework-2025-04', 'У Лондоні в квітні обговорювали версію Віткоффа.', 1],
    [
      'e3-counterproposal-2025-11',
      'Before the Geneva talks, Europe’s rival peace plan reached Washington.',
      1,
    ],
    [
      'e3-counterproposal-2025-11',
      'В Женеве обсуждали европейский текст и американский план из 28 пунктов.',
      1,
    ],
    [
      'e3-counterproposal-2025-11',
      'Перед переговорами в Женеве появилось контрпредложение Великобритании, Франции и Германии.',
      1,
    ],
    ['europe-12-point-2025-10', 'Officials in October described a 12-point blueprint drafted with Kyiv.', 1],
    ['europe-12-point-2025-10', 'У жовтні з’явився план завершення війни з 12 пунктів.', 1],
    [
      'occupied-territories',
      'The US would recognise de facto Russia’s occupation of nearly all of the Luhansk region.',
      1,
    ],
    ['eu-membership', 'Ukraine would get a fast track into the European Union.', 1],
    ['non-aggression-pact', 'Under the plan, Russia was expected not to invade its neighbours.', 1],
    // Look-alikes: a text of the UN in February; Crimea alone; another applicant.
    ['us-framework-2025-04', 'In February the U.S. draft at the UN avoided blaming Russia.', 0],
    ['occupied-territories', 'The US would grant de jure recognition of Russian control over Crimea.', 0],
    ['crimea-recognition', 'The US would grant de jure recognition of Russian control over Crimea.', 1],
    ['eu-membership', 'Iceland once sought a fast track into the European Union.', 0],
  ]);
});

describe('the sixty-seventh round: the memorandum handed over, an invitation to NATO', () => {
  checkCounts([
    [
      'russia-memorandum-2025-06',
      'At the Istanbul talks on 2 June, Russia’s delegation handed over its memorandum on a settlement.',
      1,
    ],
    ['nato-non-accession', 'Zelensky asked partners for an immediate invitation to NATO for Ukraine.', 1],
    ['non-aggression-pact', 'Москва готова пообещать, что Россия не станет нападать на соседей.', 1],
    // Look-alikes: a memorandum with no Istanbul or June 2025 near; another country's invitation.
    ['russia-memorandum-2025-06', 'In 1994, Russia handed over its memorandum of guarantees.', 0],
    ['nato-non-accession', 'Finland received an invitation to NATO in 2022.', 0],
  ]);
});

describe('the sixty-eighth and sixty-ninth rounds: land handed to Russia, sovereign territory, the country’s security', () => {
  checkCounts([
    ['occupied-territories', 'Kyiv has refused to hand Russia land in any deal.', 1],
    ['occupied-territories', 'Moscow wants Ukraine to surrender large parts of its sovereign territory.', 1],
    ['occupied-territories', 'Москва хоче змусити Україну віддати значну частину власної території.', 1],
    ['security-guarantees', 'Zelensky called NATO the cheapest way to guarantee his country’s security.', 1],
    ['nato-non-accession', 'Zelensky said he would step down if his country were let into NATO.', 1],
    ['eu-membership', 'Украина сохранит право стремиться в Евросоюз, говорится в документе.', 1],
    // Look-alikes: a land route, another country's membership, another country's security, another applicant.
    ['occupied-territories', 'Ukraine will never give Russia land access to Crimea.', 0],
    // The part of Donbas Ukraine holds, which the set has not counted here since the twenty-third session.
    ['occupied-territories', 'Kyiv has refused to hand Russia land its troops have failed to win.', 0],
    ['nato-non-accession', 'Finland was let into NATO in 2023.', 0],
    ['security-guarantees', 'Warsaw’s new budget will guarantee the country’s security, Tusk said.', 0],
    ['eu-membership', 'Сербия продолжает стремиться в Евросоюз.', 0],
  ]);
});

describe('the seventieth and seventy-first rounds: no limits on the army, a sanction lifted, land given away', () => {
  checkCounts([
    ['army-limits', 'Зеленський наголосив: жодних обмежень для її армії бути не може.', 1],
    ['sanctions-relief', 'Rubio said not a single sanction on Moscow had been lifted so far.', 1],
    ['occupied-territories', 'Zelensky said the constitution did not let him give away territory.', 1],
    ['occupied-territories', 'Україна не готова втратити частину територій на користь Росії.', 1],
    ['occupied-territories', 'Зеленский заявил, что Украина не откажется от своих земель.', 1],
    ['donbas-withdrawal', 'Москва ждет уступки Украиной неподконтрольной России части Донбасса.', 1],
    [
      'russia-demands-2024-06',
      'On the eve of the Bürgenstock summit, Putin’s conditions for talks were read out in Moscow.',
      1,
    ],
    // Look-alikes: another country's land; terms with no cue of June 2024.
    ['occupied-territories', 'Iran will not give away its land, the minister said.', 0],
    ['russia-demands-2024-06', 'Putin’s conditions have not changed since Alaska.', 0],
  ]);
});

describe('the seventy-second and seventy-third rounds: land handed to the aggressor, drawn into NATO, the June terms', () => {
  checkCounts([
    ['occupied-territories', 'Zelensky ruled out withdrawing and handing his land to the aggressor.', 1],
    ['occupied-territories', 'Українські війська не віддаватимуть агресору землю, сказав Зеленський.', 1],
    ['nato-non-accession', 'Moscow demands an end to any attempt to draw Ukraine into NATO.', 1],
    ['nato-non-accession', 'Москва вимагає відмови від спроб затягнути Україну в НАТО.', 1],
    ['military-aid', 'Putin wants weapons shipments from the US and Europe to Ukraine stopped.', 1],
    ['russia-demands-2024-06', 'Scholz urged talks, but Kyiv had rejected Putin’s June conditions.', 1],
    ['russia-demands-2024-06', 'Предложения России изложены в июньском выступлении Путина в МИДе.', 1],
    // Look-alikes: another country drawn in; arms from Iran to Russia; the June memorandum of 2025.
    ['nato-non-accession', 'Sweden was drawn into NATO by the war.', 0],
    ['military-aid', 'Russia kept receiving weapons shipments from Iran.', 0],
    ['russia-demands-2024-06', 'Putin’s June conditions were set out in the Istanbul memorandum of 2025.', 0],
  ]);
});
