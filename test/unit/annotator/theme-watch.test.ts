// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/annotator/engine.ts';
import { STYLE_ID } from '../../../src/annotator/page-style.ts';
import { type ThemeWatch, watchTheme } from '../../../src/annotator/theme-watch.ts';
import type { Matcher } from '../../../src/annotator/types.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/types.ts';

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

  it('switches the mark colours when the background behind the article turns dark, and back', async () => {
    document.body.innerHTML =
      '<div id="shell"><article><p>Ukraine asks for security guarantees before a ceasefire.</p></article></div>';
    const phrase = 'security guarantees';
    const matcher: Matcher = {
      find: (text) => {
        const start = text.indexOf(phrase);
        return [
          { id: 'security-guarantees', kind: 'proposal', start, end: start + phrase.length, text: phrase },
        ];
      },
    };
    const engine = createAnnotator({
      root: document,
      matcher,
      settings: { ...DEFAULT_SETTINGS, density: 'every' },
      findArticle: (doc) => doc.querySelector('article'),
    });
    await engine.annotate();
    const css = () => document.getElementById(STYLE_ID)!.textContent!;
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
});
