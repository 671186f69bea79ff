// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/annotator/engine.ts';
import { Highlighter, MARK_TAG, sweepForeignMarks } from '../../../src/annotator/highlighter.ts';
import { STYLE_ID } from '../../../src/annotator/page-style.ts';
import type { Matcher, Mention } from '../../../src/annotator/types.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/types.ts';

/** A tiny literal matcher: every occurrence of each phrase (case-sensitive, any run of spaces between words). */
function literalMatcher(names: Record<string, { kind: Mention['kind']; phrases: string[] }>): Matcher {
  return {
    find(text) {
      const out: Mention[] = [];
      for (const [id, { kind, phrases }] of Object.entries(names))
        for (const phrase of phrases) {
          const re = new RegExp(phrase.split(' ').join('\\s+'), 'g');
          for (const m of text.matchAll(re))
            out.push({ id, kind, start: m.index, end: m.index + m[0].length, text: m[0] });
        }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

const matcher = literalMatcher({
  ukraine: { kind: 'party', phrases: ['Ukraine'] },
  us: { kind: 'party', phrases: ['US'] },
  'security-guarantees': { kind: 'proposal', phrases: ['security guarantees'] },
  ceasefire: { kind: 'proposal', phrases: ['ceasefire'] },
  'eu-ua-counterproposal-2025-04': { kind: 'plan', phrases: ["Ukraine's counterproposal"] },
});

const ARTICLE = `
  <nav>Ukraine news · security guarantees</nav>
  <article id="a">
    <h1>Ukraine wants <em>security</em> guarantees</h1>
    <p>Ukraine's counterproposal asks for security guarantees from the US and a ceasefire.</p>
    <p>Ukraine rejects the <b>US</b> view; a ceasefire first.  Then   security
       guarantees.</p>
    <p><a href="/x">Ukraine ceasefire link</a> <code>ceasefire()</code></p>
    <p contenteditable="true">Ukraine editor ceasefire</p>
    <textarea>security guarantees</textarea>
  </article>`;

function setup(settings: Partial<Settings> = {}) {
  document.body.innerHTML = ARTICLE;
  const article = document.getElementById('a')!;
  const annotator = createAnnotator({
    root: document,
    matcher,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    findArticle: (doc) => doc.getElementById('a'),
  });
  return { article, annotator };
}

const ids = () =>
  [...document.querySelectorAll(`${MARK_TAG}:not([data-sp-part])`)].map((m) => m.getAttribute('data-sp-id'));

describe('createAnnotator', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
  });

  it('restores the original DOM exactly on clear (isEqualNode with a clone taken before)', async () => {
    const { article, annotator } = setup();
    const before = article.cloneNode(true);
    const firstText = article.querySelector('p')!.firstChild;
    const result = await annotator.annotate();
    expect(result.markCount).toBeGreaterThan(3);
    expect(article.isEqualNode(before)).toBe(false);
    annotator.clear();
    expect(article.isEqualNode(before)).toBe(true);
    expect(article.querySelector('p')!.firstChild).toBe(firstText);
    expect(document.getElementById(STYLE_ID)).toBeNull();
  });

  it('keeps the text the same and annotating twice equals annotating once', async () => {
    const { article, annotator } = setup();
    const text = article.textContent;
    await annotator.annotate();
    expect(article.textContent).toBe(text);
    const once = article.cloneNode(true);
    await annotator.annotate();
    expect(article.isEqualNode(once)).toBe(true);
    expect(document.querySelectorAll(`#${STYLE_ID}`).length).toBe(1);
  });

  it('marks a party at its first mention only by default, and every mention with density "every"', async () => {
    const first = setup();
    await first.annotator.annotate();
    expect(ids().filter((id) => id === 'ukraine')).toHaveLength(1);
    expect(ids().filter((id) => id === 'us')).toHaveLength(1);
    expect(ids().filter((id) => id === 'ceasefire').length).toBe(2);
    // The plan wins over the party inside it.
    expect(ids()).toContain('eu-ua-counterproposal-2025-04');
    first.annotator.destroy();

    const every = setup({ density: 'every' });
    await every.annotator.annotate();
    expect(ids().filter((id) => id === 'ukraine')).toHaveLength(2);
    expect(ids().filter((id) => id === 'us')).toHaveLength(2);
  });

  it('honours the kinds setting', async () => {
    const { annotator } = setup({ kinds: { party: false, plan: true, proposal: false } });
    await annotator.annotate();
    expect(new Set(ids())).toEqual(new Set(['eu-ua-counterproposal-2025-04']));
  });

  it('never marks outside the article, in links, code, editors or form fields', async () => {
    const { annotator } = setup({ density: 'every' });
    await annotator.annotate();
    for (const sel of ['nav', 'a', 'code', '[contenteditable]', 'textarea'])
      expect(document.querySelectorAll(`${sel} ${MARK_TAG}`).length, sel).toBe(0);
  });

  it('wraps a mention split across elements piece by piece, one focusable head with an accessible name', async () => {
    const { annotator } = setup();
    await annotator.annotate();
    const h1 = document.querySelector('h1')!;
    const pieces = [...h1.querySelectorAll(`${MARK_TAG}[data-sp-id="security-guarantees"]`)];
    expect(pieces.map((p) => p.textContent)).toEqual(['security', 'guarantees']);
    expect(pieces[0]!.hasAttribute('tabindex')).toBe(true);
    expect(pieces[0]!.getAttribute('aria-label')).toBe('Proposal: security guarantees');
    expect(pieces[0]!.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+N Alt+Shift+P');
    expect(pieces[1]!.hasAttribute('tabindex')).toBe(false);
    expect(pieces[1]!.getAttribute('data-sp-part')).toBe('1');
  });

  it('keeps one mark in the Tab order: the first, then the one last focused, then one still in the page', async () => {
    const { article, annotator } = setup({ density: 'every' });
    await annotator.annotate();
    const heads = () => [...document.querySelectorAll<HTMLElement>(`${MARK_TAG}:not([data-sp-part])`)];
    const stops = () => [...document.querySelectorAll(`${MARK_TAG}[tabindex="0"]`)];
    expect(heads().length).toBeGreaterThan(5);
    expect(
      heads().every((m) => m.getAttribute('tabindex') === '0' || m.getAttribute('tabindex') === '-1'),
    ).toBe(true);
    expect(stops()).toEqual([heads()[0]]);

    const third = heads()[2]!;
    annotator.focused(third);
    expect(stops()).toEqual([third]);

    // The page removes the paragraph holding it: another mark, still in the page, takes its place.
    const para = third.closest('p')!;
    para.remove();
    annotator.forget([para]);
    expect(stops().length).toBe(1);
    expect(stops()[0]!.isConnected && article.contains(stops()[0]!)).toBe(true);

    // A new pass starts over from its first mark.
    annotator.clear();
    await annotator.annotate();
    expect(stops()).toEqual([heads()[0]]);
  });

  it('maps offsets through collapsed whitespace and never underlines the gap', async () => {
    const { annotator } = setup({ density: 'every' });
    await annotator.annotate();
    const p = document.querySelectorAll('article p')[1]!;
    const marks = [...p.querySelectorAll(`${MARK_TAG}[data-sp-id="security-guarantees"]`)];
    expect(marks.map((m) => m.textContent)).toEqual(['security\n       guarantees']);
  });

  it('rescans only the changed block and keeps first-mention memory', async () => {
    const { article, annotator } = setup();
    await annotator.annotate();
    const p = document.createElement('p');
    p.textContent = 'Ukraine and the US discuss a ceasefire.';
    article.appendChild(p);
    await annotator.rescan([p]);
    expect([...p.querySelectorAll(MARK_TAG)].map((m) => m.getAttribute('data-sp-id'))).toEqual(['ceasefire']);
  });

  it('reports no-article when the article cannot be found, and page scope uses the body', async () => {
    document.body.innerHTML = '<div>Ukraine ceasefire</div>';
    const none = createAnnotator({
      root: document,
      matcher,
      settings: DEFAULT_SETTINGS,
      findArticle: () => null,
    });
    expect((await none.annotate()).state).toBe('no-article');
    const page = createAnnotator({
      root: document,
      matcher,
      settings: { ...DEFAULT_SETTINGS, scope: 'page' },
      findArticle: () => null,
    });
    const result = await page.annotate();
    expect(result.state).toBe('annotated');
    expect(result.counts.get('ceasefire')?.count).toBe(1);
  });

  it('marks the headline and standfirst printed outside the article body, first, and restores them exactly', async () => {
    document.body.innerHTML = `
      <header><a href="/">Ukraine news</a></header>
      <div class="page">
        <h1 id="h">Ukraine wants security guarantees from the US</h1>
        <p class="byline">By a reporter</p>
        <p id="lead">Ukraine's counterproposal asks the US for security guarantees and a ceasefire.</p>
        <div id="body" itemprop="articleBody"><p>Ukraine rejects the US view; a ceasefire first.</p>
          <p>Officials met for a second day of talks on Friday and said they would meet again next week
          to go through the remaining points of the text line by line.</p></div>
      </div>`;
    const page = document.querySelector('.page')!;
    const before = page.cloneNode(true);
    const annotator = createAnnotator({ root: document, matcher, settings: DEFAULT_SETTINGS });
    const result = await annotator.annotate();
    const marked = (id: string) =>
      [...document.querySelectorAll(`#${id} ${MARK_TAG}`)].map((m) => m.textContent);
    // Parties at their first mention, which is now the headline's.
    expect(marked('h')).toEqual(['Ukraine', 'security guarantees', 'US']);
    expect(marked('lead')).toEqual(["Ukraine's counterproposal", 'security guarantees', 'ceasefire']);
    expect(marked('body')).toEqual(['ceasefire']);
    expect(result.counts.get('security-guarantees')?.count).toBe(2);
    expect(document.querySelector(`header ${MARK_TAG}, .byline ${MARK_TAG}`)).toBeNull();
    expect(annotator.scope()?.id).toBe('body');
    expect(annotator.heads().map((el) => el.id)).toEqual(['h', 'lead']);
    // The page rewrites its headline: the live watcher hands it over, and it is marked anew.
    const h = document.getElementById('h')!;
    const headline = h.textContent;
    h.textContent = 'A ceasefire first, says the US';
    const rescanned = await annotator.rescan([h]);
    expect(marked('h')).toEqual(['ceasefire', 'US']);
    expect(rescanned.counts.get('ceasefire')?.count).toBe(3);
    expect(rescanned.counts.get('security-guarantees')?.count).toBe(1);
    h.textContent = headline;
    await annotator.annotate();
    expect(marked('h')).toEqual(['Ukraine', 'security guarantees', 'US']);
    annotator.clear();
    expect(page.isEqualNode(before)).toBe(true);
    // The Scope setting "page" reads the whole body once: no headline read twice.
    const whole = createAnnotator({
      root: document,
      matcher,
      settings: { ...DEFAULT_SETTINGS, scope: 'page' },
    });
    expect((await whole.annotate()).counts.get('security-guarantees')?.count).toBe(2);
    whole.clear();
  });

  it('update() restyles without re-wrapping when only the style changes', async () => {
    const { annotator } = setup();
    await annotator.annotate();
    const mark = document.querySelector(MARK_TAG);
    await annotator.update({ ...DEFAULT_SETTINGS, style: 'background' });
    expect(document.querySelector(MARK_TAG)).toBe(mark);
    expect(document.getElementById(STYLE_ID)?.textContent).toContain('background:color-mix');
    await annotator.update({
      ...DEFAULT_SETTINGS,
      style: 'background',
      kinds: { party: false, plan: false, proposal: true },
    });
    expect(new Set(ids())).toEqual(new Set(['security-guarantees', 'ceasefire']));
  });
});

describe('Highlighter', () => {
  it('undoes several marks in one text node exactly', () => {
    document.body.innerHTML = '<p id="p">alpha beta gamma delta</p>';
    const p = document.getElementById('p')!;
    const before = p.cloneNode(true);
    const node = p.firstChild as Text;
    const h = new Highlighter();
    // Later offsets first, as the engine does.
    expect(h.wrap(node, 17, 22, document.createElement(MARK_TAG))).toBe(true);
    expect(h.wrap(node, 6, 10, document.createElement(MARK_TAG))).toBe(true);
    expect(h.wrap(node, 0, 5, document.createElement(MARK_TAG))).toBe(true);
    expect(p.querySelectorAll(MARK_TAG).length).toBe(3);
    h.clear();
    expect(p.isEqualNode(before)).toBe(true);
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(node);
  });

  it('drops its stale pieces when the page rewrote its own text node (framework re-render)', () => {
    document.body.innerHTML = '<p id="p">Update 1: a ceasefire.</p>';
    const p = document.getElementById('p')!;
    const node = p.firstChild as Text;
    const h = new Highlighter();
    h.wrap(node, 12, 21, document.createElement(MARK_TAG));
    // The page still holds `node` and sets its whole text, as Preact/React do.
    node.data = 'Update 2: a ceasefire.';
    h.clear();
    expect(p.textContent).toBe('Update 2: a ceasefire.');
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(node);
  });

  it('refuses impossible ranges without touching the DOM', () => {
    document.body.innerHTML = '<p id="p">short</p>';
    const node = document.getElementById('p')!.firstChild as Text;
    const h = new Highlighter();
    expect(h.wrap(node, 3, 99, document.createElement(MARK_TAG))).toBe(false);
    expect(h.wrap(node, 2, 2, document.createElement(MARK_TAG))).toBe(false);
    expect(document.getElementById('p')!.childNodes.length).toBe(1);
  });

  it('sweeps marks left by another instance and re-joins their text', () => {
    document.body.innerHTML = `<p id="p">a <${MARK_TAG}>b</${MARK_TAG}> c</p>`;
    expect(sweepForeignMarks(document)).toBe(1);
    const p = document.getElementById('p')!;
    expect(p.childNodes.length).toBe(1);
    expect(p.textContent).toBe('a b c');
  });
});
