/**
 * The fifty-second session's rules, each with look-alikes, written from the misses of the
 * eighty-eighth and eighty-ninth blind rounds (pairs 415–422: China's paper of February 2023, Jeddah,
 * the African mission, Macron's troops, Putin to Carlson, Davos and Malta on the peace formula, the
 * talks paused in March 2026), read after they were scored, so those pairs are no longer blind to
 * them. Sentences written for the test, none copied from the articles.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { checkCounts } from './real-data.ts';

describe('a plan whose name starts inside a party’s full name', () => {
  const matcher = compileMatcher({
    entries: [
      { id: 'zelensky', kind: 'party', names: { en: ['Volodymyr Zelensky', 'Zelensky'] } },
      { id: 'formula', kind: 'plan', names: { en: ["Zelensky's peace formula"] } },
    ],
    contexts: {},
  });
  const find = (text: string) =>
    matcher.find(text, { lang: 'en' }).map((m) => `${m.id}${m.nested ? ' (nested)' : ''}: ${m.text}`);

  it('takes the party’s start, with the party nested in it', () => {
    expect(find("Delegates discussed Volodymyr Zelensky's peace formula.")).toEqual([
      "formula: Volodymyr Zelensky's peace formula",
      'zelensky (nested): Volodymyr Zelensky',
    ]);
  });
  it('keeps the widest start where the plan starts inside a party nested in a longer one', () => {
    const nested = compileMatcher({
      entries: [
        { id: 'us', kind: 'party', names: { en: ['the Trump administration', 'Trump administration'] } },
        { id: 'plan', kind: 'plan', names: { en: ["administration's 28-point plan"] } },
      ],
      contexts: {},
    });
    expect(
      nested
        .find("Kyiv studied the Trump administration's 28-point plan.", { lang: 'en' })
        .filter((m) => !m.nested)
        .map((m) => `${m.id}: ${m.text}`),
    ).toEqual(["plan: the Trump administration's 28-point plan"]);
  });
  it('leaves the party alone where no plan runs past it', () => {
    expect(find('Volodymyr Zelensky spoke by video.')).toEqual(['zelensky: Volodymyr Zelensky']);
  });
});

describe('the eighty-eighth and eighty-ninth rounds: plans named by their author and their year', () => {
  checkCounts([
    ['peace-formula-2022', "Advisers met in Malta to discuss Volodymyr Zelensky's peace formula.", 1],
    ['us-28-point-plan-2025-11', "Kyiv was handed Donald Trump's peace plan on 20 November 2025.", 1],
    ['peace-formula-2022', 'Ukraine peace formula talks close in Malta.', 1],
    ['peace-formula-2022', 'Делегаты обсуждали отдельные пункты украинской формулы.', 1],
    ['peace-formula-2022', 'Партнери обговорили формулу Зеленського.', 1],
    ['china-12-point-2023', "China's 12-point paper calls for talks.", 1],
    [
      'china-12-point-2023',
      'Beijing published the paper on Friday; the 12-point plan avoids the word invasion.',
      1,
    ],
    ['china-12-point-2023', 'У Києві китайський документ оцінили стримано, хоча Пекін чекав іншого.', 1],
    ['china-12-point-2023', 'Китай напомнил о собственном документе из 12 пунктов.', 1],
    [
      'istanbul-communique-2022',
      'Putin showed the Treaty on Permanent Neutrality and Security Guarantees for Ukraine.',
      1,
    ],
    ['istanbul-communique-2022', 'Путин показал проект стамбульского договора.', 1],
    // Look-alikes: Europe's 12-point plan of October 2025, the Chinese-Brazilian points of 2024, a
    // formula for something else, a plain treaty.
    ['china-12-point-2023', 'In October, Europe and Kyiv drafted a 12-point plan; China stayed silent.', 0],
    [
      'china-12-point-2023',
      'China and Brazil set out their own initiative, and the Chinese document won few backers.',
      0,
    ],
    ['peace-formula-2022', 'Економісти запропонували українську формулу розрахунку тарифів.', 0],
    ['istanbul-communique-2022', 'The grain deal was signed in Istanbul in July 2022.', 0],
  ]);
});

describe('the eighty-eighth and eighty-ninth rounds: children among the deportees, children held hostage', () => {
  checkCounts([
    [
      'deported-children',
      'The working groups covered the release of prisoners and deportees, including children.',
      1,
    ],
    ['deported-children', 'Ішлося про звільнення полонених і депортованих, зокрема дітей.', 1],
    [
      'deported-children',
      'They called for the return of children, who, Ramaphosa said, had been taken hostage in the conflict.',
      1,
    ],
    // Look-alikes: deportees alone; Gaza's hostages.
    ['deported-children', 'The working groups covered the release of prisoners and deportees.', 0],
    ['deported-children', 'The deal in Gaza provides for the return of children held hostage by Hamas.', 0],
  ]);
});

describe('the ninetieth and ninety-first rounds: NATO’s invitation to Ukraine, and troops that stay as long as the invader’s', () => {
  checkCounts([
    [
      'nato-non-accession',
      'NATO said it would be in a position to extend an invitation to Ukraine when allies agree.',
      1,
    ],
    ['nato-non-accession', 'В Вильнюсе Украину не пригласили в альянс, хотя в НАТО обещали ей будущее.', 1],
    ['nato-non-accession', 'На саміті НАТО союзники не надіслали Україні запрошення.', 1],
    ['nato-non-accession', 'Союзники не поспішають запросити Україну до НАТО.', 1],
    // Look-alikes: an invitation to Ukraine from the EU or to a summit; another applicant.
    ['nato-non-accession', 'The EU will extend an invitation to Ukraine to open accession talks.', 0],
    ['nato-non-accession', 'NATO leaders invited Finland to join the alliance in 2022.', 0],
    [
      'european-force',
      'Zelensky refused to negotiate with Russia as long as its troops remain on Ukrainian soil.',
      0,
    ],
    ['european-force', 'British troops would stay on Ukrainian soil as long as needed after a truce.', 1],
  ]);
});

describe('the ninety-second and ninety-third rounds: annexations recognised or refused, the separatist "republics", applications to NATO', () => {
  checkCounts([
    ['occupied-territories', 'Biden said the United States would never recognise the illegal annexation.', 1],
    [
      'occupied-territories',
      'Країни G7 ніколи не визнають спроб Росії анексувати будь-яку українську територію.',
      1,
    ],
    ['occupied-territories', 'Запад не признает аннексию четырех областей.', 1],
    [
      'occupied-territories',
      'Moscow demands that Kyiv accept the independence of the two separatist republics in the east.',
      1,
    ],
    [
      'occupied-territories',
      'Москва требует признания ДНР и ЛНР в границах Донецкой и Луганской областей.',
      1,
    ],
    ['nato-non-accession', 'Деякі країни НАТО підтримали заявку Києва до Альянсу.', 1],
    ['nato-non-accession', "Kyiv's application to join the alliance was signed on Friday.", 1],
    ['language-religion', 'In talks, Putin demanded protection for its Russian-speaking population.', 1],
    // Look-alikes: Crimea's annexation has its own names; Russia's own recognition of February 2022;
    // another country's application.
    ['occupied-territories', 'The world never recognised the annexation of Crimea in 2014.', 0],
    [
      'occupied-territories',
      'On 21 February 2022 Putin recognised the independence of the two separatist republics.',
      0,
    ],
    ['nato-non-accession', "Finland's application to join NATO went through in a year.", 0],
  ]);
});

describe('the ninety-fourth and ninety-fifth rounds: the grain deal of 2022–23 is no truce, no guarantee and no Istanbul draft', () => {
  checkCounts([
    [
      'security-guarantees',
      'Russia left the grain deal, and its ministry said it was withdrawing guarantees for the safety of navigation.',
      0,
    ],
    ['security-guarantees', 'Moscow ended its security guarantees for shipping in the Black Sea.', 0],
    ['security-guarantees', 'МЗС РФ оголосило про відкликання гарантій безпеки судноплавства.', 0],
    ['security-guarantees', 'МИД России отозвал гарантии безопасности судоходства.', 0],
    ['security-guarantees', 'Kyiv wants security guarantees for Ukraine before any truce.', 1],
    [
      'istanbul-communique-2022',
      'Турция и ООН подписали зерновые документы. Хранилища зерна не пострадали при ударе, о котором много писали в субботу и воскресенье, когда российская сторона заверила Анкару, что не имеет к атаке отношения, а турецкая сторона выразила беспокойство, подчеркнув, что продолжит выполнять свои обязательства по достигнутым договоренностям. В Киеве заявили, что удар ставит под сомнение стамбульские договоренности.',
      0,
    ],
    ['istanbul-communique-2022', 'Путин показал проект стамбульского договора 2022 года.', 1],
    [
      'ceasefire',
      'Russia quit the grain deal on Monday, saying its demands on farm exports, the farm bank and spare parts for tractors had been ignored for a year by Ukraine and its Western backers. Kremlin spokesman Dmitry Peskov told reporters the Black Sea arrangements had ceased to be in force.',
      0,
    ],
    ['ceasefire', 'Ukraine and Russia agreed in Riyadh on a Black Sea deal to halt attacks on shipping.', 1],
  ]);
});

describe('the ninety-fifth round: a frozen war', () => {
  checkCounts([
    ['frontline-freeze', 'Zelensky said Ukraine could not be a country with a frozen war.', 1],
    ['frontline-freeze', 'Зеленський наголосив, що Україна не може бути країною із замороженою війною.', 1],
    ['frontline-freeze', 'Украина не может быть страной, где есть замороженная война, заявил Зеленский.', 1],
    // Look-alike: another frozen war, with no Ukraine near.
    ['frontline-freeze', 'The frozen war in Moldova’s Transnistria region has lasted since 1992.', 0],
  ]);
});

describe('the ninety-seventh round: the drafts agreed in Istanbul in 2022, told by a verb first', () => {
  checkCounts([
    [
      'istanbul-communique-2022',
      'Putin recalled that the two delegations had agreed on draft documents in Istanbul in the spring of 2022.',
      1,
    ],
    [
      'istanbul-communique-2022',
      'Путин напомнил, что делегации согласовали в Стамбуле проекты документов весной 2022 года.',
      1,
    ],
    [
      'istanbul-communique-2022',
      'Он показал проект договора с Украиной, подготовленный в Стамбуле весной 2022 года.',
      1,
    ],
    // Even on a page about the grain deal, where the draft is nearer than the grain.
    [
      'istanbul-communique-2022',
      'Erdoğan pressed Putin to return to the grain deal, and Putin said Russia would ship grain to Africa. On talks, he recalled the drafts agreed in Istanbul in the spring of 2022.',
      1,
    ],
    // Look-alike: the grain deal itself, agreed in Istanbul in July 2022.
    ['istanbul-communique-2022', 'The grain export documents were agreed in Istanbul in July 2022.', 0],
  ]);
});

describe('the ninety-sixth round: Russian state assets seized or confiscated, in any case', () => {
  checkCounts([
    [
      'frozen-assets',
      'Закон позволяет конфисковать замороженные в США активы российского государства и передать их Украине.',
      1,
    ],
    ['frozen-assets', 'За конфискацию российских активов Вашингтону придется ответить, заявили в МИД.', 1],
    ['frozen-assets', 'The REPO Act lets the president seize about $5 billion of Russian state assets.', 1],
    // Look-alike: Russia seizing Western companies' assets.
    ['frozen-assets', 'Russia seized the assets of Danone and Carlsberg in 2023.', 0],
  ]);
});

describe('the ninety-sixth and ninety-seventh rounds: the peace formula and China’s paper named by their authors', () => {
  checkCounts([
    ['peace-formula-2022', 'Zelenskiy asked Beijing to help in implementing his peace formula.', 1],
    ['peace-formula-2022', "Kyiv's peace formula was not on the summit's agenda.", 1],
    ['peace-formula-2022', "Zelenskiy's 10-point plan remains the basis, his office said.", 1],
    [
      'china-12-point-2023',
      'Путин похвалил мирный план, который выдвинул Китай, и Пекин его поблагодарил.',
      1,
    ],
    [
      'china-12-point-2023',
      'В документе «Позиция Китая по политическому урегулированию украинского кризиса» 12 пунктов.',
      1,
    ],
    // Look-alikes: another leader's formula; a plan another country put forward.
    ['peace-formula-2022', 'Erdoğan touted his peace formula for the Caucasus in Baku.', 0],
    ['china-12-point-2023', 'Путин похвалил мирный план, который выдвинула Бразилия.', 0],
  ]);
});

describe('the ninety-eighth and ninety-ninth rounds: land traded for membership, Russia’s votes of 2022 not recognised', () => {
  checkCounts([
    ['occupied-territories', 'Jenssen floated swapping land for a NATO umbrella, Kyiv said.', 1],
    ['occupied-territories', 'Kyiv ruled out any land-for-membership deal with NATO.', 1],
    ['occupied-territories', 'Україна не торгує територіями, заявив Кулеба.', 1],
    ['occupied-territories', 'Подоляк висміяв ідею обміняти територію на парасольку НАТО для України.', 1],
    ['occupied-territories', 'The vast majority of states would not recognise the sham referendums.', 1],
    ['occupied-territories', 'У США та ЄС пообіцяли не визнавати псевдореферендуми.', 1],
    ['occupied-territories', 'ЄС не визнає результатів так званих референдумів.', 1],
    ['referendum', 'Кремль організовує «фіктивний референдум», аби анексувати частини України.', 0],
    // Look-alikes: a peace referendum whose results Kyiv would recognise; trade of another kind.
    [
      'occupied-territories',
      'Kyiv said it would recognise the results of a referendum on the peace deal.',
      0,
    ],
    ['referendum', 'Kyiv said it would recognise the results of a referendum on the peace deal.', 1],
    ['occupied-territories', 'The US and China trade territory claims in the South China Sea.', 0],
  ]);
});

describe('the hundredth and hundred-and-first rounds: a demilitarised plant, acronyms in title case', () => {
  checkCounts([
    ['army-limits', 'Russia demands the demilitarization of Ukraine.', 1],
    ['military-aid', 'He thanked Scholz for speeding up delivery of the Iris-T system to Ukraine.', 1],
    ['military-aid', 'Washington has already committed Nasams launchers to Kyiv.', 1],
    // Look-alikes: a nuclear plant demilitarised; a novelist.
    ['army-limits', 'Zelensky wants Russia to demilitarize the plant.', 0],
    ['army-limits', 'Зеленський підтримав демілітаризацію станції.', 0],
    ['military-aid', 'Iris Murdoch wrote novels in Oxford.', 0],
  ]);
});
