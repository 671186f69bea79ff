/**
 * How reporters name the plans, from an audit of 2025-26 reporting on the US frameworks, the European
 * counterproposals, the Geneva version, Putin's June 2024 terms, the Istanbul drafts of 2022 and
 * China's paper (1 December 2026): "Washington's peace blueprint", "Europe's alternative proposal",
 * "the Geneva draft", "Putin's ultimatum", "стамбульська угода", "женевські напрацювання",
 * "мирний план Вашингтона". Every sentence must find its plan with exactly that text, and the
 * look-alikes (Gaza's 20-point plan, Putin's demands in
 * Alaska, the Geneva talks of February 2026, the grain deal signed in Istanbul, a bare anaphor, a
 * US plan for another country discussed in Geneva) must not find it. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());
const find = (text: string) => matcher.find(text, { lang: 'auto' });
const textsOf = (id: string, text: string) =>
  find(text)
    .filter((m) => m.id === id)
    .map((m) => text.slice(m.start, m.end));

/** [plan id, a sentence naming it, the text of the mention]. */
const NAMES: [string, string, string][] = [
  // The European counterproposal of November 2025 (e3-counterproposal-2025-11).
  [
    'e3-counterproposal-2025-11',
    'European countries unveiled a 28-point counter peace plan for Ukraine on Sunday.',
    '28-point counter peace plan',
  ],
  [
    'e3-counterproposal-2025-11',
    "Europe's alternative proposal, drafted for the Geneva talks, drops the cap on the army.",
    "Europe's alternative proposal",
  ],
  [
    'e3-counterproposal-2025-11',
    'Negotiators in Geneva weighed the European counter peace plan against the US draft.',
    'the European counter peace plan',
  ],
  [
    'e3-counterproposal-2025-11',
    'Європейські лідери підготували зустрічну пропозицію до 28-пунктного плану.',
    'зустрічну пропозицію до 28-пунктного плану',
  ],
  [
    'e3-counterproposal-2025-11',
    'Британія, Франція та Німеччина надіслали контрпропозиції до американського плану перед переговорами в Женеві.',
    'контрпропозиції до американського плану',
  ],
  [
    'e3-counterproposal-2025-11',
    'У листопаді в Женеві обговорювали європейські контрпропозиції.',
    'європейські контрпропозиції',
  ],
  [
    'e3-counterproposal-2025-11',
    'Текст європейських контрпропозицій до Женеви оприлюднило Reuters.',
    'європейських контрпропозицій',
  ],
  [
    'e3-counterproposal-2025-11',
    'Газета назвала документ альтернативним європейським планом; у листопаді його обговорять у Женеві.',
    'альтернативним європейським планом',
  ],
  [
    'e3-counterproposal-2025-11',
    'Європейський альтернативний план передали делегаціям у Женеві.',
    'Європейський альтернативний план',
  ],
  [
    'e3-counterproposal-2025-11',
    'The European peace plan, tabled in Geneva, lifts the cap on the army.',
    'The European peace plan',
  ],
  [
    'e3-counterproposal-2025-11',
    "The Telegraph published Europe's 24-point peace plan in full.",
    "Europe's 24-point peace plan",
  ],
  [
    'e3-counterproposal-2025-11',
    'Європейські країни в листопаді підготували європейський контрваріант документа.',
    'європейський контрваріант',
  ],
  [
    'e3-counterproposal-2025-11',
    'Газета оприлюднила європейський мирний план із 24 пунктів.',
    'європейський мирний план із 24 пунктів',
  ],
  // The US 28-point plan of November 2025.
  [
    'us-28-point-plan-2025-11',
    'Driscoll presented the Trump plan to Zelensky in Kyiv in November.',
    'the Trump plan',
  ],
  ['us-28-point-plan-2025-11', 'Дмитрієв і далі захищає план Віткоффа.', 'план Віткоффа'],
  ['us-28-point-plan-2025-11', 'Дмитриев обсуждал план Уиткоффа в Майами.', 'план Уиткоффа'],
  ['us-framework-2025-04', 'Kyiv rejected the Trump plan in London in April.', 'the Trump plan'],
  [
    'us-28-point-plan-2025-11',
    'The U.S.-drafted plan, developed with Dmitriev, leaked in November.',
    'U.S.-drafted plan',
  ],
  [
    'us-28-point-plan-2025-11',
    'The Washington-drafted plan was handed to Zelensky by Driscoll in November.',
    'Washington-drafted plan',
  ],
  [
    'us-28-point-plan-2025-11',
    "Washington's peace blueprint, drafted with Dmitriev in November, shocked Kyiv.",
    "Washington's peace blueprint",
  ],
  [
    'us-28-point-plan-2025-11',
    'Kyiv received the American blueprint days before the Geneva talks.',
    'the American blueprint',
  ],
  [
    'us-28-point-plan-2025-11',
    'Мирний план Вашингтона в Європі в листопаді зустріли холодно.',
    'Мирний план Вашингтона',
  ],
  ['us-28-point-plan-2025-11', 'Дмитрієв обговорював план США з Віткоффом.', 'план США'],
  ['us-28-point-plan-2025-11', 'Дмитрієв не бачив плану США після витоку.', 'плану США'],
  // The April 2025 US framework.
  [
    'us-framework-2025-04',
    'У квітні в Парижі українцям передали остаточну пропозицію Трампа.',
    'остаточну пропозицію Трампа',
  ],
  // The Geneva version of 23 November 2025.
  [
    'us-ua-geneva-19-point-2025-11',
    'Kyiv and Washington agreed an updated and refined peace framework in Geneva on Sunday.',
    'updated and refined peace framework',
  ],
  [
    'us-ua-geneva-19-point-2025-11',
    'Officials said the Geneva draft leaves territory to the leaders after the talks in Geneva.',
    'the Geneva draft',
  ],
  [
    'us-ua-geneva-19-point-2025-11',
    'Женевська версія плану, погоджена в Женеві, ще не остаточна.',
    'Женевська версія',
  ],
  [
    'us-ua-geneva-19-point-2025-11',
    'Делегації в Женеві доопрацьовують женевську чернетку.',
    'женевську чернетку',
  ],
  [
    'us-ua-geneva-19-point-2025-11',
    'Після переговорів у Женеві женевські напрацювання передадуть Трампу.',
    'женевські напрацювання',
  ],
  [
    'us-ua-geneva-19-point-2025-11',
    'Женевський документ, підготовлений у Женеві, налічує менше пунктів.',
    'Женевський документ',
  ],
  [
    'us-ua-geneva-19-point-2025-11',
    'У Женеві США та Україна напрацювали оновлений мирний проєкт.',
    'оновлений мирний проєкт',
  ],
  ['us-ua-geneva-19-point-2025-11', 'Після Женеви делегації погодили документ із 19 пунктів.', '19 пунктів'],
  // The count the plan was cut to names the Geneva draft since the twenty-fourth session (leftovers-6.test.ts).
  [
    'us-ua-geneva-19-point-2025-11',
    'Після Женеви кількість пунктів скоротилася з 28 до 19 пунктів.',
    '19 пунктів',
  ],
  ['us-ua-geneva-19-point-2025-11', 'Від 28 до 19 пунктів: що змінили в Женеві.', '19 пунктів'],
  // Putin's terms of 14 June 2024.
  [
    'russia-demands-2024-06',
    "Putin's ultimatum of 14 June 2024 demanded that Kyiv leave four regions.",
    "Putin's ultimatum",
  ],
  [
    'russia-demands-2024-06',
    "Putin's peace terms, set out on June 14, have not changed.",
    "Putin's peace terms",
  ],
  [
    'russia-demands-2024-06',
    'Москва не відступить від вимог Кремля, висунутих 14 червня 2024 року.',
    'вимог Кремля',
  ],
  [
    'russia-demands-2024-06',
    'Червневі умови Путіна, висунуті 14 червня 2024 року, Захід назвав нещирими.',
    'Червневі умови Путіна',
  ],
  [
    'russia-demands-2024-06',
    'He stressed that the demands made by Russia in June 2024 remain unchanged.',
    'demands made by Russia in June 2024',
  ],
  [
    'russia-demands-2024-06',
    'Moscow upholds the conditions set forth by President Vladimir Putin in June 2024.',
    'conditions set forth by President Vladimir Putin in June 2024',
  ],
  [
    'us-ua-geneva-19-point-2025-11',
    'В Женеве США и Украина разработали обновленный мирный проект.',
    'обновленный мирный проект',
  ],
  [
    'us-ua-geneva-19-point-2025-11',
    'Женевская версия документа, как сообщили в Женеве, не окончательна.',
    'Женевская версия',
  ],
  // The Istanbul drafts of 2022.
  [
    'istanbul-communique-2022',
    'Moscow says the Istanbul agreement initialled in 2022 should be the basis.',
    'Istanbul agreement',
  ],
  [
    'istanbul-communique-2022',
    'Путін назвав стамбульську угоду 2022 року основою для переговорів.',
    'стамбульську угоду',
  ],
  [
    'istanbul-communique-2022',
    'Кремль знову згадав стамбульські документи 2022 року.',
    'стамбульські документи',
  ],
  [
    'istanbul-communique-2022',
    'Москва считает стамбульское соглашение 2022 года основой.',
    'стамбульское соглашение',
  ],
  // China's paper of February 2023.
  [
    'china-12-point-2023',
    "China's peace initiative of February 2023 called for talks.",
    "China's peace initiative",
  ],
  [
    'china-12-point-2023',
    "Beijing's peace blueprint avoided the question of the occupied land.",
    "Beijing's peace blueprint",
  ],
  [
    'china-12-point-2023',
    'Китайська мирна ініціатива закликала до прямого діалогу.',
    'Китайська мирна ініціатива',
  ],
  ['china-12-point-2023', 'У Києві стримано оцінили мирну ініціативу Китаю.', 'мирну ініціативу Китаю'],
  [
    'china-12-point-2023',
    'Китайская мирная инициатива не требует вывода войск.',
    'Китайская мирная инициатива',
  ],
];

