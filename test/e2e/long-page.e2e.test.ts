/**
 * A long live page (issue #7, > LONG_TEXT characters) in real Chromium and Firefox ESR: the marks
 * near the viewport appear, the badge counts every mention found on the whole page at once, and
 * scrolling to the end writes the marks there (the engine writes far blocks lazily).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TEXT } from '../../src/annotator/engine.ts';
import {
  BROWSERS,
  type BrowserSession,
  type FixtureServer,
  launch,
  startFixtureServer,
} from './harness/index.ts';

const HOST = 'www.unn.ua';
const PATH = '/news/long-live-blog-e2e';
const MARK = 'standpoint-mark[data-sp-id="ceasefire"]';
const PARAGRAPHS = 600;
// Every fifth update mentions a ceasefire; the lead names the war's two sides (a page must be about
// the war to be marked: src/annotator/topic.ts), and nothing else on the page names an entry.
const MENTIONS = PARAGRAPHS / 5;
const LEAD = '<p id="lead">Delegations of Ukraine and Russia meet for a third day of talks.</p>';
/** The badge counts the ceasefire mentions and the lead's two parties (marked at their first mention). */
const BADGE = MENTIONS + 2;

/** A UNN-like page whose article body holds 600 short updates, well over LONG_TEXT characters. */
function longPage(): { html: string; chars: number } {
  const updates: string[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) {
    const topic = i % 5 === 0 ? 'said a ceasefire was possible' : 'spoke about the schedule again';
    updates.push(
      `<p id="u${i}">Update ${i}: the delegations met in the afternoon and ${topic}, reporters were told after the meeting ended.</p>`,
    );
  }
  const body = [LEAD, ...updates].join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: talks, day 3</title></head><body><main><h1>Live updates</h1><div class="article__body">${body}</div></main></body></html>`;
  return { html, chars: body.replace(/<[^>]+>/g, '').length };
}

describe.each(BROWSERS)('long page in %s', (browserName) => {
  let server: FixtureServer;
  let browser: BrowserSession;
  const page = longPage();

  beforeAll(async () => {
    server = await startFixtureServer();
    server.addPage(HOST, PATH, page.html);
    browser = await launch(browserName, server, { viewport: { width: 1100, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks near the viewport at once, counts every mention, and writes the rest on scroll', async () => {
    expect(page.chars).toBeGreaterThan(LONG_TEXT);
    const tab = await browser.open(server.url(HOST, PATH));
    await tab.waitForSelector('html[data-standpoint="ready"]');
    await tab.waitForSelector(MARK);

    // The badge counts every mention on the page, also those not written yet.
    await expect.poll(() => browser.badgeText(tab), { timeout: 15_000 }).toBe(String(BADGE));
    const first = await tab.evaluate(
      (sel: string) => ({
        marks: document.querySelectorAll(sel).length,
        top: !!document.querySelector('#u0 standpoint-mark'),
        last: !!document.querySelector('#u595 standpoint-mark'),
      }),
      MARK,
    );
    expect(first.top).toBe(true);
    expect(first.last).toBe(false);
    expect(first.marks).toBeGreaterThan(0);
    expect(first.marks).toBeLessThan(MENTIONS);

    // Scrolling to the end writes the marks there.
    await tab.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await tab.waitForSelector('#u595 standpoint-mark[data-sp-id="ceasefire"]');
    const text = await tab.evaluate(() => document.querySelector('#u595 standpoint-mark')?.textContent ?? '');
    expect(text).toBe('ceasefire');
    expect(await browser.badgeText(tab)).toBe(String(BADGE));
    await tab.close();
  });
});
