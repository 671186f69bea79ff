/**
 * The development set's HTML articles (test/devset/*.html), each served under its outlet's real
 * hostname, in real Chromium and Firefox ESR: the extension finds each article by that site's own
 * rules (the dev set's gold counts were made without a URL, so a site rule that picked the wrong
 * block shows up here), marks what the gold counts say is there and nothing else (not the menus or
 * the "most read" lists around it), and leaves the text as it was.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import {
  BROWSERS,
  type BrowserSession,
  type FixtureServer,
  launch,
  OTHER_HOST,
  REPO_ROOT,
  snapshot,
  startFixtureServer,
} from './harness/index.ts';

/** Where each outlet's dev-set page is served: a path its content-script match covers. */
const PAGES = [
  {
    file: 'bbc-2025-03-27-paris-coalition',
    host: 'www.bbc.com',
    path: '/news/articles/devset-paris-coalition',
  },
  {
    file: 'guardian-2025-11-21-28-point-plan',
    host: 'www.theguardian.com',
    path: '/world/2025/nov/21/devset-28-point-plan',
  },
  {
    file: 'kyivindependent-2025-04-25-trump-crimea',
    host: 'kyivindependent.com',
    path: '/devset-trump-crimea/',
  },
  { file: 'rbc-uk-2025-08-23-kellogg-visit', host: 'www.rbc.ua', path: '/ukr/news/devset-kellogg-visit' },
  { file: 'unn-uk-2025-09-25-crimea-platform', host: 'unn.ua', path: '/news/devset-crimea-platform' },
];

const DEVSET = path.join(REPO_ROOT, 'test/devset');
const kinds = new Map(loadDataset(path.join(REPO_ROOT, 'data')).dataset!.entries.map((e) => [e.id, e.kind]));

describe.each(BROWSERS)('dev-set articles under their outlets’ hostnames in %s', (browserName) => {
  let server: FixtureServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    for (const p of PAGES) {
      const html = readFileSync(path.join(DEVSET, `${p.file}.html`), 'utf8');
      server.addPage(p.host, p.path, html);
      server.addPage(OTHER_HOST, p.path, html);
    }
    browser = await launch(browserName, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(PAGES)('$file', async (p) => {
    const gold = JSON.parse(readFileSync(path.join(DEVSET, `${p.file}.gold.json`), 'utf8')) as {
      counts: Record<string, number>;
    };
    const reference = await browser.open(server.url(OTHER_HOST, p.path));
    const plain = await snapshot(reference, 'body');
    await reference.close();
    expect(plain.ids).toEqual({});

    const page = await browser.open(server.url(p.host, p.path));
    await page.waitForSelector('html[data-standpoint="ready"]');
    await page.waitForSelector('standpoint-mark');
    const { ids, text } = await snapshot(page, 'body');
    expect(text).toBe(plain.text);
    // Nothing outside the article, nothing the gold does not count.
    const unexpected = Object.keys(ids).filter((id) => !gold.counts[id]);
    expect(unexpected, 'marked but not in the article').toEqual([]);
    for (const [id, count] of Object.entries(ids)) {
      if (kinds.get(id) === 'party') expect(count, `${id}: a party at its first mention only`).toBe(1);
      else expect(count, id).toBeLessThanOrEqual(gold.counts[id]!);
    }
    // Every plan and proposal the article names is marked.
    const named = Object.keys(gold.counts).filter((id) => kinds.get(id) !== 'party');
    expect(named.length).toBeGreaterThan(0);
    expect(
      named.filter((id) => !ids[id]),
      'named but not marked',
    ).toEqual([]);
    await page.close();
  });
});