/** [plan id, a sentence that must not name it]. */
const LOOK_ALIKES: [string, string][] = [
  ['us-ua-20-point-plan-2025-12', "Trump's 20-point plan for Gaza was signed in Sharm el-Sheikh."],
  ['us-ua-20-point-plan-2025-12', 'Тоді Білий дім запропонував план з 20 пунктів для сектора Газа.'],
  [
    'us-28-point-plan-2025-11',
    'European countries unveiled a 28-point counter peace plan for Ukraine on Sunday.',
  ],
  [
    'russia-demands-2024-06',
    "Russia will not depart from Putin's demands voiced in Alaska. They go back to his speech of 14 June 2024.",
  ],
  [
    'russia-demands-2024-06',
    'Росія не відступить від вимог Путіна, озвучених на Алясці. Ці вимоги мають давнішу історію: 14 червня 2024 року він уперше їх назвав.',
  ],
  [
    'us-28-point-plan-2025-11',
    'У квітні Віткофф передав у Парижі рамкову пропозицію США. Пізніше, у листопаді, в Женеві обговорювали інший документ.',
  ],
  [
    'us-ua-geneva-19-point-2025-11',
    "У лютому 2026 року в Женеві пройшли тристоронні переговори, а женевський документ так і не з'явився.",
  ],
  ['us-ua-geneva-19-point-2025-11', 'Оновлений мирний план з 20 пунктів обговорили в Берліні після Женеви.'],
  [
    'istanbul-communique-2022',
    'The Istanbul deal on grain exports, signed in July 2022, expired a year later.',
  ],
  [
    'istanbul-communique-2022',
    'Стамбульська угода про обмін полоненими, на відміну від проєкту 2022 року, виконана.',
  ],
  ['us-28-point-plan-2025-11', 'План США щодо Венесуели обговорили в Женеві.'],
  ['e3-counterproposal-2025-11', "Europe's alternative proposal on migration was debated in Brussels."],
  ['us-28-point-plan-2025-11', 'The Trump plan for Gaza, agreed in November, has a second phase.'],
  ['russia-demands-2024-06', "Ukraine's conditions put forward at the summit in June 2024 were different."],
  ['us-28-point-plan-2025-11', 'The White House plan to cut taxes passed the House.'],
  ['e3-counterproposal-2025-11', 'The European version of the AI rules was agreed in November.'],
  ['e3-counterproposal-2025-11', 'Європейська версія закону про ШІ набула чинності в листопаді.'],
  ['e3-counterproposal-2025-11', 'Європейські контрпропозиції щодо мит на сталь обговорили в Брюсселі.'],
];

