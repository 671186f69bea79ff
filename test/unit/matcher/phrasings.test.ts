/**
 * How reporters name the parties and plans and phrase each proposal, in English and Ukrainian. Parties: every
 * inflected or titled form must be found. Proposals: every phrasing must find its proposal
 * (the taxonomy's typical wording and the ways the 2025 plans were reported), and everyday sentences
 * that share words with a name must find no proposal. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const proposalsIn = (text: string) =>
  matcher.find(text, { lang: 'auto' }).filter((m) => !m.nested && m.kind === 'proposal');

/** [proposal id, a sentence that states it]. */
const PHRASINGS: [string, string][] = [
  ['army-limits', "The plan would reduce Ukraine's army to 600,000 troops."],
  ['army-limits', 'Kyiv rejected a cap of 600,000 on its armed forces.'],
  ['army-limits', "Ukraine's military would be capped at 600,000."],
  ['army-limits', 'The draft would shrink the Ukrainian army.'],
  ['army-limits', 'The 28-point plan sets a troop cap for Ukraine.'],
  ['army-limits', "Ukraine's armed forces would be limited to 600,000 personnel."],
  ['army-limits', 'Europe proposed raising the ceiling to 800,000 troops.'],
  ['army-limits', "a limit of 800,000 on Ukraine's peacetime army"],
  ['army-limits', 'Скорочення Збройних сил України до 600 тисяч.'],
  ['army-limits', 'Обмеження армії України до 800 тисяч військових.'],
  ['army-limits', 'План передбачає скорочення ЗСУ.'],
  ['army-limits', 'Чисельність ЗСУ буде обмежена 600 тисячами.'],
  ['army-limits', 'обмежити чисельність ЗСУ до 600 тисяч'],
  ['army-limits', 'ліміт чисельності армії у 800 тисяч'],
  ['ceasefire', 'a 30-day ceasefire'],
  ['ceasefire', 'an energy truce'],
  ['ceasefire', 'a halt to the fighting'],
  ['ceasefire', 'a full cessation of hostilities'],
  ['ceasefire', 'припинення вогню на 30 днів'],
  ['ceasefire', "енергетичне перемир'я"],
  ['ceasefire', 'перемир’я'],
  ['ceasefire', 'зупинка бойових дій'],
  ['ceasefire', 'повне припинення вогню'],
  ['crimea-recognition', 'recognizing Crimea as Russian territory'],
  ['crimea-recognition', 'US recognition of Crimea as part of Russia'],
  ['crimea-recognition', "de jure recognition of Russia's annexation of Crimea"],
  ['crimea-recognition', 'formally recognising Russian control of Crimea'],
  ['crimea-recognition', 'the US would recognise Crimea as Russian'],
  ['crimea-recognition', 'визнання Криму російським'],
  ['crimea-recognition', 'визнати Крим частиною Росії'],
  ['crimea-recognition', 'юридичне визнання Криму російським'],
  ['crimea-recognition', 'де-юре визнання анексії Криму'],
  ['occupied-territories', 'Russia would keep the land it has seized.'],
  ['occupied-territories', 'Kyiv would have to give up territory.'],
  ['occupied-territories', 'Ukraine will not cede territory.'],
  ['occupied-territories', 'Russian-occupied territories'],
  ['occupied-territories', 'territorial concessions'],
  ['occupied-territories', 'окуповані території'],
  ['occupied-territories', 'поступитися територіями'],
  ['occupied-territories', 'територіальні поступки'],
  ['frontline-freeze', 'freeze the front line where it is'],
  ['frontline-freeze', 'freezing the conflict along the current line of contact'],
  ['frontline-freeze', 'a ceasefire along the current front lines'],
  ['frontline-freeze', 'Kherson and Zaporizhzhia would be frozen along the line of contact'],
  ['frontline-freeze', 'заморожування лінії фронту'],
  ['frontline-freeze', 'заморозити війну по лінії фронту'],
  ['frontline-freeze', 'по лінії зіткнення'],
  ['donbas-withdrawal', 'Ukraine would withdraw from the part of Donetsk it controls.'],
  ['donbas-withdrawal', 'Kyiv must pull its troops out of Donbas.'],
  ['donbas-withdrawal', 'handing over the rest of the Donetsk region'],
  ['donbas-withdrawal', 'a demilitarized buffer zone in Donetsk'],
  ['donbas-withdrawal', 'Russia demands all of Donbas.'],
  ['donbas-withdrawal', 'Ukraine will not give up Donbas.'],
  ['donbas-withdrawal', 'Ukrainian forces withdrawing from Donetsk oblast'],
  ['donbas-withdrawal', 'виведення ЗСУ з Донбасу'],
  ['donbas-withdrawal', 'вивести війська з Донеччини'],
  ['donbas-withdrawal', 'віддати Донбас'],
  ['donbas-withdrawal', 'демілітаризована зона на Донеччині'],
  ['donbas-withdrawal', 'відвести війська з частини Донецької області'],
  ['nato-non-accession', 'Ukraine would enshrine in its constitution that it will not join NATO.'],
  ['nato-non-accession', "Ukraine's path to NATO"],
  ['nato-non-accession', 'membership in NATO'],
  ['nato-non-accession', 'Україна закріпить у Конституції відмову від вступу до НАТО'],
  ['nato-non-accession', 'вступ України до НАТО'],
  ['nato-non-accession', 'членство України в НАТО'],
  ['security-guarantees', 'Article 5-style protections'],
  ['security-guarantees', 'reliable security guarantees'],
  ['security-guarantees', "guarantees for Ukraine's security"],
  ['security-guarantees', 'a US backstop'],
  ['security-guarantees', 'гарантії безпеки для України'],
  ['security-guarantees', 'безпекові гарантії'],
  ['security-guarantees', 'гарантій безпеки'],
  ['european-force', 'European troops in Ukraine'],
  ['european-force', 'a British-French led reassurance force'],
  ['european-force', 'no NATO troops in Ukraine'],
  ['european-force', 'deployment of Western troops'],
  ['european-force', 'іноземні війська в Україні'],
  ['european-force', 'війська НАТО в Україні'],
  ['european-force', 'розміщення західних військ'],
  ['european-force', 'європейський контингент'],
  ['sanctions-relief', 'phased lifting of sanctions'],
  ['sanctions-relief', 'lifting sanctions on Russia'],
  ['sanctions-relief', 'easing of sanctions'],
  ['sanctions-relief', 'sanctions would be lifted in stages'],
  ['sanctions-relief', 'поетапне зняття санкцій'],
  ['sanctions-relief', 'скасування санкцій проти Росії'],
  ['sanctions-relief', "пом'якшення санкцій"],
  ['sanctions-relief', 'санкції будуть зняті'],
  ['frozen-assets', '$100 billion in frozen Russian assets'],
  ['frozen-assets', 'using frozen Russian assets'],
  ['frozen-assets', 'the reparations loan'],
  ['frozen-assets', 'заморожені російські активи'],
  ['frozen-assets', 'заморожених активів Росії'],
  ['frozen-assets', 'репараційний кредит'],
  ['zaporizhzhia-npp', 'the Zaporizhzhia nuclear plant'],
  ['zaporizhzhia-npp', 'Zaporizhzhia NPP'],
  ['zaporizhzhia-npp', 'Запорізька АЕС'],
  ['zaporizhzhia-npp', 'ЗАЕС'],
  ['military-aid', 'military aid to Ukraine'],
  ['military-aid', 'weapons deliveries'],
  ['military-aid', 'військова допомога'],
  ['military-aid', 'постачання зброї'],
  ['military-aid', 'поставки озброєння'],
  ['minerals-deal', 'the minerals deal'],
  ['minerals-deal', 'rare earths agreement'],
  ['minerals-deal', 'угода про надра'],
  ['minerals-deal', 'угода про корисні копалини'],
  ['minerals-deal', 'угоди щодо рідкісноземельних металів'],
  ['elections', 'elections in Ukraine within 100 days'],
  ['elections', 'Ukraine would hold elections in 100 days'],
  ['elections', 'вибори в Україні через 100 днів'],
  ['elections', 'провести вибори'],
  ['elections', 'президентські вибори'],
  ['territorial-integrity', "Ukraine's territorial integrity"],
  ['territorial-integrity', 'return to the 1991 borders'],
  ['territorial-integrity', 'територіальна цілісність України'],
  ['territorial-integrity', 'кордони 1991 року'],
  ['nato-non-accession', "Moscow wants Ukraine's neutrality written into any deal."],
  ['nato-non-accession', 'Kyiv would accept neutral status only with guarantees.'],
  ['territorial-integrity', "Ukraine's internationally recognized borders"],
  ['territorial-integrity', 'міжнародно визнаних кордонів України'],
  ['military-aid', 'more weapons for Ukraine'],
  ['military-aid', 'arms to Kyiv'],
  ['military-aid', 'зброя для України'],
  ['donbas-withdrawal', 'The Kremlin says Ukrainian troops have to leave the Donbas first.'],
  ['donbas-withdrawal', 'Kyiv will not relinquish the part of Donetsk it still holds.'],
  ['donbas-withdrawal', 'Росія наполягає на здачі Донбасу.'],
  ['donbas-withdrawal', 'Україна не здасть решту Донеччини.'],
  ['occupied-territories', 'Zelensky refused to relinquish territory.'],
  ['nato-non-accession', 'Kyiv would have to renounce any plan to join NATO.'],
  ['nato-non-accession', 'Ukraine still hopes to join the NATO alliance.'],
  ['security-guarantees', 'The security-guarantees paper is ready to sign.'],
  ['ceasefire', 'a cease-fire along the line'],
];

