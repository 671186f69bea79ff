/**
 * Shapes the twenty-fourth session's blind pair 14 (four articles) missed or marked wrongly, read after
 * they were scored, so those articles are no longer blind for these shapes. Sentences written for the
 * test, each idea in several phrasings, with look-alikes that must not match: jets and weapons Ukraine
 * is to acquire, receive, fly or is waiting for; the fighting halted along the existing front; the US
 * plan named by who proposed it; Ukraine's future neutrality; guarantees «для Киева»; the rights of
 * Russians and Russian speakers; «урядовці»; a capital's government in "a difficult moment for Kyiv",
 * "drew objections in Kyiv" and "Kyiv began".
 */
import { describe, expect, it } from 'vitest';
import { outermostTexts } from './real-data.ts';

const ids = outermostTexts();

describe('jets and weapons Ukraine is to acquire, receive or fly', () => {
  it.each([
    ['Ukraine could get up to 150 Swedish fighter jets over the next decade.'],
    ['The letter of intent could see Ukraine acquire between 100 and 150 Swedish-built Gripen fighter jets.'],
    ['Kyiv will buy as many as 100 French Rafale warplanes under the agreement.'],
    ['Ukraine is set to receive dozens of Gripens from Sweden.'],
    ['Kyiv acquired a first batch of Mirage fighter jets last year.'],
    ['The first jets, he said, could reach Ukraine within three years if a contract is signed.'],
    ['The Gripens would reach Ukraine only after a contract is concluded.'],
    ['He hoped the first aircraft could be flying for Ukraine as early as next year.'],
    ['The F-16s are now in service with the Ukrainian air force.'],
    ['Zelensky signs Gripen deal in Sweden.'],
    ['Zelensky said the Rafale contract would strengthen Ukraine.'],
    ['Zelensky has been pressing allies for more air defence as winter approaches.'],
    ['Kyiv has been pushing partners for more Patriots, Zelensky said.'],
    ['Zelensky spent the week lobbying the West for long-range missiles.'],
    ['Ukraine is still waiting on long-range weapons from its western partners.'],
    ['Zelensky said Ukraine was waiting for Tomahawks that Washington had not approved.'],
    ['Перші винищувачі Gripen можуть надійти в Україну вже наступного року.'],
    ['Україна досі чекає на далекобійну зброю від західних партнерів.'],
    ['Первые истребители F-16 прибудут на Украину летом, сообщил Зеленский.'],
    ['Украина по-прежнему ждет дальнобойное оружие от западных партнеров.'],
    ['Украина может получить до 150 шведских истребителей Gripen.'],
    ['Киев приобретет до 100 французских истребителей Rafale.'],
    ['Зеленський підписав угоду про Gripen у Швеції.'],
    ['Зеленский подписал соглашение о Gripen в Швеции.'],
  ])('%s', (text) => {
    expect(ids(text, 'military-aid')).toHaveLength(1);
  });
  it.each([
    ['Ukraine says it received no warning before Russian fighter jets struck the city.'],
    ['Ukraine could get up to 150 Russian fighter jets shot down this year, officials boasted.'],
    ['Taiwan is still waiting on long-range weapons from the United States.'],
    ['Israel pressed allies for more interceptors after the Iranian strikes.'],
    ['Zelensky said Russia was waiting for weapons from North Korea.'],
    ['The airline signed a Boeing deal for new jets.'],
    ['Sweden held back its Gripens at the request of allies.'],
    ['Passengers were waiting for flights to Kyiv to resume.'],
    ['Жителі Києва чекають на відновлення електропостачання.'],
    ['Авиакомпания подписала контракт на самолеты Boeing.'],
    ['Россия может получить истребители Су-57 уже в этом году.'],
    ['Украина может получить сведения о российских истребителях.'],
  ])('not military aid: %s', (text) => {
    expect(ids(text, 'military-aid')).toEqual([]);
  });
});