describe('plan names from the 2025-26 reporting', () => {
  it.each(NAMES)('%s in "%s"', (id, text, want) => {
    expect(textsOf(id, text)).toEqual([want]);
  });

  it.each(LOOK_ALIKES)('no %s in "%s"', (id, text) => {
    expect(textsOf(id, text)).toEqual([]);
  });

  it('a bare anaphor names no plan', () => {
    for (const text of [
      'The plan was criticised in Kyiv.',
      'План критикували в Києві.',
      'Документ ще не погоджено.',
    ]) {
      expect(find(text).filter((m) => !['ukraine'].includes(m.id))).toEqual([]);
    }
  });

  it("a loose 'US proposal' nearer to December than to November is not the 28-point plan", () => {
    const text =
      'In Berlin in December the US proposal changed again; the 28-point plan of November was history.';
    expect(textsOf('us-28-point-plan-2025-11', text)).toEqual(['28-point plan']);
  });

  it('a loose US document nearer to the 2026 rounds than to November is not the 28-point plan', () => {
    const later =
      'The envoys met in Geneva again. In February, Zelensky said a U.S. document on security guarantees was ready.';
    expect(textsOf('us-28-point-plan-2025-11', later)).toEqual([]);
    const november = 'In Geneva in November, the U.S. document was cut to 19 points.';
    expect(textsOf('us-28-point-plan-2025-11', november)).toEqual(['the U.S. document']);
    expect(
      textsOf(
        'us-28-point-plan-2025-11',
        'Американський проєкт гарантій показали в лютому, а в Женеві тоді говорили про обмін.',
      ),
    ).toEqual([]);
  });

  it('the 20-point version after Geneva is not the Geneva draft', () => {
    const text = 'Оновлений мирний план з 20 пунктів обговорили в Берліні після Женеви.';
    expect(textsOf('us-ua-20-point-plan-2025-12', text)).toEqual(['Оновлений мирний план з 20 пунктів']);
  });
});

