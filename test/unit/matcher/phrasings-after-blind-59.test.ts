/**
 * The fifty-ninth session’s rules, each with look-alikes, written from the misses of its blind rounds
 * and from the review of the session before it. Sentences written for the test, none copied from the
 * articles.
 */
import { describe } from 'vitest';
import { checkCounts } from './real-data.ts';

describe('review: the G8 named in Russian near a club without its name', () => {
  checkCounts([
    ['g8-return', 'Речь шла о большой восьмерке. Трамп заявил, что хочет вернуть Россию в клуб.', 1],
    ['g8-return', 'Речь шла о большой семёрке. Трамп заявил, что хочет вернуть Россию в клуб.', 1],
    ['g8-return', 'Речь шла о саммите. Трамп заявил, что хочет вернуть Россию в клуб.', 0],
  ]);
});
