/**
 * The background matches for the pages (src/background/matching.ts). In Chromium the browser stops
 * an idle extension service worker after ~30 s and starts it again on the next message, with nothing
 * kept in memory: text a live page appends after that must still be marked, the restarted worker
 * reading the names again. Only Chromium lets a test stop the worker (CDP); Firefox's event page
 * idles out on its own schedule, so this file registers nothing for Firefox. Every other e2e file
 * already proves, in both browsers, that marks come from the background's matcher.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, type FixtureServer, launch, startFixtureServer } from './harness/index.ts';

const CNN = 'edition.cnn.com';
const LIVE_PATH = '/live-news/ukraine-peace-talks-04-25-25';

describe('background matching in chromium', () => {
  let server: FixtureServer;
  let browser: ChromiumSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = (await launch('chromium', server, {
      viewport: { width: 1100, height: 800 },
    })) as ChromiumSession;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks text a page appends after the browser stopped the background worker', async () => {
    const page = await browser.open(server.url(CNN, LIVE_PATH));
    await page.waitForSelector('#post-2 standpoint-mark[data-sp-id="crimea-recognition"]');

    const cdp = await browser.context.newCDPSession(page.raw as Page);
    const workers = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter(
        (t) => t.type === 'service_worker' && t.url.startsWith(browser.extensionBase),
      );
    const [worker] = await workers();
    expect(worker).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
    await expect.poll(async () => (await workers()).some((t) => t.targetId === worker!.targetId)).toBe(false);

    const postId = await page.evaluate(() =>
      (window as unknown as { appendPost(t: string): string }).appendPost(
        'Witkoff said lifting sanctions on Russia could follow a ceasefire that holds for thirty days.',
      ),
    );
    await page.waitForSelector(`#${postId} standpoint-mark[data-sp-id="ceasefire"]`);
    const ids = await page.evaluate(
      (id: string) =>
        [...document.querySelectorAll(`#${id} standpoint-mark:not([data-sp-part])`)].map((m) =>
          m.getAttribute('data-sp-id'),
        ),
      postId,
    );
    expect(ids).toEqual(expect.arrayContaining(['sanctions-relief', 'ceasefire']));
    // The message woke a new worker.
    expect((await workers()).length).toBe(1);
    await cdp.detach();
  });
});