/** [party id, a sentence naming it]: inflected Ukrainian forms, titles, institutions. */
const PARTY_NAMES: [string, string][] = [
  ['zelensky', 'Про це заявив Зеленський.'],
  ['zelensky', 'Трамп зустрівся із Зеленським.'],
  ['zelensky', 'Зеленському запропонували план.'],
  ['zelensky', 'позиція Зеленського'],
  ['zelensky', 'Президент Володимир Зеленський'],
  ['trump', 'Трамп заявив'],
  // Ukrainian media write Russia's state and officials in lower case on purpose.
  ['russia', 'удар по території рф'],
  ['russia', 'росія відкинула пропозицію'],
  ['russia', 'речник кремля відповів'],
  ['russia', 'переговори з москвою'],
  ['putin', 'резиденція путіна'],
  ['putin', 'речник володимира путіна'],
  ['peskov', 'заявив пєсков'],
  ['lavrov', 'сергій лавров сказав'],
  ['dmitriev', 'кирило дмитрієв прилетів'],
  ['trump', 'зустріч із Трампом'],
  ['trump', 'Трампові передали'],
  ['trump', 'Дональд Трамп'],
  ['putin', 'Путін відкинув'],
  ['putin', 'Путіну передали'],
  ['putin', 'з Путіним'],
  ['putin', 'вимоги Путіна'],
  ['witkoff', 'Віткофф прибув'],
  ['witkoff', 'зустріч з Віткоффом'],
  ['witkoff', 'Віткоффа прийняли'],
  ['kellogg', 'спецпосланець Кіт Келлог'],
  ['kellogg', 'генерал Келлог'],
  ['rubio', 'держсекретар Марко Рубіо'],
  ['macron', 'Макрон заявив'],
  ['macron', 'з Макроном'],
  ['starmer', 'Стармер наголосив'],
  ['starmer', "прем'єр Стармер"],
  ['merz', 'канцлер Мерц'],
  ['merz', 'канцлера Мерца'],
  ['rutte', 'генсек НАТО Марк Рютте'],
  ['von-der-leyen', 'Урсула фон дер Ляєн'],
  ['umerov', 'Рустем Умєров'],
  ['umerov', 'секретар РНБО Умєров'],
  ['yermak', 'Андрій Єрмак'],
  ['yermak', 'голова ОП Єрмак'],
  ['sybiha', 'Андрій Сибіга'],
  ['sybiha', 'міністр Сибіга'],
  ['lavrov', 'Сергій Лавров'],
  ['lavrov', 'Лавров заявив'],
  ['peskov', 'Дмитро Пєсков'],
  ['dmitriev', 'Кирило Дмитрієв'],
  ['vance', 'Джей Ді Венс'],
  ['vance', 'віцепрезидент Венс'],
  ['us', 'Сполучені Штати'],
  ['us', 'Сполучених Штатів'],
  ['us', 'у США'],
  ['us', 'американська сторона'],
  ['us', 'Білий дім'],
  ['us', 'адміністрація Трампа'],
  ['russia', 'Росія'],
  ['russia', 'Росією'],
  ['russia', 'РФ'],
  ['russia', 'російська сторона'],
  ['russia', 'Кремль заявив'],
  ['ukraine', 'Україною'],
  ['ukraine', 'українська сторона'],
  ['europe', 'Європа'],
  ['europe', 'Євросоюз'],
  ['europe', 'ЄС'],
  ['europe', 'Європейський Союз'],
  ['europe', 'європейські партнери'],
  ['france', 'Франція'],
  ['germany', 'Німеччина'],
  ['germany', 'Німеччини'],
  ['uk', 'Велика Британія'],
  ['uk', 'Британія'],
  ['uk', 'Британії'],
  ['china', 'Китай'],
  ['china', 'КНР'],
  ['nato', 'Альянс'],
  ['nato', 'Північноатлантичний альянс'],
  ['us', 'the Trump administration'],
  ['us', 'Washington insists'],
  ['europe', 'Brussels insists on'],
  ['europe', 'the European Commission'],
  ['zelensky', "Zelenskyy's office"],
  ['zelensky', 'President Zelenskyy'],
  ['putin', "Putin's"],
  ['trump', "Trump's"],
  ['kellogg', 'Keith Kellogg'],
  ['rubio', 'Secretary of State Marco Rubio'],
  ['vance', 'Vice President JD Vance'],
];

