/**
 * The overview page in real Chromium with the built extension: a reader opens it from a tooltip's
 * "All positions on …" link, lands focused on that entry, moves the date, and a cell changes as the
 * dataset says it should. The expected cell is computed from data/ with the page's own model, so the
 * test follows the dataset instead of hard-coding its content.
 *
 * UPDATE_SCREENSHOTS=1 also writes docs/screenshots/overview-*.png for the README.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/types.ts';
import { indexDataset } from '../../src/overview/model/dataset-index.ts';
import { dateSteps } from '../../src/overview/model/dates.ts';
import { matrixAsOf } from '../../src/overview/model/matrix.ts';
import {
  type BrowserSession,
  type ChromiumSession,
  distFor,
  type FixtureServer,
  launch,
  launchChromium,
  REPO_ROOT,
  startFixtureServer,
  UNN_ARTICLE_PATH,
} from './harness/index.ts';

const SHOTS = process.env.UPDATE_SCREENSHOTS ? path.join(REPO_ROOT, 'docs', 'screenshots') : undefined;

/** A cell whose stance differs between two consecutive date steps. */
function changingCell(dataset: Dataset, preferSubject: string) {
  const index = indexDataset(dataset);
  const steps = dateSteps(dataset);
  const found: { subject: string; party: string; before: string; after: string; from: string; to: string }[] =
    [];
  for (let i = 1; i < steps.length; i++) {
    const a = matrixAsOf(index, steps[i - 1]!);
    const b = matrixAsOf(index, steps[i]!);
    b.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        const was = a.rows[r]!.cells[c]!.position?.stance ?? 'none';
        const now = cell.position?.stance ?? 'none';
        if (was !== now)
          found.push({
            subject: row.subject,
            party: cell.party,
            before: steps[i - 1]!,
            after: steps[i]!,
            from: was,
            to: now,
          });
      });
    });
  }
  // A change from one stance to another says more than a first position; the tooltip's row first.
  return (
    found.find((f) => f.subject === preferSubject && f.from !== 'none') ??
    found.find((f) => f.from !== 'none') ??
    found.find((f) => f.subject === preferSubject) ??
    found[0]
  );
}

