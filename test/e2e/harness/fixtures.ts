/** Paths of the bundled fixture articles under test/fixtures/sites/<host>/. */

/** UNN English edition: the seed article (UNN relaying CNN's "stumbling blocks" report). */
export const UNN_ARTICLE_PATH =
  '/en/news/cnn-has-learned-the-main-stumbling-blocks-between-the-us-and-ukraine-regarding-the-framework-for-ending-the-war';

/** CNN-style article written for the fixtures from the seed's facts (host edition.cnn.com). */
export const CNN_ARTICLE_PATH = '/2025/04/25/europe/ukraine-us-peace-framework-differences-intl';

/** A page on OTHER_HOST (www.example.org) that mentions the same names but must stay untouched. */
export const OTHER_ARTICLE_PATH = '/news/ukraine-peace-talks';
