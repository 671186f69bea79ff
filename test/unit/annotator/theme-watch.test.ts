// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/annotator/engine.ts';
import { MARK_TAG } from '../../../src/annotator/highlighter.ts';
import { ON_ATTR, STYLE_ID } from '../../../src/annotator/page-style.ts';
import { type ThemeWatch, watchTheme } from '../../../src/annotator/theme-watch.ts';
import type { Matcher } from '../../../src/annotator/types.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/types.ts';

/** Finds every "security guarantees" (the proposal whose colour the tests read). */
const guarantees: Matcher = {
  find: (text) =>
    [...text.matchAll(/security guarantees/g)].map((m) => ({
      id: 'security-guarantees',
      kind: 'proposal' as const,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    })),
};

// Two frames: the check runs in the first animation frame after a change.
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('watchTheme', () => {
  let watch: ThemeWatch | null = null;
  afterEach(() => {
    watch?.stop();
    watch = null;
    document.body.innerHTML = '';
    document.body.removeAttribute('class');
    document.documentElement.removeAttribute('class');
    delete document.documentElement.dataset.standpoint;
  });

  function setup() {
    document.body.innerHTML =
      '<div id="shell"><article id="a"><p id="p">Ukraine</p></article></div><aside id="side"></aside><article id="b"></article>';
    let scope: Element | null = document.getElementById('a');
    const calls: number[] = [];
    watch = watchTheme({ doc: document, scope: () => scope, onChange: () => calls.push(1) });
    return { calls, setScope: (el: Element | null) => (scope = el) };
  }

  it('asks once per frame when the article or an ancestor changes an attribute', async () => {
    const { calls } = setup();
    document.documentElement.classList.add('dark');
    document.body.setAttribute('data-theme', 'dark');
    document.getElementById('shell')!.style.background = '#111';
    await frames();
    expect(calls.length).toBe(1);
    document.getElementById('a')!.className = 'night';
    await frames();
    expect(calls.length).toBe(2);
  });

  it('ignores elements beside or inside the article, and its own flag on <html>', async () => {
    const { calls } = setup();
    document.getElementById('side')!.className = 'dark';
    document.getElementById('p')!.className = 'dark';
    document.documentElement.dataset.standpoint = 'ready';
    document.body.setAttribute('aria-busy', 'true');
    await frames();
    expect(calls.length).toBe(0);
  });

  it('follows a new article after rescope, and asks nothing once stopped', async () => {
    const { calls, setScope } = setup();
    setScope(document.getElementById('b'));
    watch!.rescope();
    document.getElementById('shell')!.className = 'dark';
    await frames();
    expect(calls.length).toBe(0);
    document.getElementById('b')!.className = 'dark';
    await frames();
    expect(calls.length).toBe(1);
    watch!.stop();
    document.body.className = 'dark';
    await frames();
    expect(calls.length).toBe(1);
  });
});

describe('engine.retheme', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.getElementById(STYLE_ID)?.remove();
  });

  /** The engine over the page's <article>, every mention marked, and the mark stylesheet's text. */
  function articleEngine(findHead?: (doc: Document) => Element[]) {
    const engine = createAnnotator({
      root: document,
      matcher: guarantees,
      settings: { ...DEFAULT_SETTINGS, density: 'every' },
      findArticle: (doc) => doc.querySelector('article'),
      ...(findHead ? { findHead } : {}),
    });
    const css = () => document.getElementById(STYLE_ID)!.textContent!;
    return { engine, css };
  }

  it('switches the mark colours when the background behind the article turns dark, and back', async () => {
    document.body.innerHTML =
      '<div id="shell"><article><p>Ukraine asks for security guarantees before a ceasefire.</p></article></div>';
    const { engine, css } = articleEngine();
    await engine.annotate();
    // The proposal colours of the light and dark palettes (page-style.ts).
    expect(css()).toContain('#b45309');
    document.getElementById('shell')!.style.backgroundColor = 'rgb(17, 17, 17)';
    engine.retheme();
    expect(css()).toContain('#fcd34d');
    expect(css()).not.toContain('#b45309');
    document.getElementById('shell')!.style.backgroundColor = 'rgb(250, 250, 250)';
    engine.retheme();
    expect(css()).toContain('#b45309');
    engine.destroy();
  });

  it('paints the marks of a headline on a dark banner above a light article in the dark palette', async () => {
    document.body.innerHTML = `<div id="shell" style="background-color: rgb(255, 255, 255)">
        <div id="banner" style="background-color: rgb(17, 17, 17)"><h1 id="h">Ukraine weighs security guarantees</h1></div>
        <article><p>Ukraine asks for security guarantees before a ceasefire, officials said on Friday after a
        long day of talks in which both sides set out what they would need to sign.</p></article>
      </div>`;
    const { engine, css } = articleEngine();
    await engine.annotate();
    const on = () => [...document.querySelectorAll(MARK_TAG)].map((m) => m.getAttribute(ON_ATTR));
    // The headline's mark on its dark banner, the article's on white: each in its own palette.
    expect(on()).toEqual(['dark', null]);
    expect(css()).toContain(`${MARK_TAG}[${ON_ATTR}="dark"][data-sp-kind="proposal"]{--sp-c:#fcd34d}`);
    expect(css()).toContain(`${MARK_TAG}[data-sp-kind="proposal"]{--sp-c:#b45309}`);
    // The site turns dark around both: one palette again, and the headline's mark follows the page's.
    document.getElementById('shell')!.style.backgroundColor = 'rgb(17, 17, 17)';
    engine.retheme();
    expect(on()).toEqual([null, null]);
    expect(css()).not.toContain(ON_ATTR);
    expect(css()).not.toContain('#b45309');
    engine.destroy();
  });

  it('reads the background of each ancestor once for the article and all its headline parts', async () => {
    document.body.innerHTML = `<div id="shell" style="background-color: rgb(255, 255, 255)"><main>
        <header><h1>Ukraine weighs security guarantees</h1><ul>
          <li>Kyiv wants security guarantees from the US as well as from Europe</li>
          <li>A ceasefire comes first in Ukraine's counterproposal, officials say</li></ul></header>
        <article><p>Ukraine asks for security guarantees before a ceasefire.</p></article>
      </main></div>`;
    const { engine } = articleEngine((doc) => [...doc.querySelectorAll('h1, li')]);
    const read = new Map<Element, number>();
    const original = window.getComputedStyle;
    window.getComputedStyle = ((el: Element, pseudo?: string | null) => {
      read.set(el, (read.get(el) ?? 0) + 1);
      return original.call(window, el, pseudo);
    }) as typeof window.getComputedStyle;
    try {
      await engine.annotate();
    } finally {
      window.getComputedStyle = original;
    }
    const shell = document.getElementById('shell')!;
    // Every part's climb ends at the white shell, which was read once.
    expect(read.get(shell)).toBe(1);
    expect([...read.values()].every((n) => n === 1)).toBe(true);
    expect(document.querySelectorAll(MARK_TAG).length).toBeGreaterThan(2);
    engine.destroy();
  });
});
