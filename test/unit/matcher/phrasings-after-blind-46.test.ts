/**
 * The forty-sixth session's rules, each with look-alikes, most written from the misses of the
 * thirtieth blind round (pairs 183–186) and the thirty-first (187–190), read after they were scored,
 * so those pairs are no longer blind to them. Sentences written for the test, in the ways reporters
 * phrase each idea, none copied from the articles.
 */
import { describe, expect, it } from 'vitest';
import { checkCounts, sharedRealMatcher } from './real-data.ts';

describe('a capital with a bare object of policy before its verb, and «перегляне»', () => {
  checkCounts([
    ['ukraine', 'Киев решение приветствовал, заявив о важном шаге.', 1],
    ['russia', 'Официально Москва условия не раскрывала.', 1],
    ['ukraine', 'Київ пропозицію відхилив ще вранці.', 1],
    ['us', 'Вашингтон ультиматум пока не продлил.', 1],
    ['russia', 'Він попередив, що Москва перегляне свою позицію на переговорах.', 1],
    // Look-alikes: a city's own plan, a decision of others about the city, a plural verb after the object.
    ['ukraine', 'Київ план евакуації оновив минулого тижня.', 0],
    ['ukraine', 'Київ рішення міськради про тарифи оскаржити не зміг.', 0],
    ['ukraine', 'Київ рішення ухвалили депутати міськради.', 0],
    ['russia', 'Москва умови для туристів покращила.', 0],
  ]);
});

describe('the thirtieth round: borders before 2014, NATO and the EU together, guarantees of peace', () => {
  checkCounts([
    ['territorial-integrity', 'Trump said Kyiv was unlikely to get back all the land Russia has taken.', 1],
    [
      'territorial-integrity',
      'Hegseth called a return to the borders Ukraine held before Russia annexed Crimea unrealistic.',
      1,
    ],
    [
      'territorial-integrity',
      'Гегсет назвав нереалістичним повернення до кордонів 2014 року для України.',
      1,
    ],
    ['territorial-integrity', 'Для України повернення до кордонів, які існували до 2014 року, нереальне.', 1],
    ['territorial-integrity', 'Для Украины возвращение к границам 2014 года нереалистично, сказал он.', 1],
    ['territorial-integrity', 'Трамп назвав повернення Україні всіх окупованих земель малоймовірним.', 1],
    ['occupied-territories', 'Україна не віддасть своїх земель, заявив Зеленський.', 1],
    ['eu-membership', 'Kyiv still intends to become a member of both NATO and the EU.', 1],
    ['nato-non-accession', 'Kyiv still intends to become a member of both NATO and the EU.', 0],
    ['eu-membership', 'Умєров: Україна хоче бути в НАТО і в ЄС.', 1],
    ['eu-membership', 'Умеров: Украина хочет быть в НАТО и в ЕС.', 1],
    ['nato-non-accession', 'Умєров: Україна хоче бути в НАТО, позиція незмінна.', 1],
    ['security-guarantees', 'A coalition would defend the deal and guarantee the peace in Ukraine.', 1],
    ['security-guarantees', 'Коаліція захищатиме угоду в Україні та гарантуватиме мир.', 1],
    ['security-guarantees', 'Коалиция будет гарантировать мир в Украине после сделки.', 1],
    ['security-guarantees', 'The minerals deal offers Ukraine no formal defense guarantees.', 1],
    ['security-guarantees', 'Соглашение не дает Украине формальных оборонных гарантий.', 1],
    ['minerals-deal', 'Зеленский уехал, так и не подписав соглашение о ресурсах с США для Украины.', 1],
    ['ceasefire', 'The Americans proposed halting the fighting along the entire front line in Ukraine.', 1],
    [
      'frontline-freeze',
      'The Americans proposed halting the fighting along the entire front line in Ukraine.',
      0,
    ],
    // Look-alikes: money won back, a mission outside NATO, a guarantee of peace denied, a Finnish bid,
    // the line kept where it stands, a gas contract.
    ['territorial-integrity', 'He said Kyiv was unlikely to get back all the money it lent.', 0],
    ['nato-non-accession', 'Такі сили прибудуть в Україну як миротворці, це буде місія поза НАТО.', 0],
    ['nato-non-accession', 'Україна залишиться поза НАТО, вимагає Кремль.', 1],
    ['security-guarantees', 'Rubio said the idea was no guarantee of peace in Ukraine.', 0],
    ['eu-membership', 'Фінляндія хоче бути в НАТО і в ЄС, писали тоді.', 0],
    [
      'frontline-freeze',
      'The Americans proposed halting the fighting along the current front line in Ukraine.',
      1,
    ],
    ['minerals-deal', 'Казахстан подписал соглашение о ресурсах с Китаем.', 0],
  ]);
  it('shows a party inside a proposal nested in another: NATO in "join NATO and the EU"', () => {
    const found = sharedRealMatcher().find('Ukraine wants to join NATO and the EU.', { lang: 'auto' });
    expect(found.map((x) => [x.id, x.text, x.nested ?? false])).toEqual([
      ['ukraine', 'Ukraine', false],
      ['eu-membership', 'join NATO and the EU', false],
      ['nato-non-accession', 'join NATO', true],
      ['nato', 'NATO', true],
      ['europe', 'EU', true],
    ]);
  });
});