/** [plan id, a sentence naming it]. */
const PLAN_NAMES: [string, string][] = [
  ['us-28-point-plan-2025-11', 'The 28-point plan was drafted in October.'],
  ['us-28-point-plan-2025-11', "Trump's 28-point proposal was leaked on November 19."],
  ['us-28-point-plan-2025-11', 'the US 28-point peace plan'],
  ['us-28-point-plan-2025-11', 'the so-called Witkoff plan, drafted in November'],
  ['us-28-point-plan-2025-11', 'the Witkoff-Dmitriev plan'],
  ['us-28-point-plan-2025-11', 'the original 28-point draft'],
  ['us-28-point-plan-2025-11', 'план Віткоффа-Дмитрієва'],
  ['us-28-point-plan-2025-11', 'американський план з 28 пунктів'],
  ['us-28-point-plan-2025-11', '28-пунктний план'],
  ['us-ua-geneva-19-point-2025-11', 'the revised 19-point framework agreed in Geneva'],
  ['us-ua-geneva-19-point-2025-11', 'оновлений план із 19 пунктів'],
  ['us-ua-20-point-plan-2025-12', 'Zelensky presented the 20-point plan.'],
  ['us-ua-20-point-plan-2025-12', '20-пунктний план'],
  ['us-ua-20-point-plan-2025-12', 'рамковий план із 20 пунктів'],
  ['e3-counterproposal-2025-11', "Europe's counterproposal to the 28-point plan"],
  ['eu-ua-counterproposal-2025-04', "Ukraine's counter-proposal, delivered in London"],
  ['peace-formula-2022', "Zelensky's Peace Formula"],
  ['peace-formula-2022', 'формула миру Зеленського'],
  ['china-12-point-2023', "China's 12-point peace plan"],
  ['istanbul-communique-2022', 'the Istanbul communique of March 2022'],
  ['russia-demands-2024-06', "Putin's demands for ending the war"],
  ['russia-demands-2024-06', 'вимоги Кремля'],
  ['us-framework-2025-04', 'the initial US framework'],
  ['us-framework-2025-04', 'початкова рамкова пропозиція США'],
];

