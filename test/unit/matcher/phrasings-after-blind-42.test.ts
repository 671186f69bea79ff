/**
 * The forty-second session's rules, each with look-alikes, written from the misses of the fourteenth
 * blind round (pairs 120–121, read after they were scored, so those pairs are no longer blind to them).
 * Sentences written for the test, in the ways reporters phrase each idea, none copied from the articles.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

describe('the fourteenth round: frozen sovereign assets, assets that stay frozen, a stop where the sides stand', () => {
  checkCounts([
    ['frozen-assets', 'Лидеры ЕС хотят задействовать замороженные суверенные активы России.', 1],
    ['frozen-assets', 'Лідери ЄС хочуть використати заморожені суверенні активи Росії.', 1],
    ['frozen-assets', 'В Брюсселе решили, что российские активы должны оставаться замороженными.', 1],
    [
      'frontline-freeze',
      'Лавров отверг немедленную остановку там, где сейчас находятся войска, в войне с Украиной.',
      1,
    ],
    // Look-alikes: a bank's frozen accounts with no Russia, a bus stop, sovereign bonds.
    ['frozen-assets', 'Активы компании остаются замороженными из-за спора с налоговой.', 0],
    ['frontline-freeze', 'Автобусная остановка там, где сейчас рынок, переедет на другую улицу.', 0],
    ['frozen-assets', 'Фонд продал суверенные облигации Аргентины.', 0],
  ]);
});

describe('the fourteenth round: security guaranteed for Ukraine in other words, with its qualities before it', () => {
  checkCounts([
    [
      'security-guarantees',
      'Zelensky asked whether Trump could guarantee "strong and irreversible" security for his country.',
      1,
    ],
    ['security-guarantees', 'Only Washington can guarantee lasting security for Ukraine.', 1],
    [
      'security-guarantees',
      'Якщо Трамп зможе забезпечити Україні «сильну і незворотну» безпеку, Київ погодиться.',
      1,
    ],
    ['security-guarantees', 'Союзники мають гарантувати Україні надійну безпеку.', 1],
    // Look-alikes: energy security, a country house, road safety in a city, another country's security.
    ['security-guarantees', 'The deal would guarantee energy security for Ukraine this winter.', 0],
    ['security-guarantees', 'Європа має забезпечити Україні енергетичну безпеку.', 0],
    ['security-guarantees', 'The firm will guarantee round-the-clock security for his country house.', 0],
    ['security-guarantees', 'Мер обіцяє забезпечити Києву безпеку на дорогах.', 0],
    ['security-guarantees', 'He wants to guarantee security for his country, Poland, first.', 0],
  ]);
});
