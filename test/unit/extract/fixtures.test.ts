import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractText, findArticleRoot } from '../../../src/extract/index.ts';

const SITES = path.resolve(import.meta.dirname, '../../fixtures/sites');
const UNN = path.join(
  SITES,
  'www.unn.ua/en/news/cnn-has-learned-the-main-stumbling-blocks-between-the-us-and-ukraine-regarding-the-framework-for-ending-the-war.html',
);
const CNN = path.join(
  SITES,
  'edition.cnn.com/2025/04/25/europe/ukraine-us-peace-framework-differences-intl.html',
);

function page(file: string) {
  return parseHTML(fs.readFileSync(file, 'utf8')).document;
}

describe('article root on the saved site pages (linkedom, as in the CLI)', () => {
  it('UNN: the article body, without the ticker or "Electricity outage schedules"', () => {
    const root = findArticleRoot(page(UNN), 'https://www.unn.ua/en/news/x')!;
    const { text } = extractText(root);
    expect(text).toContain('Ukraine wants security guarantees');
    expect(text).not.toMatch(/42\.18|Electricity outage schedules/);
  });
  it('CNN: the article content, without header navigation', () => {
    const root = findArticleRoot(page(CNN), 'https://edition.cnn.com/2025/04/25/x')!;
    const { text } = extractText(root);
    expect(text.length).toBeGreaterThan(500);
    expect(text).not.toMatch(/Live TV/);
  });
});