describe('the thirty-first round: assets that stay frozen, gains recognised by others', () => {
  checkCounts([
    ['frozen-assets', 'Merz said the Russian funds would stay blocked until Russia compensates Ukraine.', 1],
    ['frozen-assets', 'Российские активы, по словам Мерца, останутся замороженными.', 1],
    ['frozen-assets', 'Зеленский отметил, что российские активы по-прежнему заморожены.', 1],
    ['frozen-assets', 'Російські активи, за словами Мерца, залишаться замороженими.', 1],
    [
      'occupied-territories',
      'Moscow wants recognition by the United States and Europe of Russia’s territorial gains.',
      1,
    ],
    ['russia-memorandum-2025-06', 'Peskov said Russia’s draft of the memorandum was ready for Ukraine.', 1],
    // Look-alikes: Russian funds spent, assets thawed, recognition by others of something else.
    ['frozen-assets', 'Russian funds would flow into the project, the minister said.', 0],
    ['frozen-assets', 'Российские активы в Казахстане выросли в цене.', 0],
    ['occupied-territories', 'He sought recognition by the United States and Europe of his election.', 0],
  ]);
});

describe('the thirty-second and thirty-third rounds: Russian parity, the army in figures, a line at signing', () => {
  checkCounts([
    ['sanctions-relief', 'А санкции, введенные против Москвы с 2014 года, снимаются.', 1],
    ['sanctions-relief', 'Санкції, запроваджені проти Москви з 2014 року, скасовуються.', 1],
    ['sanctions-relief', 'По плану Украины санкции против России предлагается ослаблять постепенно.', 1],
    [
      'eu-ua-counterproposal-2025-04',
      'В апреле в Лондоне контрпредложение Киева и европейцев передали Уиткоффу.',
      1,
    ],
    [
      'eu-ua-counterproposal-2025-04',
      'В апреле в Лондоне украинско-европейское предложение передали Уиткоффу.',
      1,
    ],
    ['us-framework-2025-04', 'В апреле в Париже американский мирный план передали Украине.', 1],
    ['crimea-recognition', 'Trump suggested Kyiv could let Crimea go to secure peace.', 1],
    [
      'occupied-territories',
      'Там нет ни слова о признании российского контроля над какой-либо украинской землей.',
      1,
    ],
    [
      'occupied-territories',
      'Немає жодного слова про визнання російського контролю над будь-якою українською землею.',
      1,
    ],
    ['territorial-integrity', 'Trump said Ukraine could win the whole country back in its original form.', 1],
    [
      'territorial-integrity',
      'Трамп написав, що Україна може повернути всю країну в її первісному вигляді.',
      1,
    ],
    ['nato-non-accession', 'Путин назвал причиной войны втягивание Украины в НАТО.', 1],
    ['nato-non-accession', 'Украина получит гарантии, но в НАТО она вступать не будет.', 1],
    ['european-force', 'Британские и французские военные войдут в состав «сил успокоения» в Украине.', 1],
    ['european-force', 'Келлогг говорил об англо-французских силах к западу от Днепра в Украине.', 1],
    ['army-limits', 'По плану Украины ее вооруженные силы не ограничиваются.', 1],
    ['army-limits', 'The draft for Ukraine sits well above the 600,000 ceiling of the November plan.', 1],
    ['army-limits', 'Russia wants deeper cuts to the Ukrainian army.', 1],
    ['army-limits', 'У плані для України фігурувала стеля в 600 тисяч.', 1],
    [
      'frontline-freeze',
      'In Ukraine the line held by troops on the day of signing would become the line of contact.',
      1,
    ],
    [
      'frontline-freeze',
      'По украинскому варианту линия, где стоят войска на дату подписания, становится линией соприкосновения.',
      1,
    ],
    ['frozen-assets', 'EU delays Ukraine loan from Russian assets.', 1],
    ['frozen-assets', 'ЄС відклав кредит для України за рахунок російських активів.', 1],
    ['frozen-assets', 'ЕС отложил кредит Украине за счет российских активов.', 1],
    // Look-alikes: sanctions extended, a hotel's ceiling, a bank's loan, an army elsewhere, a city's plan.
    ['sanctions-relief', 'Санкции, введенные против России в 2022 году, продлеваются.', 0],
    ['army-limits', 'Ukraine’s grain exports hit a 600,000-tonne cap in May.', 0],
    ['frozen-assets', 'The bank made a loan from Russian investors in Kyiv.', 0],
    ['army-limits', 'Численность населения Одессы проект фиксирует на уровне 600 тысяч человек.', 0],
    ['us-framework-2025-04', 'Американский мирный план для Ближнего Востока обсуждали в Каире.', 0],
    ['frontline-freeze', 'The line at the embassy on the day of signing was long.', 0],
  ]);
});
