/**
 * Twenty-second session: the families reporters use for territorial integrity, the European force
 * and freezing the front, from an audit of 78 real 2025–26 excerpts in English, Ukrainian and
 * Russian (kept outside the repository, a third set aside). Sentences written for the test in the
 * same shapes, each family with look-alikes that must stay unmarked: Russia retaking Kursk, other
 * countries' borders, other wars' truces, Russia's own troops, other coalitions.
 */
import { describe, expect, it } from 'vitest';
import { outermostTexts } from './real-data.ts';

const ids = outermostTexts();

describe('territorial-integrity: land regained, borders of 1991, not borders redrawn by force', () => {
  it.each([
    [
      'Kyiv says it will never stop trying to reclaim all of its land, Zelensky told reporters.',
      'reclaim all of its land',
    ],
    [
      'Ukraine still hopes to recapture every inch of territory Russia has seized, the minister said.',
      'recapture every inch of territory',
    ],
    ['Ukrainians want all of their land back, a new poll in Kyiv found.', 'want all of their land back'],
    [
      'Zelensky said no deal could stop Ukraine from restoring full territorial control one day.',
      'restoring full territorial control',
    ],
    ["Kyiv's allies pledged to respect Ukraine's borders in any settlement.", "respect Ukraine's borders"],
    [
      'Zelensky conceded that the borders Ukraine had in 1991 cannot be restored by force now.',
      'borders Ukraine had in 1991',
    ],
    [
      'Зеленський переконаний, що всі наші території повернуться до України.',
      'всі наші території повернуться',
    ],
    [
      'Президент допустив повернення ТОТ дипломатичним шляхом, повідомив Офіс президента України.',
      'повернення ТОТ',
    ],
    ['ЗСУ поки не можуть відвоювати окуповані землі, визнав Зеленський.', 'відвоювати окуповані землі'],
    [
      'Україна прагне повернути втрачені території без нових жертв, сказав Сибіга.',
      'повернути втрачені території',
    ],
    [
      'Зеленський визнав, що Україна не здатна зараз повернути кордони станом на 1991 рік.',
      'кордони станом на 1991 рік',
    ],
    [
      'Зеленский признал, что Украина пока не может восстановить границы по состоянию на 1991 год.',
      'границы по состоянию на 1991 год',
    ],
    [
      'Киев надеется вернуть утраченные в ходе войны территории дипломатическим путем.',
      'вернуть утраченные в ходе войны территории',
    ],
    ['Зеленский допустил возвращение ВОТ без применения оружия.', 'возвращение ВОТ'],
    [
      'Zelensky said the aim was still the full liberation of its territory, Ukraine included Crimea.',
      'full liberation of its territory',
    ],
    [
      'Kyiv vowed to drive the invaders out of all Ukrainian land, Zelensky said.',
      'drive the invaders out of all Ukrainian land',
    ],
    [
      'Trump said Ukraine could win back its original borders with European help.',
      'win back its original borders',
    ],
    [
      "The minister said Ukraine's borders are not up for negotiation.",
      "Ukraine's borders are not up for negotiation",
    ],
    ['Zelensky said Ukraine would one day win back Crimea.', 'win back Crimea'],
    ['Зеленський наголосив, що Україна поверне всі свої землі.', 'поверне всі свої землі'],
    [
      'Звільнення всієї території України залишається метою, заявив Зеленський.',
      'Звільнення всієї території',
    ],
    [
      'Україна прагне відновити контроль над всією своєю територією, сказав Зеленський.',
      'відновити контроль над всією своєю територією',
    ],
    ['Зеленський пообіцяв, що Україна поверне Крим.', 'поверне Крим'],
    ['Україна прагне кордонів України 1991 року, сказав Сибіга.', 'кордонів України 1991 року'],
    [
      'Украина стремится восстановить контроль над всеми своими территориями.',
      'восстановить контроль над всеми своими территориями',
    ],
    ['Зеленский заявил, что Украина вернет Крым.', 'вернет Крым'],
    [
      'Сибига сказал, что цель Украины — освобождение всей территории страны.',
      'освобождение всей территории',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'territorial-integrity')).toContain(want);
  });
  it.each([
    ['Russian forces recaptured all the territory Ukraine had taken in the Kursk region, the Kremlin said.'],
    ['Russia has regained all of its land, Moscow said, after Ukraine pulled its brigades back.'],
    ['Farmers in Kansas hope to recover all the land lost to the floods.'],
    ['Kosovo and Serbia accused each other of trying to redraw borders by force.'],
    // Borders redrawn by force in Ukraine: a principle, not the demand for the 1991 borders (fifty-fourth
    // session, 48 of the 58 dev-set pages that say it counted without it); these two were once counted.
    ['European leaders said Russia must not be allowed to redraw borders by force in Ukraine.'],
    ['Посол ЄС наголосила, що росія намагається силою змінити кордони України.'],
    ['Ukraine has guarded its borders with Belarus since 1991, the border service said.'],
    ['Україна охороняє кордони з Білоруссю з 1991 року, нагадали прикордонники.'],
    ['Росія відвоювала всі території в Курській області, заявив Герасимов, а Україна це заперечує.'],
    ['Российские войска отвоюют все территории, пригрозил Медведев, Украина ответила отказом.'],
    ['Russia pushed Ukrainian forces out of all its territory in Kursk.'],
    ['Russia took back Crimea from Ukraine in 2014, Putin claims.'],
    ['Росія поверне всі свої землі, заявив Путін про Курщину, а Україна відступила.'],
  ])('not: %s', (text) => {
    expect(ids(text, 'territorial-integrity')).toEqual([]);
  });
});