/** Sentences that mention no proposal, though they share words with one. */
const NOT_PROPOSALS: string[] = [
  "Switzerland's neutrality is centuries old.",
  'Зброя для самооборони продається вільно.',
  'The Pentagon will cut troops in Romania.',
  'The US plans to reduce its military presence in Europe.',
  "Russia's army has lost 600,000 troops.",
  'Russian forces pulled back from the outskirts.',
  "Ukraine's army cut supply lines at Pokrovsk.",
  'The company agreed to hand over land for the new stadium.',
  'Farmers keep land they inherited.',
  "Troops were deployed to Ukraine's border in 2021 by Russia.",
  'The fighting paused in the evening.',
  'Western leaders met in Paris.',
  'Зупинка автобуса біля вокзалу.',
  'Фермери не хочуть віддати землю забудовникам.',
  'Санкції проти Росії будуть посилені.',
  'Вступ Фінляндії до НАТО.',
  'The all-of-government approach',
  'Residents leave Donetsk city by bus every week.',
  'A security-minded guarantee of the loan.',
  'Фермери здали зерно на елеватор.',
];

describe('party names', () => {
  it.each(PARTY_NAMES)('%s: %s', (id, text) => {
    expect(matcher.find(text, { lang: 'auto' }).map((m) => m.id)).toContain(id);
  });
});

describe('plan names', () => {
  it.each(PLAN_NAMES)('%s: %s', (id, text) => {
    expect(matcher.find(text, { lang: 'auto' }).map((m) => m.id)).toContain(id);
  });

  it('a generic name counts as a plan only near words of its time', () => {
    const plans = (text: string) =>
      matcher
        .find(text, { lang: 'auto' })
        .filter((m) => m.kind === 'plan')
        .map((m) => m.id);
    expect(plans('The Witkoff plan for the Gaza hostages was accepted by Hamas.')).toEqual([]);
    expect(plans('In Geneva on November 23 the Witkoff plan was cut to 19 points.')).toContain(
      'us-28-point-plan-2025-11',
    );
  });
});

describe('proposal phrasings', () => {
  it.each(PHRASINGS)('%s: %s', (id, text) => {
    expect(proposalsIn(text).map((m) => m.id)).toContain(id);
  });

  it.each(NOT_PROPOSALS)('no proposal in: %s', (text) => {
    expect(proposalsIn(text).map((m) => `${m.id}: ${m.text}`)).toEqual([]);
  });

  it('the army-size rule vetoes a cap phrase whose military word belongs to another subject', () => {
    expect(proposalsIn('Congress put limits on US military aid.').map((m) => m.id)).toEqual(['military-aid']);
    expect(proposalsIn('The plan puts limits on the Ukrainian military.').map((m) => m.id)).toEqual([
      'army-limits',
    ]);
  });
});