describe('the fighting halted along the existing front', () => {
  it.each([
    ['Russia and Ukraine would halt the fighting along the existing front and begin negotiating.'],
    ['Trump wants both armies to stop fighting along the current front.'],
    ['The plan would freeze the war on the current front lines, officials in Kyiv said.'],
    ['Kyiv says it is ready to end the war along the present front line.'],
    ['Kyiv proposed to halt hostilities along the existing front, Russia said.'],
  ])('%s', (text) => {
    expect(ids(text, 'frontline-freeze')).toHaveLength(1);
  });
  it.each([
    ['Fighting raged along the existing front near Pokrovsk, Ukraine said.'],
    ['Israel agreed to halt the fighting along the current front in Gaza.'],
    ['Russia will stop at nothing, Ukraine said, and new front lines may open.'],
  ])('not a freeze: %s', (text) => {
    expect(ids(text, 'frontline-freeze')).toEqual([]);
  });
});

describe('the US plan named by who proposed it', () => {
  it.each([
    [
      'Президент заявив, що мирний план, запропонований США, після переговорів у Женеві має кращий вигляд.',
      'мирний план, запропонований США',
    ],
    [
      'Він зазначив, що план, який запропонував Вашингтон, тепер кращий за документ із 28 пунктів.',
      'план, який запропонував Вашингтон',
    ],
    [
      'Зеленський сказав, що план, який Вашингтон запропонував, обговорювали в Женеві, де скоротили 28 пунктів.',
      'план, який Вашингтон запропонував',
    ],
    [
      'Киев считает, что план, предложенный США, после Женевы стал лучше, чем 28 пунктов.',
      'план, предложенный США',
    ],
    [
      'Мирный план, предложенный Вашингтоном, обсуждали в Женеве в ноябре.',
      'Мирный план, предложенный Вашингтоном',
    ],
    [
      'Он сказал, что план, который предложил Вашингтон, лучше исходных 28 пунктов.',
      'план, который предложил Вашингтон',
    ],
    ['The plan proposed by Washington was cut down in Geneva in November.', 'plan proposed by Washington'],
    [
      'Kyiv objected to the peace framework put forward by the Trump administration in November.',
      'peace framework put forward by the Trump administration',
    ],
    ['The US-proposed peace plan was reworked in Geneva.', 'US-proposed peace plan'],
  ])('%s', (text, want) => {
    expect(ids(text, 'us-28-point-plan-2025-11')).toContain(want);
  });
  it.each([
    ['План, який запропонував Вашингтон для Гази, схвалила Рада безпеки.'],
    ['The plan proposed by Washington for Gaza was backed by the Security Council.'],
    ['Бюджетний план, запропонований урядом, ухвалили в грудні.'],
    ['The plan proposed by the US in April was a final offer, Rubio said.'],
  ])('not the 28-point plan: %s', (text) => {
    expect(ids(text, 'us-28-point-plan-2025-11')).toEqual([]);
  });
});

describe("Ukraine's future neutrality", () => {
  it.each([
    ["The framework covers questions about Ukraine's future neutrality."],
    ["Moscow insists on Kyiv's eventual neutrality as part of any deal."],
    ["Ukraine's constitutional neutrality was part of the Istanbul talks."],
  ])('%s', (text) => {
    expect(ids(text, 'nato-non-accession')).toHaveLength(1);
  });
  it.each([['Switzerland guards its future neutrality jealously.'], ["Sweden's neutrality ended in 2024."]])(
    'not Ukraine: %s',
    (text) => {
      expect(ids(text, 'nato-non-accession')).toEqual([]);
    },
  );
});

describe('guarantees for Kyiv (ru, uk)', () => {
  it.each([
    ['Проще говоря, любые гарантии для Киева Кремль увязывает с безопасностью России.', 'гарантии для Киева'],
    [
      'Москва готова обсуждать безопасность и гарантии для Киева только на своих условиях.',
      'гарантии для Киева',
    ],
    ['Партнери обговорюють гарантії для Києва на випадок нового нападу.', 'гарантії для Києва'],
  ])('%s', (text, want) => {
    expect(ids(text, 'security-guarantees')).toContain(want);
  });
  it.each([
    ['Банк выдал кредитные гарантии для Киева на строительство метро.'],
    ['МВФ надав кредитні гарантії для Києва.'],
  ])('not security: %s', (text) => {
    expect(ids(text, 'security-guarantees')).toEqual([]);
  });
});