/**
 * Parties named by a seat of government or a capital, as the same audit found them: Downing Street and
 * the Élysée as the White House is (`seat`), Brussels as the EU in Ukrainian and Russian as it already
 * was in English (`actor`). A street, a palace or a city as a place is none of them.
 */
const SEATS: [string, string, string][] = [
  ['uk', 'Downing Street said the prime minister spoke with Zelensky.', 'Downing Street'],
  ['uk', "Даунінг-стріт заявила, що прем'єр говорив із Зеленським.", 'Даунінг-стріт'],
  ['uk', 'Даунинг-стрит сообщила о звонке.', 'Даунинг-стрит'],
  ['france', 'The Élysée said Macron would host the coalition.', 'Élysée'],
  ['france', 'The Elysee Palace said the summit would go ahead.', 'Elysee Palace'],
  ['france', 'Єлисейський палац повідомив, що Макрон прийме коаліцію.', 'Єлисейський палац'],
  ['france', 'Елисейский дворец сообщил о встрече.', 'Елисейский дворец'],
  ['europe', 'Брюссель наполягає, що угода має поважати суверенітет України.', 'Брюссель'],
  ['europe', 'Позиція Брюсселя не змінилася.', 'Брюсселя'],
  ['europe', 'Брюссель настаивает на своих условиях.', 'Брюссель'],
];

const PLACES: [string, string][] = [
  ['uk', 'Reporters gathered outside Downing Street on Monday.'],
  ['uk', 'Лідери зібралися на Даунінг-стріт.'],
  ['france', 'Leaders met at the Élysée Palace on Tuesday.'],
  ['france', 'Зустріч відбулася в Єлисейському палаці.'],
  ['europe', 'Зустріч відбулася у Брюсселі.'],
  ['europe', 'Мер Брюсселя відкрив ярмарок.'],
  ['europe', 'Вулицями Брюсселя пройшли фермери.'],
  ['ukraine', 'Вулицями Києва пройшли фермери.'],
];

describe('parties named by a seat or a capital', () => {
  it.each(SEATS)('%s in "%s"', (id, text, want) => {
    expect(textsOf(id, text)).toEqual([want]);
  });

  it.each(PLACES)('no %s in "%s"', (id, text) => {
    expect(textsOf(id, text)).toEqual([]);
  });
});
