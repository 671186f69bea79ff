/**
 * The fifty-eighth session’s rules, each with look-alikes, written from the misses of its blind rounds.
 * Sentences written for the test, none copied from the articles.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

describe('rounds 169-170: the peace formula, Istanbul, the G8, land, sanctions, children and Putin’s terms', () => {
  checkCounts([
    ['peace-formula-2022', "Kyiv again cited Zelensky's 10-step peace formula.", 1],
    ['peace-formula-2022', 'Кулеба нагадав про запропоновані Зеленським десять кроків до миру.', 1],
    ['peace-formula-2022', 'Тренер назвав десять кроків до миру в родині.', 0],
    ['istanbul-communique-2022', 'Putin again pointed to those Istanbul drafts as a basis for talks.', 1],
    [
      'istanbul-communique-2022',
      'Putin pointed to the preliminary agreement worked out in Istanbul in 2022.',
      1,
    ],
    [
      'istanbul-communique-2022',
      'The preliminary agreement worked out in Geneva in 2025 was never published.',
      0,
    ],
    [
      'istanbul-communique-2022',
      'Путин сослался на проекты соглашений, подготовленных в Стамбуле весной 2022 года.',
      1,
    ],
    [
      'g8-return',
      'Trump said expelling Russia from the G8 was a mistake but stopped short of calling for Russia to be let back in.',
      1,
    ],
    ['g8-return', 'Trump said he wanted Russia to be let back in to the talks.', 0],
    [
      'g8-return',
      'Трамп назвав виключення Росії з «Групи восьми» помилкою, але закликати повернути Росію до формату не став.',
      1,
    ],
    ['g8-return', 'Посередники пропонують повернути Росію до формату прямих переговорів.', 0],
    ['occupied-territories', 'Ни Европа, ни Украина не признали бы эти земли российскими.', 1],
    ['occupied-territories', 'Ні Європа, ні Україна не визнали б ці землі російськими.', 1],
    ['occupied-territories', 'Суд визнав ці землі державними.', 0],
    [
      'sanctions-relief',
      'Санкции против России по этой схеме снимались бы постепенно, а Украина получила бы гарантии.',
      1,
    ],
    ['sanctions-relief', 'Санкции против Ирана снимались бы постепенно.', 0],
    ['deported-children', 'После перемирия в Украину должны вернуться все депортированные дети.', 1],
    ['deported-children', 'Після перемир’я в Україну мають повернутися всі депортовані діти.', 1],
    ['deported-children', 'Из летнего лагеря должны вернуться все дети.', 0],
    ['donbas-withdrawal', "Russia restated its demand to take control of all of Ukraine's Donbas region.", 1],
    [
      'russia-demands-2024-06',
      'В июне 2024 года Путин на встрече с руководством МИД России изложил условия урегулирования.',
      1,
    ],
    [
      'russia-demands-2024-06',
      'В марте Путин на встрече с руководством МИД изложил условия работы дипломатов.',
      0,
    ],
  ]);
});

describe('rounds 171-172: land passing to Russia, sanctions with their participle, the April counterproposals, the non-nuclear status, arms, zones and the four regions', () => {
  checkCounts([
    ['occupied-territories', 'Трамп не відповів, чи прийнятно, щоб до Росії відійшли ще чотири області.', 1],
    ['occupied-territories', 'Москва хочет, чтобы эти области отошли к России.', 1],
    ['occupied-territories', 'Після війни до Польщі відійшли ці землі.', 0],
    ['occupied-territories', 'Путін не може привласнити територію України.', 1],
    ['occupied-territories', 'Чиновник привласнив землю громади.', 0],
    [
      'sanctions-relief',
      'Україна погодилась, а санкції, запроваджені проти Москви з 2014 року, мають скасувати.',
      1,
    ],
    ['sanctions-relief', 'Санкції, запроваджені проти Ірану, мають скасувати.', 0],
    ['sanctions-relief', 'Россия требует, чтобы санкции, введенные против нее с 2014 года, были сняты.', 1],
    [
      'eu-ua-counterproposal-2025-04',
      'У контрпропозиціях України та Європи, переданих у Лондоні 23 квітня, першим пунктом стоїть перемир’я.',
      1,
    ],
    [
      'non-nuclear-status',
      'Under the Istanbul terms Ukraine would become permanently neutral and non-nuclear.',
      1,
    ],
    [
      'nato-non-accession',
      'Under the Istanbul terms Ukraine would become permanently neutral and non-nuclear.',
      0,
    ],
    ['military-aid', 'Джонсон пообещал Киеву 120 бронированных машин.', 1],
    ['military-aid', 'Банк заказал 120 бронированных машин для инкассаторов.', 0],
    [
      'european-force',
      'Kellogg said British and French troops could be responsible for zones west of the Dnipro.',
      1,
    ],
    ['european-force', 'Russian troops hold zones west of the Dnipro near Kherson.', 0],
    [
      'european-force',
      'Келлог сказав, що британські та французькі війська могли б відповідати за зони на захід від Дніпра.',
      1,
    ],
    [
      'donbas-withdrawal',
      'Putin said talks could start once Kyiv withdrew its forces from the four Ukrainian regions that Russia claims.',
      1,
    ],
    ['donbas-withdrawal', 'Путін наполягає, що українські війська мають піти з усіх чотирьох областей.', 1],
  ]);
});

describe('rounds 173-174: a power plant handed over, a security promise, land kept or its loss accepted, the minerals deal, frozen assets, the payments system', () => {
  checkCounts([
    [
      'military-aid',
      'В МИД России на версии о передаче Запорожской АЭС Украине ответили отказом; военной помощи Киеву это не касается.',
      1,
    ],
    ['security-guarantees', 'Starmer left without a security promise from Trump for Ukraine.', 1],
    ['occupied-territories', 'Україні пропонують погодитися на окупацію частини своїх територій Росією.', 1],
    ['occupied-territories', 'За планом Венса Росія зберігає захоплені землі.', 1],
    ['occupied-territories', 'По плану Россия сохраняет захваченные территории.', 1],
    ['occupied-territories', 'Фермер погодився на втрату частини врожаю через посуху.', 0],
    ['minerals-deal', 'Угоду щодо критично важливих корисних копалин з Україною підпишуть у п’ятницю.', 1],
    ['frozen-assets', 'У Європі заморожено російські активи на 200 млрд євро.', 1],
    [
      'sanctions-relief',
      'Russia wanted its farm bank plugged back into the international payments system before the Black Sea deal.',
      1,
    ],
    ['sanctions-relief', 'The shop was plugged back into the payments system after the outage.', 0],
  ]);
});
