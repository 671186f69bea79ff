/**
 * The forty-seventh session's rules, each with look-alikes, written from the misses of the
 * thirty-fourth to forty-fifth blind rounds (pairs 199–246), read after they were scored, so
 * those pairs are no longer blind to them. Sentences written for the test, in the ways
 * reporters phrase each idea, none copied from the articles.
 */
import { describe, expect, it } from 'vitest';
import { checkCounts, sharedRealMatcher } from './real-data.ts';

describe('sanctions lifted "against Russia", with a participle between commas', () => {
  checkCounts([
    ['sanctions-relief', 'А санкции, введенные против Москвы с 2014 года, снимаются.', 1],
    ['sanctions-relief', 'Санкції, запроваджені проти Москви з 2014 року, скасовуються.', 1],
    ['sanctions-relief', 'Санкции против России сняли уже через месяц.', 1],
    ['sanctions-relief', 'Санкції проти Росії зняли ще навесні.', 1],
    ['sanctions-relief', 'Санкции против россии будут сняты после подписания.', 1],
    // Look-alikes: sanctions nobody lifts, sanctions extended.
    ['sanctions-relief', 'Санкции, введенные против России из-за Крыма, никто не снимает.', 0],
    ['sanctions-relief', 'Санкції проти Росії продовжили ще на пів року.', 0],
  ]);
});

describe('the thirty-fourth round: four regions, ceilings, a state without nuclear weapons', () => {
  checkCounts([
    [
      'donbas-withdrawal',
      'Under the first option, Ukraine would start withdrawing its forces from the four regions.',
      1,
    ],
    ['donbas-withdrawal', 'Kyiv rejected a withdrawal of Ukrainian troops from the four regions.', 1],
    ['donbas-withdrawal', 'Ukraine would have to pull its troops out of the four regions.', 1],
    ['donbas-withdrawal', 'Москва висунула Україні вимогу піти з чотирьох областей.', 1],
    ['army-limits', 'Moscow wants Ukraine to accept ceilings on the size of its armed forces.', 1],
    ['army-limits', 'Київ наполягає, що на чисельність Сил оборони не можна накладати обмежень.', 1],
    ['non-nuclear-status', 'Ukraine would have to confirm its status as a state without nuclear weapons.', 1],
    ['elections', 'Україна мала б провести вибори президента та Верховної Ради протягом 100 днів.', 1],
    ['elections', 'Украина должна провести выборы президента и парламента в течение 100 дней.', 1],
    ['language-religion', 'Москва вимагає надати російській мові статус офіційної в Україні.', 1],
    ['nato-non-accession', 'Україна має зобов’язатися не вступати до військових союзів.', 1],
    ['nato-non-accession', 'Украина должна обязаться не вступать в военные союзы.', 1],
    [
      'frontline-freeze',
      'Лінія зіткнення має бути відправною точкою для розмови про території, каже Київ.',
      1,
    ],
    [
      'frontline-freeze',
      'Kyiv says the line of contact should be the starting point for any discussion of territory.',
      1,
    ],
    ['frontline-freeze', 'Zelensky said the fairest option for Ukraine is to stand where we are.', 1],
    [
      'ceasefire',
      'Путін погодився на взаємну відмову Росії та України від ударів по енергетиці на 30 днів.',
      1,
    ],
    ['ceasefire', 'Россия согласилась на взаимный отказ России и Украины от ударов по энергетике.', 1],
    ['military-aid', 'Zelensky said partners would never agree to stop supplying weapons to Ukraine.', 1],
    ['military-aid', 'Киев, по словам Пескова, продолжают накачивать вооружениями.', 1],
    ['military-aid', 'Захід продовжує накачувати Україну зброєю.', 1],
    ['deported-children', 'Kyiv handed over a list of hundreds of children that Russia deported.', 1],
    // Look-alikes: Russia's own withdrawal, a city's population, a region's elections abroad, weapons
    // pumped elsewhere, a line at a shop.
    ['donbas-withdrawal', 'Russia would withdraw its troops from the four regions, Zelensky said.', 0],
    ['army-limits', 'The city set ceilings on the size of its parking lots.', 0],
    ['military-aid', 'США накачивают Израиль оружием.', 0],
    ['military-aid', 'Iran will keep sending weapons to Russia.', 0],
    ['frontline-freeze', 'The line at the shop was the starting point for any discussion of prices.', 0],
  ]);
});

