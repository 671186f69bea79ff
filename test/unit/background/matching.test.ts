/**
 * The background matches for the pages (background/matching.ts): it reads a language set's page
 * index from the package once per worker, and answers with what the matcher finds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPageIndex } from '../../../scripts/vite-plugin-dataset.ts';
import { loadDataset } from '../../../src/data/load.ts';
import type { Lang } from '../../../src/data/types.ts';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { findAll } from '../../../src/matcher/pieces.ts';
import { unpackMentions } from '../../../src/matcher/wire.ts';
import { ROOT, realSource } from '../matcher/real-data.ts';

vi.mock('webextension-polyfill', () => ({
  default: { runtime: { getURL: (file: string) => `chrome-extension://standpoint/${file}` } },
}));

const { dataset } = loadDataset(path.join(ROOT, 'data'));
const files = new Map<string, string>();
for (const langs of [
  ['en', 'uk'],
  ['en', 'uk', 'ru'],
] as Lang[][])
  files.set(
    `chrome-extension://standpoint/page-index/${langs.join('-')}.json`,
    JSON.stringify(buildPageIndex(dataset!, langs)),
  );
const fetched: string[] = [];
let failNext = false;
vi.stubGlobal('fetch', async (url: string) => {
  fetched.push(url);
  if (failNext) {
    failNext = false;
    return new Response('', { status: 500 });
  }
  const body = files.get(url);
  return body ? new Response(body, { status: 200 }) : new Response('', { status: 404 });
});

const SEED = fs.readFileSync(
  path.join(ROOT, '../shared/sources/unn-2025-04-25-cnn-stumbling-blocks.txt'),
  'utf8',
);

async function fresh() {
  vi.resetModules();
  fetched.length = 0;
  return import('../../../src/background/matching.ts');
}

beforeEach(() => {
  failNext = false;
});

describe('matching in the background', () => {
  it('finds in a page’s text what the matcher compiled from the dataset finds', async () => {
    const { findMentions } = await fresh();
    const expected = findAll(compileMatcher(realSource()), SEED);
    const got = unpackMentions(await findMentions(['en', 'uk'], SEED), SEED);
    expect(got.length).toBeGreaterThan(50);
    // The page index holds English and Ukrainian names only; the seed article is English.
    expect(got).toEqual(expected);
    // Compiling every name twice: seconds on a busy machine, not a time budget.
  }, 60_000);

  it('reads each language set’s file once per worker, and Russian names only for Russian pages', async () => {
    const { findMentions, pageEntries } = await fresh();
    const russian = 'Зеленский заявил, что Украина не признает Крым российским.';
    await findMentions(['en', 'uk'], SEED);
    await findMentions(['en', 'uk'], 'Ukraine wants a ceasefire.');
    const labels = await pageEntries(['en', 'uk']);
    expect(fetched).toEqual(['chrome-extension://standpoint/page-index/en-uk.json']);
    expect(labels.find((e) => e.id === 'ukraine')?.label.en).toBe('Ukraine');
    expect(unpackMentions(await findMentions(['en', 'uk'], russian), russian).map((m) => m.id)).not.toContain(
      'zelensky',
    );
    expect(
      unpackMentions(await findMentions(['en', 'uk', 'ru'], russian), russian).map((m) => m.id),
    ).toContain('zelensky');
    expect(fetched).toHaveLength(2);
  });

  it('does not keep a failed read: the next page asks again and is answered', async () => {
    const { findMentions } = await fresh();
    failNext = true;
    await expect(findMentions(['en', 'uk'], 'Ukraine wants a ceasefire.')).rejects.toThrow(
      /en-uk\.json: HTTP 500/,
    );
    const text = 'Ukraine wants a ceasefire.';
    expect(unpackMentions(await findMentions(['en', 'uk'], text), text).map((m) => m.id)).toEqual([
      'ukraine',
      'ceasefire',
    ]);
    expect(fetched).toHaveLength(2);
  });
});
