/** Test helper: the development set (test/devset) as texts, read the way the extension reads them. */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Lang } from '../../../src/data/types.ts';
import { extractText, findArticleHead, findArticleRoot } from '../../../src/extract/index.ts';
import { ROOT } from './real-data.ts';

export interface DevArticle {
  name: string;
  lang: Lang;
  source: string;
  text: string;
  counts: Record<string, number>;
  /** Written after the rules were tuned, and never tuned on: an estimate for unseen articles. */
  heldOut: boolean;
  /** Where the article's body starts in `text`, after a headline and standfirst read from outside it. */
  bodyStart: number;
}

const DIR = path.join(ROOT, 'test/devset');

/** Every article of the dev set with its gold counts. */
export function devset(): DevArticle[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as {
        source: string;
        lang: Lang;
        counts: Record<string, number>;
        path?: string;
        heldOut?: boolean;
      };
      const file = gold.path
        ? path.join(ROOT, gold.path)
        : [`${name}.html`, `${name}.txt`].map((x) => path.join(DIR, x)).find((p) => fs.existsSync(p));
      if (!file) throw new Error(`${f}: no article file next to it`);
      const raw = fs.readFileSync(file, 'utf8');
      let text = raw;
      let bodyStart = 0;
      if (file.endsWith('.html')) {
        const { document } = parseHTML(raw);
        const article = findArticleRoot(document);
        const head = article ? findArticleHead(document, article) : [];
        text = extractText(article ? [...head, article] : document.body).text;
        if (head.length > 0) bodyStart = extractText(head).text.length;
      }
      return {
        name,
        lang: gold.lang,
        source: gold.source,
        text,
        counts: gold.counts,
        heldOut: gold.heldOut === true,
        bodyStart,
      };
    });
}
