/**
 * The thirty-third session's rules, each with look-alikes, written from the misses of blind pairs 61–64
 * (read in the thirty-second session, after they were scored, so those pairs are no longer blind to
 * them) and from the held-out set's military-aid misses. Sentences written for the test, in the ways
 * reporters phrase each idea, none copied from the articles.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

const MA = 'military-aid';
const NN = 'nato-non-accession';
const FF = 'frontline-freeze';
const AL = 'army-limits';

describe('military aid named with another kind of aid', () => {
  checkCounts([
    [MA, 'Britain has given £13bn in military and civilian aid to Ukraine since 2022.', 1],
    [MA, 'Norway pledged military and humanitarian assistance to Kyiv for the winter.', 1],
    [MA, 'Партнери обіцяють і надалі надавати Києву військову та фінансову допомогу.', 1],
    [MA, 'Зеленський подякував за пакети військової і гуманітарної підтримки для України.', 1],
    [MA, 'Европа продолжит оказывать Киеву военную и финансовую помощь.', 1],
    // Look-alikes: the same words for another country, and civilian aid alone.
    [MA, 'Washington gave Israel military and financial support for decades.', 0],
    [MA, 'Britain has given £3bn in civilian aid to Ukraine since 2022.', 0],
  ]);
});

describe('Ukraine going, getting or entering into NATO', () => {
  checkCounts([
    [NN, 'Trump said Ukraine would not be going into NATO, whatever Kyiv hoped.', 1],
    [NN, 'Ukraine will never get into NATO, the envoy told the Kremlin.', 1],
    [NN, 'Under the draft, Kyiv cannot enter NATO for at least twenty years.', 1],
    // Look-alikes: NATO's airspace and its meetings, and another applicant.
    [NN, 'Russian drones entered NATO airspace over Poland, Ukraine said.', 0],
    [NN, 'Ukraine went into NATO talks with a list of weapons it needs.', 0],
    [NN, 'Finland got into NATO in 2023 after decades of neutrality.', 0],
  ]);
});

describe('the rest of the front frozen', () => {
  checkCounts([
    [FF, 'Putin offered to freeze the rest of the front if Ukraine left Donetsk.', 1],
    [FF, 'Moscow would freeze what remains of the front line in the south.', 1],
    // Look-alike: the front as a place, not frozen.
    [FF, 'Putin offered to hold the rest of the front if Ukraine left Donetsk.', 0],
  ]);
});

describe('the army of 85,000 that Russia asked for in 2022', () => {
  checkCounts([
    [AL, 'In 2022 Moscow pressed for capping Ukraine’s military at 85,000 troops.', 1],
    [AL, 'The draft of 2022 would have left Kyiv with an army of 85,000.', 1],
    // Look-alike: a count of soldiers, not a cap.
    [AL, 'About 85,000 soldiers took part in the exercise, the ministry said.', 0],
  ]);
});

describe('guarantees from a guarantor named another way, and security arrangements for Kyiv', () => {
  checkCounts([
    ['security-guarantees', 'Zelensky wants guarantees from the Europeans against a new Russian attack.', 1],
    ['security-guarantees', 'Зеленський назвав гарантії з боку Штатів головною темою зустрічі.', 1],
    ['security-guarantees', 'Киев добивается гарантий со стороны Штатов до подписания мира.', 1],
    [
      'security-guarantees',
      'For the peace deal, negotiators agreed on the security arrangements for Kyiv.',
      1,
    ],
    // Look-alikes: a loan guarantee, and arrangements for an event.
    ['security-guarantees', 'The loan needs guarantees from the Europeans, the bank said.', 0],
    ['security-guarantees', 'Security arrangements for the summit in Geneva were tight.', 0],
  ]);
});

describe('a force to keep the peace in Ukraine, and foreign troops in a Russian dative', () => {
  checkCounts([
    ['european-force', 'Britain and France drew up plans for a force to help keep the peace in Ukraine.', 1],
    ['european-force', 'Defence ministers planned a Ukraine force with no ceasefire in sight.', 1],
    ['european-force', 'Позиция Кремля по иностранным войскам на Украине не менялась.', 1],
    // Look-alikes: keeping the peace elsewhere, and foreign troops far from Ukraine.
    ['european-force', 'Irish soldiers help keep the peace in Lebanon.', 0],
    ['european-force', 'Иностранным войскам в Сирии запрещено покидать базы, сообщил Дамаск.', 0],
  ]);
});
