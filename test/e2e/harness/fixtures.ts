/** Paths of the bundled fixture articles under test/fixtures/sites/<host>/. */

/** UNN English edition: the seed article (UNN relaying CNN's "stumbling blocks" report). */
export const UNN_ARTICLE_PATH =
  '/en/news/cnn-has-learned-the-main-stumbling-blocks-between-the-us-and-ukraine-regarding-the-framework-for-ending-the-war';

/** CNN-style article written for the fixtures from the seed's facts (host edition.cnn.com). */
export const CNN_ARTICLE_PATH = '/2025/04/25/europe/ukraine-us-peace-framework-differences-intl';

/** A page on OTHER_HOST (www.example.org) that mentions the same names but must stay untouched. */
export const OTHER_ARTICLE_PATH = '/news/ukraine-peace-talks';

/** UNN Ukrainian edition (host unn.ua, no www): the same story, Ukrainian text written for the fixtures. */
export const UNN_UK_ARTICLE_PATH =
  '/news/cnn-diznalosia-pro-holovni-kameni-spotykannia-mizh-ssha-ta-ukrainoiu';

/** The bundled article pages, with their host and language, for tests that go through all of them. */
export const FIXTURE_ARTICLES = [
  { name: 'unn-en', host: 'www.unn.ua', path: UNN_ARTICLE_PATH, lang: 'en' },
  { name: 'unn-uk', host: 'unn.ua', path: UNN_UK_ARTICLE_PATH, lang: 'uk' },
  { name: 'cnn', host: 'edition.cnn.com', path: CNN_ARTICLE_PATH, lang: 'en' },
] as const;
