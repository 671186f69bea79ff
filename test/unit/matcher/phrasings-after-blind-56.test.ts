/**
 * The fifty-sixth session's rules, each with look-alikes, written from the misses of its blind rounds.
 * Sentences written for the test, none copied from the articles.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

describe('rounds 137-138: the April 2025 plans as reporters name them', () => {
  checkCounts([
    // A counterproposal Ukraine answered with, in the April talks.
    [
      'eu-ua-counterproposal-2025-04',
      'After the London meeting in April, Kyiv and its European partners responded with a counterproposal of their own.',
      1,
    ],
    [
      'eu-ua-counterproposal-2025-04',
      'After the Geneva meeting in November, Kyiv and its European partners responded with a counterproposal of their own.',
      0,
    ],
    [
      'eu-ua-counterproposal-2025-04',
      'Після зустрічі в Лондоні у квітні Київ разом з європейськими партнерами відповів власною контрпропозицією.',
      1,
    ],
    [
      'eu-ua-counterproposal-2025-04',
      'После встречи в Лондоне в апреле Киев и европейцы ответили собственным контрпредложением.',
      1,
    ],
    // The one-page US framework; "a one-page document" is a description, not its name.
    [
      'us-framework-2025-04',
      'In April, Ukraine was handed a one-page framework in Paris that would recognise Crimea as Russian.',
      1,
    ],
    [
      'us-framework-2025-04',
      'In April, Ukraine was handed a one-page document in Paris that would recognise Crimea as Russian.',
      0,
    ],
    [
      'us-framework-2025-04',
      'The framework that American officials presented to Europeans in Paris in April would leave Crimea to Russia.',
      1,
    ],
    [
      'us-framework-2025-04',
      'У квітні в Парижі Україні передали односторінкову пропозицію, яка визнала б Крим російським.',
      1,
    ],
    // A US proposal for a month-long ceasefire is the truce offer of March, not the April plan.
    [
      'us-framework-2025-04',
      'In April, speaking in London, Zelensky recalled that Kyiv had accepted a US proposal for a month-long ceasefire.',
      0,
    ],
    [
      'us-framework-2025-04',
      'У квітні в Лондоні Зеленський нагадав, що Київ прийняв американську пропозицію повного припинення вогню на 30 днів.',
      0,
    ],
    [
      'us-framework-2025-04',
      'В апреле в Лондоне Зеленский напомнил, что Киев согласился на предложение США о полном прекращении огня.',
      0,
    ],
    [
      'us-framework-2025-04',
      'In April, speaking in London, Zelensky said Kyiv would study the US proposal on territory.',
      1,
    ],
  ]);
});

describe('rounds 137-138: proposals in the words the writers used', () => {
  checkCounts([
    // Half the value of its minerals.
    [
      'minerals-deal',
      'Zelensky rejected a draft under which Ukraine would hand half the value of its mineral resources to Washington.',
      1,
    ],
    ['minerals-deal', 'The firm sold half the value of its shares to a fund.', 0],
    [
      'minerals-deal',
      'Зеленський відкинув угоду, за якою Україна мала б передати США половину вартості своїх корисних копалин.',
      1,
    ],
    // Troops sent to Ukraine, the place before the troops.
    [
      'european-force',
      'Стармер заявив, що Британія готова відправити в Україну військових після укладення мирної угоди.',
      1,
    ],
    [
      'european-force',
      'Стармер заявил, что Лондон готов отправить в Украину военных после заключения мирного соглашения.',
      1,
    ],
    ['european-force', 'Минздрав готов отправить в Украину новых врачей и лекарства.', 0],
    [
      'european-force',
      'Стармер пообещал, что Британия поддержит коалицию желающих солдатами на земле и самолетами в воздухе.',
      1,
    ],
    // Recognition of Moscow's hold over regions named one by one.
    [
      'occupied-territories',
      "The plan offered de facto recognition of Moscow's hold over nearly all of Luhansk and parts of three other regions.",
      1,
    ],
    ['occupied-territories', 'План передбачав визнання російського контролю над майже всією Луганщиною.', 1],
    ['occupied-territories', 'The council reviewed control over Luhansk city finances.', 0],
    // A ceasefire at present positions.
    [
      'frontline-freeze',
      'Kyiv and its allies back a ceasefire at present positions in Ukraine as the start of talks.',
      1,
    ],
    ['frontline-freeze', 'The club defended its present positions in the league table.', 0],
    // The imperative stop at the front line.
    ['frontline-freeze', '«Остановитесь прямо сейчас на линии фронта», — сказал Трамп Зеленскому.', 1],
    ['frontline-freeze', '«Зупиніться прямо зараз на лінії фронту», — сказав Трамп Зеленському.', 1],
    // An exchange of prisoners beside the return of children.
    [
      'prisoner-exchange',
      'The summit said any truce should begin with an exchange of prisoners and the return of children.',
      1,
    ],
    [
      'deported-children',
      'The summit said any truce should begin with an exchange of prisoners and the return of children.',
      1,
    ],
    [
      'deported-children',
      'The court ordered the return of children to their mother after the custody dispute.',
      0,
    ],
  ]);
});
