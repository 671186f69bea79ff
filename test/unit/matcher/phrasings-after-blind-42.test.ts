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
