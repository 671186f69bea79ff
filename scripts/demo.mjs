#!/usr/bin/env node
/**
 * `npm run demo`: Standpoint on the bundled sample articles, in a real Chromium.
 *
 *   1. builds the Chrome target (dist/chrome, or $OUT_DIR/chrome)
 *   2. serves the sample UNN and CNN article pages under their real hostnames (local HTTPS)
 *   3. opens each in Chromium with the extension loaded, waits for annotation (standpoint-mark
 *      elements; the data-standpoint="ready" flag if nothing gets marked)
 *   4. hovers the first proposal mark so its tooltip opens, and writes demo-out/<site>.png plus
 *      demo-out/report.md (what was found per entry, what the first tooltip says)
 *
 * Headless by default; `--headed` opens a window you can use (needs a DISPLAY) and keeps it open
 * until you close it. `--no-build` reuses the existing build.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const wantHeaded = args.includes('--headed');
const headed = wantHeaded && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const outDir = path.join(root, 'demo-out');
const dist = path.join(
  process.env.OUT_DIR ? path.resolve(root, process.env.OUT_DIR) : path.join(root, 'dist'),
  'chrome',
);

if (wantHeaded && !headed) console.log('demo: --headed needs a DISPLAY; running headless instead.');

const { ensureBrowsers } = await import('./ensure-browsers.mjs');
if (!ensureBrowsers({ need: ['chromium'] })) process.exit(1);

if (!args.includes('--no-build')) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--target', 'chrome'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// The harness is TypeScript shared with the e2e tests; tsx lets this plain script import it.
register();
const harness = await import('../test/e2e/harness/index.ts');

const SITES = [
  { name: 'unn', title: 'UNN (English edition)', host: 'www.unn.ua', path: harness.UNN_ARTICLE_PATH },
  { name: 'cnn', title: 'CNN (edition)', host: 'edition.cnn.com', path: harness.CNN_ARTICLE_PATH },
];

/** Runs in the page: every mark Standpoint drew, grouped by entry, plus the page's state flag. */
function collectMarks() {
  const marks = [...document.querySelectorAll('standpoint-mark')];
  const byEntry = new Map();
  for (const mark of marks) {
    const id = mark.getAttribute('data-sp-id') ?? '(no id)';
    const kind = mark.getAttribute('data-sp-kind') ?? '?';
    const entry = byEntry.get(id) ?? { id, kind, count: 0, texts: [] };
    // A mention split across elements is several marks with one part number each; count it once.
    const part = Number(mark.getAttribute('data-sp-part') ?? '0');
    if (part === 0) entry.count += 1;
    const text = (mark.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && !entry.texts.includes(text) && entry.texts.length < 4) entry.texts.push(text);
    byEntry.set(id, entry);
  }
  return {
    state: document.documentElement.dataset.standpoint ?? null,
    total: marks.length,
    entries: [...byEntry.values()],
  };
}

/** Runs in the page: the open tooltip's text, line by line (from its shadow root when the page can see it). */
function readTooltip() {
  const host = document.querySelector('standpoint-tooltip');
  if (!host) return null;
  const rootNode = host.shadowRoot;
  const lines = [];
  // One line per row-like element (a list item, a flex row, a run of inline content), so a position
  // reads "Ukraine · opposes · 2025-04-25 · …" rather than one word per line.
  const visit = (el) => {
    if (el.localName === 'style' || el.localName === 'script') return;
    const style = getComputedStyle(el);
    if (style.display === 'none') return;
    const kids = [...el.children];
    const oneLine =
      el.localName === 'li' ||
      style.display.includes('flex') ||
      kids.every((kid) => getComputedStyle(kid).display.startsWith('inline'));
    if (!oneLine) {
      for (const kid of kids) visit(kid);
      return;
    }
    // biome-ignore lint/performance/useDomNodeTextContent: layout-aware text is the point (block breaks)
    const text = el.innerText
      .replace(/\s*\n+\s*/g, ' · ')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) lines.push(text);
  };
  for (const el of rootNode ? rootNode.children : [host]) visit(el);
  return { lines, closed: !rootNode };
}