describe('frontline-freeze: staying put, the present battle line, a freeze in place, nouns of stopping', () => {
  it.each([
    ["Zelensky said Trump's idea was simple: stay where we stay and talk.", 'stay where we stay'],
    [
      'Trump wants Russia and Ukraine to stop at the places where their forces now face each other.',
      'stop at the places where their forces now face each other',
    ],
    ['Kyiv could accept the present battle line as a starting point, Zelensky said.', 'present battle line'],
    [
      'Trump told Putin and Zelensky to stop along the line of fighting and negotiate later.',
      'stop along the line of fighting',
    ],
    [
      'The Kremlin rejected any plan to freeze the conflict in place in Ukraine.',
      'freeze the conflict in place',
    ],
    ['Moscow has opposed any freezing of the war, Peskov said.', 'freezing of the war'],
    ['Peskov said the war could be frozen only on Russia’s terms.', 'war could be frozen'],
    ['Lavrov said the war in Ukraine would not be frozen.', 'war in Ukraine would not be frozen'],
    ['Kyiv backs a ceasefire on the contact line, Zelensky said.', 'ceasefire on the contact line'],
    [
      'Лавров заявив, що завершення війни по лінії фронту неможливе для росії.',
      'завершення війни по лінії фронту',
    ],
    [
      'Зеленський готовий заморозити позиції там, де ми стоїмо, і почати переговори.',
      'заморозити позиції там, де ми стоїмо',
    ],
    [
      'Песков отверг прекращение боевых действий по линии соприкосновения без договора.',
      'прекращение боевых действий по линии соприкосновения',
    ],
    ['Киев выступает за перемирие на контактной линии, заявил Сибига.', 'перемирие на контактной линии'],
    [
      'Трамп предложил остановить войну на нынешних позициях, но Кремль отказался.',
      'остановить войну на нынешних позициях',
    ],
    [
      'Захарова назвала завершение войны на линии фронта невозможным для России.',
      'завершение войны на линии фронта',
    ],
    ['Зеленський підтримав ідею зупинитися на нинішніх позиціях.', 'зупинитися на нинішніх позиціях'],
    ['Трамп запропонував заморозку на поточних позиціях, але росія проти.', 'заморозку на поточних позиціях'],
  ])('%s', (text, want) => {
    expect(ids(text, 'frontline-freeze')).toContain(want);
  });
  it.each([
    ['Israel and Lebanon agreed to a ceasefire on the front line in the south, officials said.'],
    ['Heavy fighting continued where the two armies face each other near Pokrovsk, Ukraine said.'],
    ['The current battle lines in Sudan have barely moved, the UN said.'],
    ['Frozen in place, the deer stared at the car.'],
    ['Футболісти зупинилися на нинішніх позиціях у таблиці.'],
    ['Ізраїль і ХАМАС обговорюють зупинку бойових дій по лінії розмежування в Газі.'],
    ['Израиль и ХАМАС договорились о прекращении боевых действий на линии разграничения в Газе.'],
  ])('not: %s', (text) => {
    expect(ids(text, 'frontline-freeze')).toEqual([]);
  });
});

describe('european-force: a presence in Ukraine, contingents, Russian verbs and nouns of deploying', () => {
  it.each([
    [
      'Macron said a security presence in Ukraine would follow any ceasefire.',
      'security presence in Ukraine',
    ],
    ['Starmer discussed a British troop contingent for Ukraine with Zelensky.', 'British troop contingent'],
    ['Москва отвергла размещение войск стран НАТО на Украине.', 'размещение войск стран НАТО на Украине'],
    [
      'Лондон готов отправить силы сдерживания на Украину после перемирия.',
      'отправить силы сдерживания на Украину',
    ],
    [
      'В Кремле назвали присутствие «коалиции желающих» на Украине неприемлемым.',
      'присутствие «коалиции желающих',
    ],
    ['Лавров назвал военных НАТО на Украине законной целью.', 'военных НАТО на Украине'],
    [
      'Рубио заявил, что на территории Украины разместят войска Франции и Британии.',
      'на территории Украины разместят войска',
    ],
    [
      'Грушко назвал неприемлемым наличие иностранных вооруженных сил на Украине.',
      'иностранных вооруженных сил',
    ],
    [
      'Захарова пригрозила ударами по иностранным военным контингентам на Украине.',
      'иностранным военным контингентам',
    ],
    ['Кремль назвав присутність коаліції охочих в Україні загрозою.', 'присутність коаліції охочих'],
    ['The coalition of the willing would deploy a force of up to 30,000 troops.', 'deploy a force'],
    ['European boots on the ground would deter Russia, Starmer said.', 'European boots on the ground'],
    [
      'The plan envisages European jets and troops based in Ukraine after the war.',
      'troops based in Ukraine',
    ],
    [
      'Лондон готовит развертывание британских наземных и морских сил на Украине после мира.',
      'британских наземных и морских сил на Украине',
    ],
  ])('%s', (text, want) => {
    expect(ids(text, 'european-force')).toContain(want);
  });
  it.each([
    ["The Russian security presence in Ukraine's occupied south is growing."],
    ['The British troop contingent in Estonia will grow, the MoD said.'],
    ['The IAEA keeps an international presence in Ukraine at every nuclear plant.'],
    ['Генштаб сообщил о развертывании российских сил на Украине.'],
    ['Военные НАТО в Польше проводят учения.'],
    ['Британские войска в Эстонии усилят, сообщил Лондон.'],
    ['Силы коалиции нанесли удары по целям в Сирии.'],
    ['Встреча военных руководителей коалиции желающих прошла в Париже.'],
    ['Police in Kyiv deployed a force of 500 officers to guard the march.'],
    ['Russian troops based in Ukraine’s occupied south were rotated, Kyiv said.'],
  ])('not: %s', (text) => {
    expect(ids(text, 'european-force')).toEqual([]);
  });
});