describe('the thirty-fifth round: the rest of Donbas, the eastern Donbas, binding commitments', () => {
  checkCounts([
    [
      'donbas-withdrawal',
      'Russia holds most of Donbas and wants Ukrainian troops to withdraw from the remaining 10% that Kyiv controls.',
      1,
    ],
    [
      'donbas-withdrawal',
      'Zelensky hopes to soften the call for a complete Ukrainian pullout from the region of Donetsk.',
      1,
    ],
    ['donbas-withdrawal', 'Russia restated its demand for full control of the eastern Donbas region.', 1],
    ['security-guarantees', 'The allies signed security pledges for Ukraine in Paris.', 1],
    [
      'security-guarantees',
      'Для України йдеться про політично та юридично обов’язкові зобов’язання союзників.',
      1,
    ],
    ['security-guarantees', 'Для Украины речь идет о политически и юридически обязывающих гарантиях.', 1],
    // Look-alikes: a withdrawal from a company's shares, Ukraine's own retreat from Kursk.
    ['donbas-withdrawal', 'The fund will withdraw from the remaining 10% of its holdings.', 0],
  ]);
});

describe('Moscow as the government: commenting, outcomes, expectation, what does not suit it', () => {
  checkCounts([
    ['russia', 'У Москві підсумки зустрічі не коментували.', 1],
    ['russia', 'В Москве итоги встречи не комментировали.', 1],
    ['russia', 'Ранее в Кремле ожидали важного заявления.', 1],
    ['russia', 'Такая модель Москву не устраивает.', 1],
    // Look-alikes: a city's own results, a city's people.
    ['russia', 'У Москві підсумки виборів оголосили вчора.', 0],
    ['ukraine', 'У Києві підсумки року підбили на площі.', 0],
  ]);
});

describe('the thirty-sixth and thirty-seventh rounds: limits refused, Article 5 likeness, lines frozen', () => {
  checkCounts([
    ['army-limits', "Zelensky said no limits should be placed on Ukraine's armed forces.", 1],
    ['army-limits', 'Армию Украины ничем ограничивать нельзя, заявил Зеленский.', 1],
    ['army-limits', 'Армію України не можна обмежувати, наголосив Зеленський.', 1],
    ['security-guarantees', 'Путин согласился, что безопасность Украины тоже должна быть обеспечена.', 1],
    [
      'security-guarantees',
      'Witkoff spoke of a guarantee inspired by Article 5 of the treaty for Ukraine.',
      1,
    ],
    [
      'security-guarantees',
      'Уиткофф говорил о гарантии, вдохновленной пятой статьей договора, для Украины.',
      1,
    ],
    ['security-guarantees', 'Трамп підтвердив участь США у гарантіях для України.', 1],
    [
      'security-guarantees',
      'Зеленський задоволений захистом для України, схожим на статтю 5 договору НАТО.',
      1,
    ],
    [
      'crimea-recognition',
      'Трамп каже, що ніхто не просить Зеленського визнавати Крим російською територією.',
      1,
    ],
    ['frontline-freeze', 'Венс закликав "заморозити" лінії у війні з Росією.', 1],
    [
      'frontline-freeze',
      'Vance says lines should be frozen close to where they stand in the war in Ukraine.',
      1,
    ],
    [
      'occupied-territories',
      "Ukraine would have to accept Moscow's hold on parts of the Donetsk, Luhansk, Kherson and Zaporizhzhia regions.",
      1,
    ],
    ['nato-non-accession', 'Лавров назвал членство страны в НАТО нереалистичным итогом для Украины.', 1],
    ['deported-children', 'Кожна українська дитина, викрадена Росією, має повернутися додому.', 1],
    [
      'ceasefire',
      'В Абу-Даби обсуждали механизм мониторинга прекращения военной деятельности на Украине.',
      1,
    ],
    [
      'minerals-deal',
      "Ukraine's pact would have handed the United States a share of revenue from its natural resources.",
      1,
    ],
    // Look-alikes: the movement of troops held back by mines, lines frozen for water, a company's revenue.
    ['army-limits', 'Рух ЗСУ обмежують мінні поля.', 0],
    ['frontline-freeze', 'Кияни бояться, що морози заморозять лінії водопостачання.', 0],
    ['minerals-deal', 'The firm keeps a share of revenue from its shops in Lviv.', 0],
  ]);
});

describe('the thirty-eighth and thirty-ninth rounds: troops and aid of every kind, the G7, stopping where they are', () => {
  checkCounts([
    ['european-force', 'Any peace must be backed by capable European and non-European troops in Ukraine.', 1],
    ['european-force', 'Мир мають підкріпити боєздатні європейські та неєвропейські війська в Україні.', 1],
    [
      'military-aid',
      'Europe must provide the overwhelming share of future lethal and non-lethal aid to Ukraine.',
      1,
    ],
    ['military-aid', 'Європа має надавати більшу частину летальної й нелетальної допомоги Україні.', 1],
    [
      'military-aid',
      'Zelensky thanked Trump for an earlier package of air-defence missiles and asked for another, Kyiv said.',
      1,
    ],
    [
      'territorial-integrity',
      'Гегсет вважає нереалістичним для України повернення до кордонів, які Україна мала до 2014 року.',
      1,
    ],
    ['g8-return', 'Trump called for Russia to be readmitted to the G7.', 1],
    ['frontline-freeze', 'Остановиться надо там, где стороны находятся сейчас, сказал Зеленский.', 1],
    // Look-alikes: a football team's players, a cup's rules, troops of the war's other side.
    ['european-force', 'The club fields European and non-European players.', 0],
    ['g8-return', 'Russia was readmitted to the world chess federation.', 0],
    ['military-aid', 'The charity sent a package of books to Lviv.', 0],
  ]);
});

