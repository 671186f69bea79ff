/**
 * The forty-third session's rules, each with look-alikes, written from the misses of the fourteenth
 * blind round's late pairs (118, 119 and 122, read after they were scored, so those pairs are no
 * longer blind to them) and from an audit of the whole dev set: names whose articles were
 * over-counted far more often than not. Sentences written for the test, in the ways reporters
 * phrase each idea, none copied from the articles.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

describe('the fourteenth round, late pairs: money for Ukraine’s defence', () => {
  checkCounts([
    [
      'military-aid',
      "Asked about new funding for Ukraine's defence, the president said only that he would see.",
      1,
    ],
    [
      'military-aid',
      "Allies agreed that direct contributions to Ukraine's defense will count towards the target.",
      1,
    ],
    ['military-aid', 'Міністр пообіцяв нові гроші для української оборони вже цього року.', 1],
    ['military-aid', 'Союзники зараховуватимуть прямі внески в українську оборону до своїх видатків.', 1],
    // Look-alikes: another country's defence, Ukraine's schools, a defence lawyer's fees.
    ['military-aid', "Congress approved new funding for Poland's defence and for Ukraine's schools.", 0],
    ['military-aid', "The fund pays contributions to Ukraine's pension system.", 0],
    ['military-aid', 'Уряд виділив кошти для оборони Польщі, повідомила Україна.', 0],
  ]);
});

describe('the fourteenth round, late pairs: Ukraine winning all its land back', () => {
  checkCounts([
    [
      'territorial-integrity',
      'Trump wrote that Ukraine could fight and WIN all of Ukraine back in its original form.',
      1,
    ],
    ['territorial-integrity', 'Few in Kyiv now believe Ukraine can claw back territory by force.', 1],
    ['territorial-integrity', 'По мнению Трампа, Украина может «отвоевать» всю свою территорию.', 1],
    ['territorial-integrity', 'На думку Трампа, Україна здатна відвоювати всю свою територію.', 1],
    // Look-alikes: Russia's own claim, Russia's Kursk counter-offensive, a company's market share.
    [
      'territorial-integrity',
      'Россия намерена отвоевать всю территорию Донецкой области, заявили в Киеве.',
      0,
    ],
    ['territorial-integrity', 'Russian troops clawed back territory in Kursk region from Ukraine.', 0],
    ['territorial-integrity', 'The carmaker clawed back market share in Ukraine last year.', 0],
  ]);
});

describe('the fourteenth round, late pairs: regions besides Crimea recognised as Russian in fact', () => {
  checkCounts([
    // With Crimea first ("recognize Crimea, Luhansk and Donetsk as de facto Russian") the Crimea
    // proposal's longer mark holds this one inside it: both count, the page shows the outer one.
    [
      'occupied-territories',
      'Under the draft the US would treat Luhansk and Donetsk as de facto Russian.',
      1,
    ],
    ['occupied-territories', 'План передбачав визнання Луганщини й Донеччини фактично російськими.', 1],
    // The same in Russian: since «де-факто» is one word inside a gap (forty-ninth session) the Crimea
    // name reaches it too, and holds the regions inside (phrasings-after-blind-49 checks both).
    [
      'crimea-recognition',
      'План предусматривал признание Крыма, Луганской и Донецкой областей де-факто российскими.',
      1,
    ],
    // Look-alike: Crimea alone is the Crimea proposal, not the occupied territories.
    ['occupied-territories', 'The draft would recognise Crimea as de facto Russian, Ukraine said.', 0],
    ['crimea-recognition', 'The draft would recognise Crimea as de facto Russian, Ukraine said.', 1],
  ]);
});

describe('the fourteenth round, late pairs: Ukraine’s troops leaving what Russia claims', () => {
  checkCounts([
    [
      'donbas-withdrawal',
      'Путін пригрозив: якщо українські війська не вийдуть із територій, на які претендує росія, бої триватимуть.',
      1,
    ],
    [
      'donbas-withdrawal',
      'Путин заявил, что если украинские войска не выйдут из территорий, на которые претендует Россия, бои продолжатся.',
      1,
    ],
    // Look-alike: Russia leaving what Ukraine claims.
    [
      'donbas-withdrawal',
      'Киев требует, чтобы Россия вышла из территорий, на которые претендует Украина.',
      0,
    ],
  ]);
});

describe('the dev-set audit: Donetsk and Luhansk regions named together as what Ukraine must leave', () => {
  checkCounts([
    ['donbas-withdrawal', 'Путин остановит войну, если ВСУ покинут Донецкую и Луганскую области.', 1],
    ['donbas-withdrawal', 'Україна мусила б повністю віддати росіянам Донецьку й Луганську області.', 1],
    // Look-alike: Russia handing regions back.
    ['donbas-withdrawal', 'Росія віддасть Україні Луганську та Донецьку області, мріють у Києві.', 0],
  ]);
});

describe('the dev-set audit: NATO troops on Ukrainian territory, the noun before or after', () => {
  checkCounts([
    ['european-force', 'В Кремле настаивают, чтобы на украинской территории не было военных НАТО.', 1],
    ['european-force', 'Москва отвергает появление войск стран НАТО на украинской территории.', 1],
    ['european-force', 'Сирський вважає, що військ НАТО на українській території не буде.', 1],
    // Look-alikes: Russia's own troops there, NATO's troops at home.
    ['european-force', 'Российские войска на украинской территории несут потери, сообщили в Киеве.', 0],
    ['european-force', 'Військ НАТО в Польщі стало більше, повідомили в Україні.', 0],
  ]);
});

describe('the fourteenth round, late pairs: a country’s waters are not the zone proposed for Donbas', () => {
  checkCounts([
    [
      'donbas-withdrawal',
      'Two tankers were hit inside Türkiye’s exclusive economic zone, days after talks on Donbas and Ukraine.',
      0,
    ],
    [
      'donbas-withdrawal',
      'Танкери уразили у виключній економічній зоні Туреччини; Донбас обговорять окремо.',
      0,
    ],
    [
      'donbas-withdrawal',
      'Танкеры поразили в исключительной экономической зоне Турции; Донбасс обсудят отдельно.',
      0,
    ],
    // The zone proposed for Donbas still counts.
    ['donbas-withdrawal', 'The US proposed a free economic zone in the part of Donbas Ukraine holds.', 1],
  ]);
});

describe('the dev-set audit: ending the fighting is ending the war, not a ceasefire', () => {
  checkCounts([
    // Writers of fifteen articles counted "end the fighting" and "the fighting to end" as no ceasefire.
    ['ceasefire', 'Trump promised during the campaign to end the fighting in Ukraine within 24 hours.', 0],
    ['ceasefire', 'Putin said ending the fighting in Ukraine would take time.', 0],
    ['ceasefire', 'Zelensky wanted the fighting to end, Trump said after meeting him; Russia disagreed.', 0],
    // A halt, a stop or a pause to the fighting still is.
    ['ceasefire', 'Kyiv is ready to halt the fighting for a month, Zelensky said of Russia.', 1],
    ['ceasefire', 'Russia and Ukraine agreed to stop the fighting for thirty days.', 1],
    ['ceasefire', 'Both sides said the hostilities must cease at once, Ukraine and Russia agreed.', 1],
  ]);
});

describe('the dev-set audit: a land swap is no id', () => {
  checkCounts([
    // Writers of ten of the fourteen articles that name one counted it as no proposal: it trades land
    // both ways and is not Russia keeping what it took.
    ['occupied-territories', 'The envoy floated a land swap between Ukraine and Russia.', 0],
    ['occupied-territories', 'Kyiv rejects any exchange of territory with Russia.', 0],
    ['occupied-territories', 'Київ не погодиться на обмін територіями з Москвою.', 0],
    ['occupied-territories', 'Уиткофф предложил Украине обмен территориями.', 0],
    ['occupied-territories', 'Територіальний обмін для України неприйнятний, кажуть у Києві.', 0],
    // Ceding land still is.
    ['occupied-territories', 'Kyiv has ruled out ceding any of its territory to Moscow.', 1],
  ]);
});

describe('the fifteenth round: Russian as an official language again, protection for the Orthodox churches', () => {
  checkCounts([
    [
      'language-religion',
      'In Anchorage Putin demanded that Russian would again be an official language in Ukraine.',
      1,
    ],
    [
      'language-religion',
      'Putin’s demands at the talks included security for Orthodox churches in Ukraine.',
      1,
    ],
    [
      'language-religion',
      'На переговорах Путин требовал, чтобы русский язык снова стал в Украине официальным.',
      1,
    ],
    ['language-religion', 'Путин на переговорах требует, чтобы православные церкви получили защиту.', 1],
    ['language-religion', 'Путін на переговорах вимагав, щоб православні церкви отримали захист.', 1],
    // Look-alikes: a language lesson, a hotel's guards at Easter, no talks near.
    ['language-religion', 'Russian is taught as a second language in many schools in Ukraine.', 0],
    ['language-religion', 'The hotel offered security for Orthodox churches during Easter in Cyprus.', 0],
  ]);
});

describe('the fifteenth round: short halts to strikes, quiet on land, in the air and at sea', () => {
  checkCounts([
    [
      'ceasefire',
      'Zelensky accused Moscow of exploiting the American request for a short halt to strikes to stockpile missiles.',
      1,
    ],
    ['ceasefire', 'Trump said he had asked Putin to hold off striking Kyiv and other cities for a week.', 1],
    [
      'ceasefire',
      'Україна запропонувала тишу на землі, у повітрі та на морі, заявив Зеленський про Росію.',
      1,
    ],
    ['ceasefire', 'Украина предложила тишину на земле, в воздухе и на море, заявили в Кремле.', 1],
    // Look-alikes: a Christmas wish, a football pause.
    ['ceasefire', 'Бажаємо миру і тиші на землі, написали діти з України.', 0],
    ['ceasefire', 'The coach called a brief pause in attacks on goal a mistake.', 0],
  ]);
});

describe('the fifteenth round: Donbas given up in other forms, four regions named Russian', () => {
  checkCounts([
    ['donbas-withdrawal', 'Раньше Зеленский объяснял, что, уйдя из Донбасса, Украина потеряет оборону.', 1],
    [
      'donbas-withdrawal',
      'В Киеве заявили, что не отдадут территории, которые российская армия не смогла захватить.',
      1,
    ],
    // With Crimea first the Crimea point's longer mark holds this one inside it (both count).
    [
      'occupied-territories',
      'Меморандум вимагає визнання Донецької, Луганської, Запорізької та Херсонської областей російськими.',
      1,
    ],
    // Look-alike: leaving an office.
    ['donbas-withdrawal', 'Уйдя из офиса, министр поехал в Донецк на встречу.', 0],
  ]);
});

describe('the fifteenth round: NATO’s commander "in Europe" is a title, not Europe', () => {
  checkCounts([
    ['europe', "Grynkewich, Nato's supreme allied commander in Europe, met both delegations.", 0],
    ['nato', "Grynkewich, Nato's supreme allied commander in Europe, met both delegations.", 1],
    ['europe', 'Europe must do more, the commander said.', 1],
  ]);
});

describe('the sixteenth round: help "in case of a new Russian attack", the force after the war', () => {
  checkCounts([
    [
      'security-guarantees',
      'Allies pledged to stand by Ukraine in case of a future armed attack by Russia.',
      1,
    ],
    ['security-guarantees', 'Allies would help Kyiv in the event of a renewed Russian attack.', 1],
    ['security-guarantees', 'Союзники нададуть Україні підтримку в разі нового збройного нападу Росії.', 1],
    ['security-guarantees', 'Союзники окажут Украине поддержку в случае нового нападения России.', 1],
    ['european-force', 'Britain and France pledged a post-ceasefire force for Ukraine.', 1],
    ['european-force', 'Russia said Western military units and facilities in Ukraine would be targets.', 1],
    [
      'european-force',
      'Росія погрожує: західні військові підрозділи на території України стануть цілями.',
      1,
    ],
    [
      'european-force',
      'Россия пригрозила: западные воинские подразделения на территории Украины станут целями.',
      1,
    ],
    // Look-alikes: NATO's own clause, a country's army after 1945.
    [
      'security-guarantees',
      'In case of an attack by Russia on a NATO member, Article 5 applies, Ukraine noted.',
      0,
    ],
    [
      'security-guarantees',
      'У разі нового нападу Росії на члена НАТО діє п’ята стаття, нагадали в Україні.',
      0,
    ],
    ['european-force', 'Germany’s post-war army was small, a Ukrainian historian said.', 0],
  ]);
});

describe('the sixteenth round: Ukraine’s troops that left Donbas, the occupied plant, recognition refused', () => {
  checkCounts([
    ['donbas-withdrawal', 'Peskov said fighting would end only once Ukrainian troops left the Donbas.', 1],
    ['zaporizhzhia-npp', 'There was no agreement on who runs the Russian-occupied Zaporizhzhia plant.', 1],
    [
      'occupied-territories',
      'Україна не визнаватиме окуповану частину Донбасу російською ні де-юре, ні де-факто.',
      1,
    ],
    // Look-alikes: families who fled in 2014, a steel plant, wounded soldiers handed back (only the
    // arms supplies in that sentence are aid).
    ['donbas-withdrawal', 'Many families left the Donbas in 2014, Ukraine recalls.', 0],
    ['zaporizhzhia-npp', 'The Zaporizhstal steel plant in Zaporizhzhia cut output.', 0],
    [
      'military-aid',
      'Путин пообещал, что 23 тяжелораненых украинских военных, которые лечатся в российских больницах, передадут Украине, на фоне споров о поставках оружия.',
      1,
    ],
  ]);
});

describe('the seventeenth round: Russian money named in other words, a financial guarantee', () => {
  checkCounts([
    ['frozen-assets', 'Лидеры не смогли изъять российские средства, заявили в Киеве.', 1],
    ['frozen-assets', 'Киеву дадут заём под залог российских средств, сообщили в Брюсселе.', 1],
    ['frozen-assets', 'Иммобилизованные средства Банка России пойдут на заём Киеву.', 1],
    ['frozen-assets', 'The Commission will keep working on an assets-based loan backed by Russian money.', 1],
    // Look-alikes: the finance term far from this war, money as a guarantee of security.
    ['frozen-assets', 'The bank offered Canadian farmers an asset-backed loan last year.', 0],
    ['security-guarantees', 'Украина получила финансовую гарантию безопасности на два года.', 0],
  ]);
});