describe('overview page in chromium', () => {
  let server: FixtureServer;
  let browser: ChromiumSession;
  let dataset: Dataset;

  beforeAll(async () => {
    const loaded = loadDataset(path.join(REPO_ROOT, 'data'));
    if (!loaded.dataset) throw new Error('the dataset does not load');
    dataset = loaded.dataset;
    server = await startFixtureServer();
    browser = await launchChromium({
      dist: distFor('chromium'),
      serverPort: server.port,
      hosts: server.hosts,
      viewport: { width: 1400, height: 900 },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens from a tooltip focused on its entry, and moving the date changes a cell', async () => {
    const article = await browser.open(server.url('www.unn.ua', UNN_ARTICLE_PATH));
    await article.waitForSelector('standpoint-mark[data-sp-kind="proposal"]', { timeout: 30_000 });
    const subject = await article.evaluate(() => {
      const marks = [
        ...document.querySelectorAll<HTMLElement>('standpoint-mark[data-sp-kind="proposal"]'),
      ].filter((m) => !m.hasAttribute('data-sp-part'));
      const mark = marks.find((m) => m.dataset.spId === 'crimea-recognition') ?? marks[0]!;
      mark.scrollIntoView({ block: 'start' });
      mark.setAttribute('data-e2e-target', '');
      return mark.dataset.spId!;
    });
    const raw = article.raw as Page;
    await raw.click('standpoint-mark[data-e2e-target]');
    // Playwright locators pierce the tooltip's open shadow root.
    const link = raw.locator('standpoint-tooltip').getByRole('button', { name: /^All positions on / });
    await link.waitFor({ state: 'visible', timeout: 15_000 });
    await link.focus();
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await raw.screenshot({ path: path.join(SHOTS, 'overview-from-tooltip.png') });
    }

    // Keyboard activation: a tall tooltip near the bottom of the window may reach past its edge,
    // and a reader tabbing into the tooltip uses the link this way too.
    const [page] = await Promise.all([
      browser.context.waitForEvent('page', { timeout: 15_000 }),
      link.press('Enter'),
    ]);
    await page.waitForSelector('[role="tabpanel"][data-view="matrix"]');
    expect(page.url()).toContain(`${browser.extensionId}/src/overview/index.html#`);
    expect(new URL(page.url()).hash).toContain(`proposal=${subject}`);
    // Focused on the entry the tooltip was about: its row is highlighted.
    const focusedRow = await page.locator('tr.is-focus th[scope="row"]').count();
    expect(focusedRow).toBe(1);

    const change = changingCell(dataset, subject);
    expect(change, 'the dataset has at least one stance that changes over time').toBeDefined();
    const cell = page.locator(`[data-cell="${change!.subject}|${change!.party}"]`);
    await page.fill('#as-of', change!.after);
    await expect.poll(() => cell.getAttribute('data-stance')).toBe(change!.to);
    await page.fill('#as-of', change!.before);
    await expect.poll(() => cell.getAttribute('data-stance')).toBe(change!.from);
    expect(new URL(page.url()).hash).toContain(`date=${change!.before}`);
    // The caption says which date the matrix shows.
    expect(await page.locator('table.matrix caption').textContent()).toContain(change!.before);
    // The step buttons move to the next date that has a position, and the cell follows.
    await page.getByRole('button', { name: 'Next date with a position' }).click();
    await expect.poll(() => cell.getAttribute('data-stance')).toBe(change!.to);

    // The cell opens its summary and sources.
    await cell.click();
    await page.waitForSelector(`[data-details="${change!.subject}|${change!.party}"]`);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'overview-matrix.png'), fullPage: true });
    await page.close();
    await article.close();
  });

  it('shows every view and both languages at deep links', async () => {
    const base = `chrome-extension://${browser.extensionId}/src/overview/index.html`;
    const page = await browser.context.newPage();
    const plans = dataset.entries.filter((e) => e.kind === 'plan').map((e) => e.id);
    await page.goto(`${base}#view=plans&plans=${plans.slice(0, 2).join(',')}`);
    await page.waitForSelector('table.plans tbody tr');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'overview-plans.png'), fullPage: true });

    await page.goto(`${base}#view=timeline&entry=crimea-recognition`);
    await page.waitForSelector('table.timeline-table tbody tr');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'overview-timeline.png') });

    await page.goto(`${base}#view=sources&lang=uk`);
    await page.waitForSelector('table.sources-table tbody tr');
    expect(await page.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Джерела');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'overview-sources-uk.png') });

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${base}#view=matrix&lang=uk`);
    await page.waitForSelector('table.matrix');
    // Search finds an inflected Ukrainian form through the matcher.
    await page.fill('#search-input', 'Путіна');
    await page.waitForSelector('[role="option"][data-entry="putin"]');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'overview-matrix-uk-dark.png') });
    await page.close();
  });
});

describe('overview page in firefox', () => {
  let server: FixtureServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch('firefox', server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders a deep link: the matrix as of that date, and a cell opens', async () => {
    const page = await browser.openExtensionPage(
      'src/overview/index.html#view=matrix&proposal=crimea-recognition&party=ukraine&date=2025-04-25',
    );
    await page.waitForSelector('table.matrix tbody th[scope="row"]');
    const state = await page.evaluate(() => ({
      caption: document.querySelector('table.matrix caption')?.textContent ?? '',
      focused: document.querySelector('tr.is-focus th[scope="row"]')?.textContent ?? '',
      details: document.querySelector('[data-details]')?.getAttribute('data-details') ?? '',
    }));
    expect(state.caption).toContain('2025-04-25');
    expect(state.focused.length).toBeGreaterThan(0);
    expect(state.details).toBe('crimea-recognition|ukraine');
    await page.close();
  });
});