describe('the fortieth and forty-first rounds: a pause in hours, fighting stopped for days, the Istanbul draft', () => {
  checkCounts([
    ['ceasefire', 'The 30-hour pause declared by the Kremlin ended at midnight in Ukraine.', 1],
    ['ceasefire', 'Europe demanded that Russia stop fighting for 30 days from Monday in Ukraine.', 1],
    [
      'istanbul-communique-2022',
      'Putin said Ukraine had initialled the draft agreement drawn up in Istanbul in 2022.',
      1,
    ],
    // Look-alikes: a game's pause, another war's halt, a draft of another year.
    ['ceasefire', 'The match had a 30-hour pause for rain in Lviv.', 0],
    ['ceasefire', 'Israel and Hamas agreed to stop fighting for 30 days.', 0],
    ['istanbul-communique-2022', 'The trade draft agreed in Istanbul in 2019 was never signed.', 0],
  ]);
});

describe('the forty-second and forty-third rounds: Crimea with the regions, the army cut, amnesty, pauses', () => {
  it.each([
    'The plan said the US recognized Crimea, Donetsk and Luhansk as Russian.',
    'По плану Крым, ДНР и ЛНР будут де-факто признаны российскими.',
  ])('finds the occupied territories nested in a recognition of Crimea with the regions: %s', (text) => {
    const found = sharedRealMatcher().find(text, { lang: 'auto' });
    expect(found.filter((m) => m.id === 'crimea-recognition' && !m.nested)).toHaveLength(1);
    expect(found.filter((m) => m.id === 'occupied-territories' && m.nested)).toHaveLength(1);
  });
  checkCounts([
    ['army-limits', 'Армию Украины предлагается сократить до 600 тыс. человек.', 1],
    ['army-limits', 'Армію України пропонують скоротити до 600 тисяч.', 1],
    ['amnesty', 'План предполагает амнистию участникам конфликта на Украине.', 1],
    ['ceasefire', 'Росія запропонувала короткі гуманітарні паузи на фронті в Україні.', 1],
    ['ceasefire', 'Россия предложила короткие гуманитарные паузы на фронте на Украине.', 1],
    // Look-alikes: history told with another verb, the army of another country, a Gaza pause.
    ['occupied-territories', 'Russia annexed Donetsk and Luhansk as part of Russia in 2022.', 0],
    ['army-limits', 'Армию Молдовы предлагается сократить до 5 тыс. человек.', 0],
    ['ceasefire', 'Израиль согласился на гуманитарные паузы в Газе.', 0],
  ]);
});

describe('the forty-fourth and forty-fifth rounds: the June 2024 principles, strikes held back, land handed over', () => {
  checkCounts([
    [
      'russia-demands-2024-06',
      'Putin said talks must rest on the principles he set out at the Foreign Ministry in June 2024.',
      1,
    ],
    [
      'russia-demands-2024-06',
      'Путин настаивает на урегулировании на основе принципов, изложенных им в МИД в июне 2024 года.',
      1,
    ],
    [
      'ceasefire',
      'Putin offered to consider refraining from deep strikes on Ukrainian territory on voting day.',
      1,
    ],
    ['ceasefire', 'Путин готов воздержаться от ударов вглубь территории Украины в день выборов.', 1],
    [
      'donbas-withdrawal',
      'Zelensky refused to order troops out of the roughly 20% of the Donetsk region that Ukrainian forces still hold.',
      1,
    ],
    [
      'donbas-withdrawal',
      'Росія висуває Україні вимогу відвести війська з тієї частини Донеччини, яку досі тримають ЗСУ.',
      1,
    ],
    [
      'occupied-territories',
      'Witkoff suggested giving Russia ownership of the four Ukrainian regions it claimed to annex.',
      1,
    ],
    ['occupied-territories', 'Уиткофф предлагал признать за Россией четыре украинские области.', 1],
    ['european-force', 'Келлог предлагал разместить британские и французские войска на западе Украины.', 1],
    // Look-alikes: principles of another year, strikes held back in a labour dispute, a firm's land.
    ['russia-demands-2024-06', 'The bank kept the principles it set out in June 2019.', 0],
    ['ceasefire', 'Шахтеры решили воздержаться от забастовок до весны.', 0],
    ['occupied-territories', 'The court gave the company ownership of the land in Texas.', 0],
  ]);
});