mkdirSync(outDir, { recursive: true });
const server = await harness.startFixtureServer();
const session = await harness.launchChromium({
  dist,
  serverPort: server.port,
  hosts: server.hosts,
  headed,
  viewport: { width: 1280, height: 900 },
});

const lines = [
  '# Standpoint demo report',
  '',
  `Build: \`${path.relative(root, dist)}\` · Chromium ${session.context.browser()?.version() ?? ''}`,
  '',
];
const written = [];
try {
  for (const site of SITES) {
    const url = server.url(site.host, site.path);
    const page = await session.open(url);
    const raw = page.raw;
    let waitedFor = 'standpoint-mark';
    try {
      await page.waitForSelector('standpoint-mark', { timeout: 15_000 });
      // Marks arrive in batches; give the last ones a moment before reading them.
      await raw.waitForTimeout(500);
    } catch {
      waitedFor = 'data-standpoint';
      await page.waitForSelector('html[data-standpoint]', { timeout: 10_000 }).catch(() => undefined);
    }
    const found = await page.evaluate(collectMarks);

    let tooltip = null;
    const proposal = raw.locator('standpoint-mark[data-sp-kind="proposal"]').first();
    const target = (await proposal.count()) > 0 ? proposal : raw.locator('standpoint-mark').first();
    if ((await target.count()) > 0) {
      // Put the mark in the upper quarter of the viewport so the tooltip (at most ~520 px) fits below it.
      await target.evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -Math.round(window.innerHeight / 4));
      });
      await raw.mouse.move(0, 0);
      await target.hover();
      await raw
        .waitForSelector('standpoint-tooltip', { state: 'attached', timeout: 5_000 })
        .catch(() => undefined);
      await raw.waitForTimeout(400);
      tooltip = await page.evaluate(readTooltip);
      tooltip = tooltip && { ...tooltip, on: (await target.textContent())?.trim() ?? '' };
    }

    const shot = path.join(outDir, `${site.name}.png`);
    await page.screenshot(shot);
    written.push(shot);

    lines.push(`## ${site.title}`, '', `URL: ${url}`, '');
    lines.push(
      `State: \`${found.state ?? 'content script did not report'}\` · marks: ${found.total} · waited for: ${waitedFor}`,
      '',
    );
    if (found.entries.length > 0) {
      lines.push('| entry | kind | marks | as written |', '|---|---|---|---|');
      const order = { party: 0, plan: 1, proposal: 2 };
      found.entries.sort((a, b) => (order[a.kind] ?? 3) - (order[b.kind] ?? 3) || b.count - a.count);
      for (const e of found.entries)
        lines.push(`| ${e.id} | ${e.kind} | ${e.count} | ${e.texts.map((t) => `“${t}”`).join(', ')} |`);
      lines.push('');
    } else {
      lines.push('Nothing was marked on this page.', '');
    }
    if (tooltip) {
      const body = tooltip.lines.length
        ? tooltip.lines
        : [tooltip.closed ? '(the tooltip lives in a closed shadow root; see the screenshot)' : '(empty)'];
      lines.push(`First tooltip (hovering “${tooltip.on}”):`, '', ...body.map((line) => `> ${line}  `), '');
    } else {
      lines.push('No tooltip opened.', '');
    }
    lines.push(`Screenshot: \`demo-out/${site.name}.png\``, '');
    if (!headed) await page.close();
  }
} finally {
  const report = path.join(outDir, 'report.md');
  writeFileSync(report, `${lines.join('\n')}\n`);
  written.push(report);
  if (headed) {
    console.log('demo: the browser stays open; close its window to finish.');
    await new Promise((resolve) => session.context.on('close', resolve));
  } else {
    await session.close();
  }
  await server.close();
}

console.log('\nDemo output:');
for (const file of written) console.log(`  ${path.relative(process.cwd(), file) || file}`);
