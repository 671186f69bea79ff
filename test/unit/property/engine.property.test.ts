// @vitest-environment happy-dom
/**
 * Property tests of the DOM engine on random trees (inline/block mixes, deep nesting, tables,
 * lists, editors and form fields, open shadow roots, same-origin iframes). Invariants: no exception;
 * the text (and every text node's data) unchanged; annotating twice equals once; clear() restores
 * the DOM exactly (isEqualNode against a clone, plus a snapshot that sees into shadow roots and
 * frames, plus the page's own text nodes back in place); nothing marked inside excluded elements.
 * Fixed seed (FC_SEED overrides); fast-check prints the shrunk counterexample on failure.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/annotator/engine.ts';
import { MARK_TAG } from '../../../src/annotator/highlighter.ts';
import { findArticleRoot } from '../../../src/extract/index.ts';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/types.ts';
import { FC } from './arbitraries.ts';
import { article, build, deepText, EXCLUDED_SELECTOR, snapshot, type TreeNode, textNodes } from './dom.ts';
import { MATCH_SOURCE } from './source.ts';

const matcher = compileMatcher(MATCH_SOURCE);

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    kinds: fc.record({ party: fc.boolean(), plan: fc.boolean(), proposal: fc.boolean() }),
    density: fc.constantFrom('first' as const, 'every' as const),
    style: fc.constantFrom('underline' as const, 'background' as const),
  })
  .map((s) => ({ ...DEFAULT_SETTINGS, ...s }));

/** Every mark under `root`, shadow roots and frames included. */
function allMarks(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (el.localName === MARK_TAG) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.localName === 'iframe') {
        const body = (el as HTMLIFrameElement).contentDocument?.body;
        if (body) walk(body);
      }
    }
    for (const kid of Array.from(n.childNodes)) walk(kid);
  };
  walk(root);
  return out;
}

/** Marks that sit where nothing may be marked: excluded elements, or inside another mark. */
function misplaced(root: Node): string[] {
  return allMarks(root)
    .filter((m) => m.parentElement?.closest(`${EXCLUDED_SELECTOR},${MARK_TAG}`))
    .map(
      (m) =>
        `${m.parentElement?.closest(`${EXCLUDED_SELECTOR},${MARK_TAG}`)?.localName} > ${JSON.stringify(m.textContent)}`,
    );
}

function mount(nodes: TreeNode[]): HTMLElement {
  document.head.replaceChildren();
  document.body.replaceChildren();
  const root = document.createElement('article');
  for (const node of nodes) build(document, node, root);
  document.body.appendChild(root);
  return root;
}

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('engine properties (happy-dom)', () => {
  it('annotates without harm: text kept, idempotent, clear restores exactly, excluded places untouched', async () => {
    let runs = 0;
    let runsWithMarks = 0;
    let runsWithHidden = 0;
    await fc.assert(
      fc.asyncProperty(article, settingsArb, async (nodes, settings) => {
        const root = mount(nodes);
        const clone = root.cloneNode(true);
        const before = snapshot(root);
        const head = snapshot(document.head);
        const ownTexts = textNodes(root);
        const text = deepText(root);

        const annotator = createAnnotator({
          root,
          matcher,
          settings,
          findArticle: findArticleRoot,
        });
        const once = await annotator.annotate();
        runs++;
        if (once.markCount > 0) runsWithMarks++;
        if (/#shadow-root|#frame-body/.test(before)) runsWithHidden++;
        expect(deepText(root)).toBe(text);
        expect(misplaced(root)).toEqual([]);
        const marks = allMarks(root);
        for (const mark of marks) expect(mark.textContent?.length).toBeGreaterThan(0);
        expect(marks.filter((m) => !m.hasAttribute('data-sp-part')).length).toBe(once.markCount);
        const afterOnce = snapshot(root);

        const twice = await annotator.annotate();
        expect(snapshot(root)).toBe(afterOnce);
        expect(twice.markCount).toBe(once.markCount);

        annotator.clear();
        expect(root.isEqualNode(clone)).toBe(true);
        expect(snapshot(root)).toBe(before);
        expect(snapshot(document.head)).toBe(head);
        // The page's own text nodes are back, the same objects in the same order (no re-created text).
        const after = textNodes(root);
        expect(after.length).toBe(ownTexts.length);
        expect(after.every((node, i) => node === ownTexts[i])).toBe(true);
        annotator.destroy();
      }),
      { ...FC, numRuns: 200 },
    );
    // The generators must exercise what they claim: most runs mark something, many hold shadow roots or frames.
    expect(runsWithMarks).toBeGreaterThan(runs / 2);
    expect(runsWithHidden).toBeGreaterThan(runs / 10);
  }, 120_000);

  it('survives settings changes: update() then clear() still restores exactly', async () => {
    await fc.assert(
      fc.asyncProperty(article, settingsArb, settingsArb, async (nodes, first, second) => {
        const root = mount(nodes);
        const before = snapshot(root);
        const text = deepText(root);
        const annotator = createAnnotator({
          root,
          matcher,
          settings: first,
          findArticle: findArticleRoot,
        });
        await annotator.annotate();
        const updated = await annotator.update(second);
        expect(deepText(root)).toBe(text);
        expect(misplaced(root)).toEqual([]);
        expect(allMarks(root).filter((m) => !m.hasAttribute('data-sp-part')).length).toBe(updated.markCount);
        annotator.destroy();
        expect(snapshot(root)).toBe(before);
      }),
      { ...FC, numRuns: 60 },
    );
  }, 120_000);

  it('annotates a whole document (scope "page") and clears it back, head included', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (nodes) => {
        mount(nodes);
        const body = snapshot(document.body);
        const head = snapshot(document.head);
        const text = deepText(document.body);
        const settings = { ...DEFAULT_SETTINGS, scope: 'page' as const, density: 'every' as const };
        const annotator = createAnnotator({
          root: document,
          matcher,
          settings,
          findArticle: findArticleRoot,
        });
        await annotator.annotate();
        expect(deepText(document.body)).toBe(text);
        expect(misplaced(document.body)).toEqual([]);
        annotator.clear();
        expect(snapshot(document.body)).toBe(body);
        expect(snapshot(document.head)).toBe(head);
      }),
      { ...FC, numRuns: 60 },
    );
  }, 120_000);

  it('marks names in plain paragraphs (the properties above are not vacuous)', async () => {
    const root = mount([
      { t: 'el', tag: 'p', kids: [{ t: 'text', s: 'Ukraine wants security guarantees and a ceasefire.' }] },
      { t: 'excluded', kind: 'textarea', s: 'Russia and a ceasefire', kids: [] },
    ]);
    const annotator = createAnnotator({
      root,
      matcher,
      settings: { ...DEFAULT_SETTINGS, density: 'every' },
      findArticle: findArticleRoot,
    });
    const result = await annotator.annotate();
    expect(result.markCount).toBeGreaterThanOrEqual(3);
    expect(allMarks(root).map((m) => m.textContent)).toEqual(
      expect.arrayContaining(['Ukraine', 'security guarantees', 'ceasefire']),
    );
    expect(misplaced(root)).toEqual([]);
  });
});
