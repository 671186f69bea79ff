/**
 * Shapes the twenty-fourth session's blind pair 15 (four articles) missed or marked wrongly, read after
 * they were scored, so those articles are no longer blind for these shapes. Sentences written for the
 * test, each idea in several phrasings, with look-alikes that must not match: "Sir Keir" and «Штати»;
 * the envoy in "Vance's and Kellogg's remarks"; a capital that negotiates, is supplied or armed, or on
 * which something depends; «Київ прагне», «як це формулюють у Москві», «Вашингтон пока лишь
 * «зондирует»», «В Белом доме реакцию … восприняли»; weapons Ukraine pleads for, that are handed on to
 * it, that allies keep supplying or help it with, new weapons it receives; peacekeeping plans, a
 * European deployment and the coalition's troops.
 */
import { describe, expect, it } from 'vitest';
import { outermostTexts } from './real-data.ts';

const ids = outermostTexts();

describe('"Sir Keir" is Starmer', () => {
  it.each([
    ['Sir Keir told a news conference in Downing Street that new commitments had been made.', 'Sir Keir'],
    ["Sir Keir's message to the Kremlin was blunt.", 'Sir Keir'],
    ['Opening the call, Sir Keir said Ukraine was the party of peace.', 'Sir Keir'],
    ['Sir Keir Starmer hosted the video call on Saturday.', 'Sir Keir Starmer'],
  ])('%s', (text, want) => {
    expect(ids(text, 'starmer')).toEqual([want]);
  });
  it.each([['Keir Hardie founded the Labour Party.'], ['Sir Kevin said the match was over.']])(
    'not Starmer: %s',
    (text) => {
      expect(ids(text, 'starmer')).toEqual([]);
    },
  );
});

describe('«Штати» alone is the United States', () => {
  it.each([
    ['Штати тимчасово зупинили передачу допомоги.', 'Штати'],
    ['У Штатах це рішення критикують.', 'Штатах'],
    ['Київ розраховує на Штати та Європу.', 'Штати'],
    ['Позиція Штатів не змінилася.', 'Штатів'],
  ])('%s', (text, want) => {
    expect(ids(text, 'us')).toContain(want);
  });
  it.each([['Міністерство скоротило штати чиновників.'], ['Уряд затвердив нові штати прикордонників.']])(
    'not the US: %s',
    (text) => {
      expect(ids(text, 'us')).toEqual([]);
    },
  );
});

describe('the envoy Kellogg in the possessive', () => {
  it.each([
    ["Keith Kellogg spoke on Fox. Peskov said Moscow had studied Vance's and Kellogg's remarks closely.", 2],
    ["US envoy Kellogg's proposal was discussed in Kyiv.", 1],
    ["Trump's special envoy for Ukraine had lunch. Kellogg's plan envisaged a ceasefire.", 1],
  ])('%s', (text, n) => {
    expect(ids(text, 'kellogg')).toHaveLength(n);
  });
  it.each([
    ["Kellogg's cornflakes were on the table.", 0],
    ["Keith Kellogg met Zelensky. Kellogg's breakfast cereal sales fell.", 1],
    ["Kellogg's shares rose after the earnings call.", 0],
  ])('not the envoy: %s', (text, n) => {
    expect(ids(text, 'kellogg')).toHaveLength(n);
  });
});