describe('the rights of Russians and Russian speakers', () => {
  it.each([
    ['Условием переговоров Лавров назвал права русских и русскоязычных жителей на Украине.'],
    ['Москва увязывает мир с защитой русских и русскоязычных на Украине.'],
    ['Кремль вимагає захисту росіян і російськомовних в Україні як умови миру з Україною.'],
    ['Russia demands the protection of Russians and Russian speakers in Ukraine.'],
  ])('%s', (text) => {
    expect(ids(text, 'language-religion')).toHaveLength(1);
  });
  it.each([
    ['Права русских туристов в Турции защищает консульство.'],
    ['The rights of Russians and Americans to travel were discussed in Geneva.'],
  ])('not the demand: %s', (text) => {
    expect(ids(text, 'language-religion')).toEqual([]);
  });
});

describe('government officials (урядовці)', () => {
  it.each([
    [
      'Вашингтон уже поділився своїм баченням з українськими урядовцями.',
      'ukraine',
      'українськими урядовцями',
    ],
    ['Українські урядовці відкинули цю вимогу.', 'ukraine', 'Українські урядовці'],
    ['Російські урядовці заперечили причетність.', 'russia', 'Російські урядовці'],
    ['Американські урядовці прибудуть у вівторок.', 'us', 'Американські урядовці'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([['Урядовці обговорили бюджет у Раді міністрів.']])('no party: %s', (text) => {
    expect([...ids(text, 'ukraine'), ...ids(text, 'russia'), ...ids(text, 'us')]).toEqual([]);
  });
});

describe("a capital's government: a moment for it, a reaction in it, a verb of beginning", () => {
  it.each([
    ['The talks took place at a difficult moment for Kyiv.', 'Kyiv'],
    ['It is a critical juncture for Moscow, analysts said.', 'Moscow'],
    ['The plan drew objections in Kyiv and among European partners.', 'Kyiv'],
    ['The remarks caused consternation in Moscow.', 'Moscow'],
    ['The proposal has caused deep concern in Kyiv.', 'Kyiv'],
    ['The deal sparked anger in Kyiv.', 'Kyiv'],
    ['Kyiv began flying F-16s in August 2024.', 'Kyiv'],
    ['Moscow started talks with the envoys on Tuesday.', 'Moscow'],
    ['План викликав заперечення в Києві та серед європейських партнерів.', 'Києві'],
    ['План вызвал возражения в Киеве и у европейских партнеров.', 'Киеве'],
    ['Заява викликала обурення у Москві.', 'Москві'],
  ])('%s', (text, want) => {
    const found = [...ids(text, 'ukraine'), ...ids(text, 'russia')];
    expect(found).toContain(want);
  });
  it.each([
    ['An air raid alarm in Kyiv lasted three hours.'],
    ['It was a difficult moment for Kyiv residents as the power went out.'],
    ['Fans gathered in Moscow for the match.'],
    ['The concert in Kyiv began at eight.'],
    ['Повітряна тривога в Києві тривала три години.'],
    ['Anger in Kyiv over metro fares grew this week.'],
    ['Обурення в Києві викликали нові тарифи на проїзд у метро.'],
  ])('the city: %s', (text) => {
    expect([...ids(text, 'ukraine'), ...ids(text, 'russia')]).toEqual([]);
  });
});

describe('a capital that has or lacks something («у Москвы нет», «у Києва немає»)', () => {
  it.each([
    ['У Москвы, заявил он, никогда не было и нет намерения нападать на НАТО.', 'Москвы'],
    ['А ни у Киева, ни у его спонсоров, пожаловался он, пока не видно готовности договариваться.', 'Киева'],
    ['У Москвы нет планов продлевать перемирие.', 'Москвы'],
    ['У Києва немає іншого вибору, ніж продовжувати переговори.', 'Києва'],
    ['У Москви є свої умови для перемир’я.', 'Москви'],
  ])('%s', (text, want) => {
    expect([...ids(text, 'ukraine'), ...ids(text, 'russia')]).toContain(want);
  });
  it.each([
    ['Бои шли у Москвы, но на фронте тихо.'],
    ['Деревня у Киева осталась без света.'],
    ['Мы встретились у Москвы-реки.'],
  ])('the city: %s', (text) => {
    expect([...ids(text, 'ukraine'), ...ids(text, 'russia')]).toEqual([]);
  });
});