describe('a capital that negotiates, is supplied or armed, or on which something depends', () => {
  it.each([
    ['Europe must keep arming Ukraine, so that Kyiv negotiates from strength.', 'ukraine', 'Kyiv'],
    ['Kyiv negotiates with its partners over a new air-defence package.', 'ukraine', 'Kyiv'],
    ['A ceasefire is needed first, and that depends on Moscow.', 'russia', 'Moscow'],
    ['Much now depends on Washington, a European diplomat said.', 'us', 'Washington'],
    ['Europe would remain reliant on Washington for its air defence.', 'us', 'Washington'],
    ['Poland has been supplying Kyiv since the first weeks of the war.', 'ukraine', 'Kyiv'],
    ['Germany will arm Kyiv for as long as it takes.', 'ukraine', 'Kyiv'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([
    ['Trucks supply Kyiv residents with drinking water.', 'ukraine'],
    ["The schedule depends on Kyiv's metro lines.", 'ukraine'],
    ['The forecast for the weekend depends on the weather in Moscow.', 'russia'],
  ])('not a government: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
});

describe('Ukrainian and Russian capitals: «прагне», «як формулюють у», «пока лишь», a reaction taken', () => {
  it.each([
    ['Зеленський наголосив, що Київ прагне справедливого миру.', 'ukraine', 'Київ'],
    ['Вашингтон прагне швидкої угоди.', 'us', 'Вашингтон'],
    ['Росія не відмовиться від своїх цілей, як це формулюють у Москві.', 'russia', 'Москві'],
    ['Як заявляють у Києві, переговори тривають.', 'ukraine', 'Києві'],
    ['Как считают в Киеве, перемирие выгодно прежде всего России.', 'ukraine', 'Киеве'],
    ['Россия не отступит от целей, как это формулируют в Москве.', 'russia', 'Москве'],
    ['У американцев нет плана, и Вашингтон пока лишь «зондирует почву».', 'us', 'Вашингтон'],
    ['Київ поки лише вивчає пропозицію.', 'ukraine', 'Київ'],
    ['Вашингтон только изучает документ.', 'us', 'Вашингтон'],
    ['В Белом доме реакцию Кремля восприняли сдержанно.', 'us', 'Белом доме'],
    ['У Києві реакцію Москви сприйняли спокійно.', 'ukraine', 'Києві'],
  ])('%s', (text, id, want) => {
    expect(ids(text, id)).toContain(want);
  });
  it.each([
    ['Лідери наголосили у Києві на єдності союзників.', 'ukraine'],
    ['Як кажуть у Києві, весна цього року прийшла рано.', 'ukraine'],
    ['Київ лише за годину засипало снігом.', 'ukraine'],
    ['В Киеве реакцию зрителей на премьеру восприняли как успех.', 'ukraine'],
    ['У Києві реакцію глядачів сприйняли як успіх.', 'ukraine'],
  ])('not a government: %s', (text, id) => {
    expect(ids(text, id)).toEqual([]);
  });
});

describe('weapons Ukraine pleads for, that are handed on to it or kept coming', () => {
  it.each([
    [
      "Trump has turned down Kyiv's pleas for long-range weapons before.",
      "Kyiv's pleas for long-range weapons",
    ],
    [
      'Zelensky renewed his appeal for more air defence systems.',
      'Zelensky renewed his appeal for more air defence',
    ],
    [
      "Ukraine's repeated requests for Patriot interceptors went unanswered.",
      "Ukraine's repeated requests for Patriot interceptors",
    ],
    ['Ukraine has called for more ammunition.', 'Ukraine has called for more ammunition'],
    [
      'European buyers would purchase the missiles and hand them over to Ukraine.',
      'hand them over to Ukraine',
    ],
    ['Allies would buy the missiles, which would then hand them on to Ukraine.', 'hand them on to Ukraine'],
    ['The missiles are bought by European members and handed on to Kyiv.', 'handed on to Kyiv'],
    ['The scheme lets Washington keep supplying Kyiv without new votes in Congress.', 'keep supplying Kyiv'],
    ['Trump threatened to stop supplying Ukraine if the talks stalled.', 'stop supplying Ukraine'],
    ['The US will continue arming Kyiv, the Pentagon said.', 'continue arming Kyiv'],
  ])('%s', (text, want) => {
    expect(ids(text, 'military-aid')).toContain(want);
  });
  it.each([
    ["Russia's pleas for North Korean shells were answered."],
    ["Kyiv's pleas for talks were ignored."],
    ['Russia handed them over to Ukraine in the latest prisoner swap.'],
    ['Europe will keep supplying Ukraine with gas this winter.'],
    ['Ukraine has called for more sanctions on Russian oil.'],
  ])('not military aid: %s', (text) => {
    expect(ids(text, 'military-aid')).toEqual([]);
  });
});

describe('strengthening or helping Ukraine with weapons, new weapons it receives', () => {
  it.each([
    ['The first task was to strengthen Ukraine so it could defend itself, with more weapons and money.'],
    ['Allies must help Kyiv to defend itself.'],
    ['We will bolster Ukraine with more weapons and money.'],
    ['Washington promised to help Ukraine with air defence.'],
    ['Kyiv could use the pause to receive new weapons.'],
    ['Трамп хоче допомогти Україні з протиповітряною обороною.'],
    ['Європа допомагає Україні з боєприпасами.'],
    ['Вашингтон допоможе Києву з ППО.'],
    ['Пентагон перевіряє, яку зброю для Києва затримали.'],
    ['Бригади отримали нові ракети від партнерів України.'],
    ['Зеленський і Трамп домовилися щодо Patriot.'],
    ['Україна та США досягли домовленостей щодо ППО.'],
    ['Киев может воспользоваться паузой, чтобы получить новое оружие.'],
    ['США помогут Украине с ПВО.'],
    ['Европа обещает помочь Киеву с боеприпасами.'],
    ['Украинская армия рассчитывает весной получить новые ракеты.'],
  ])('%s', (text) => {
    expect(ids(text, 'military-aid')).toHaveLength(1);
  });
  it.each([
    ['The EU will help Ukraine with reconstruction.'],
    ['Russia will receive new weapons from North Korea.'],
    ['Israel will receive new weapons from the US.'],
    ['ЄС допоможе Україні з відбудовою енергетики.'],
    ['Росія може отримати нову зброю від КНДР.'],
    ['Сторони домовилися щодо графіка переговорів з Україною.'],
    ['Россия может получить новое оружие от КНДР.'],
    ['США помогут Украине с восстановлением энергетики.'],
  ])('not military aid: %s', (text) => {
    expect(ids(text, 'military-aid')).toEqual([]);
  });
});

describe('peacekeeping plans, a European deployment and the coalition’s troops', () => {
  it.each([
    ["Starmer: Ukraine peacekeeping plans move to 'operational phase'", 'peacekeeping plans'],
    ['The peacekeeping proposal for Ukraine was discussed in Paris.', 'peacekeeping proposal'],
    ['Any European deployment in Ukraine would need an American backstop.', 'European deployment'],
    ['He said any European deployment would need a US backstop.', 'European deployment'],
    ['A British deployment after a ceasefire is under discussion, Starmer said.', 'British deployment'],
    ["What the coalition's troops would do after a truce remains unclear.", "coalition's troops"],
    ['Coalition troops would stay well away from the line of contact.', 'Coalition troops'],
  ])('%s', (text, want) => {
    expect(ids(text, 'european-force')).toContain(want);
  });
  it.each([
    ['The European deployment of US missiles in Germany worried Moscow.'],
    ['Coalition troops fought ISIS in Iraq for years.'],
    ['The British deployment in Estonia was doubled this spring.'],
    ['UN peacekeeping plans for Lebanon were renewed.'],
    ['The Saudi-led coalition troops advanced in Yemen.'],
  ])('not the force for Ukraine: %s', (text) => {
    expect(ids(text, 'european-force')).toEqual([]);
  });
});

describe('a pause or resumption of deliveries with no weapon named (uk, ru)', () => {
  it.each([
    [
      'Дзвінок відбувся на тлі рішення Вашингтона призупинити частину поставок, зокрема перехоплювачів для Patriot.',
    ],
    [
      'Речник Пентагону пояснив, що Штати тимчасово зупинили передачу допомоги, поки триває перегляд запасів зброї.',
    ],
    [
      'США можуть відновити поставки вже наступного тижня, повідомили в Пентагоні після перегляду запасів зброї.',
    ],
    [
      'Міноборони не отримувало офіційних повідомлень про зупинку постачань, заявили в оборонному відомстві щодо ракет.',
    ],
    ['Вашингтон решил приостановить часть поставок, в том числе ракет для Patriot.'],
    ['Пентагон может возобновить поставки уже на следующей неделе, сообщили в Минобороны США о ракетах.'],
  ])('%s', (text) => {
    expect(ids(text, 'military-aid')).toHaveLength(1);
  });
  it.each([
    ['Газпром призупинив поставки газу до Європи після ракетного удару.'],
    ['Компанія зупинила поставки продуктів у магазини через ракетний удар.'],
    ['Іран призупинив поставки ракет до Росії.'],
    ['Газпром приостановил поставки газа в Европу после ракетного удара.'],
  ])('not military aid: %s', (text) => {
    expect(ids(text, 'military-aid')).toEqual([]);
  });
  it('one mention where the weapon follows', () => {
    expect(ids('Пентагон тимчасово зупинив передачу ракет і снарядів Україні.', 'military-aid')).toHaveLength(
      1,
    );
  });
});
