// @vitest-environment happy-dom
/**
 * Issue #7: counts kept incrementally (an appended paragraph costs its own size, not the page's), and
 * long pages written lazily (blocks near the viewport first, the rest as the reader scrolls), with
 * counts always complete and clear() undoing everything.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator, LONG_TEXT } from '../../../src/annotator/engine.ts';
import { MARK_TAG } from '../../../src/annotator/highlighter.ts';
import { BLOCKS_PER_FRAME } from '../../../src/annotator/schedule.ts';
import type { AnnotateResult, Matcher, Mention } from '../../../src/annotator/types.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/types.ts';

const NAMES: [RegExp, string, Mention['kind']][] = [
  [/Crimea/g, 'crimea-recognition', 'proposal'],
  [/ceasefire/g, 'ceasefire', 'proposal'],
  [/Ukraine/g, 'ukraine', 'party'],
];

const matcher: Matcher = {
  find(text) {
    const out: Mention[] = [];
    for (const [re, id, kind] of NAMES) {
      for (const m of text.matchAll(re)) {
        out.push({ id, kind, start: m.index, end: m.index + m[0].length, text: m[0] });
      }
    }
    return out;
  },
};

const settings = { ...DEFAULT_SETTINGS, density: 'every' as const };

/** What the DOM shows: head marks per entry id (what the counts meant before they were incremental). */
function recount(root: ParentNode): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of root.querySelectorAll(MARK_TAG)) {
    if (m.hasAttribute('data-sp-part')) continue;
    const id = m.getAttribute('data-sp-id')!;
    out[id] = (out[id] ?? 0) + 1;
  }
  return out;
}

const countsOf = (r: AnnotateResult) => Object.fromEntries([...r.counts].map(([id, c]) => [id, c.count]));

function paragraph(i: number): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(
    `Entry ${i}: Ukraine asked about `,
    Object.assign(document.createElement('em'), { textContent: 'Crimea' }),
  );
  // A ceasefire only in even entries: writing one entry's marks on demand then leaves others waiting.
  p.append(
    i % 2 === 0 ? ' and a ceasefire was discussed again, at length.' : ' and the talks went on, at length.',
  );
  return p;
}

function article(paragraphs: number): HTMLElement {
  const el = document.createElement('article');
  for (let i = 0; i < paragraphs; i++) el.append(paragraph(i));
  document.body.replaceChildren(el);
  return el;
}

describe('incremental counts', () => {
  it('after rescans of appended, changed and removed blocks equal a full recount', async () => {
    const root = article(12);
    const annotator = createAnnotator({ root, matcher, settings });
    await annotator.annotate();
    expect(countsOf(annotator.result())).toEqual(recount(root));

    const added = paragraph(99);
    added.append(' Crimea again.');
    root.append(added);
    let r = await annotator.rescan([added]);
    expect(countsOf(r)).toEqual(recount(root));
    expect(r.counts.get('crimea-recognition')!.count).toBe(14);

    // A changed block: its old mentions leave, its new ones come in.
    const changed = root.children[3]!;
    changed.replaceChildren('Nothing about the war here, then Ukraine and Ukraine.');
    r = await annotator.rescan([changed]);
    expect(countsOf(r)).toEqual(recount(root));
    expect(r.counts.get('ukraine')!.count).toBe(14);

    // A removed block (the live watcher reports it): its mentions leave the counts.
    const gone = root.children[5]!;
    gone.remove();
    annotator.forget([gone]);
    r = annotator.result();
    expect(countsOf(r)).toEqual(recount(root));
    expect(r.markCount).toBe(Object.values(recount(root)).reduce((a, b) => a + b, 0));
  });
});

/** An IntersectionObserver double: records what is observed; the test says what comes into view. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed = new Set<Element>();
  disconnected = false;
  constructor(
    private readonly callback: (entries: IntersectionObserverEntry[]) => void,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
    this.disconnected = true;
  }
  /** The reader scrolled: these elements are now near the viewport. */
  show(els: Element[]) {
    this.callback(els.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry));
  }
}

const originalRect = Element.prototype.getBoundingClientRect;
const originalIO = window.IntersectionObserver;

/** Lays out paragraph i at top = i * 20 px (happy-dom has no layout), 768 px viewport. */
function fakeLayout(root: Element): void {
  const index = new Map<Element, number>([...root.querySelectorAll('p')].map((el, i) => [el, i]));
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const i = index.get(this) ?? 0;
    return { top: i * 20, bottom: i * 20 + 20, left: 0, right: 600, width: 600, height: 20 } as DOMRect;
  };
  Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
  (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
}

afterEach(() => {
  Element.prototype.getBoundingClientRect = originalRect;
  (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = originalIO;
  FakeObserver.last = null;
});

const tick = () => new Promise((r) => setTimeout(r, 0));

/** How many of the article's blocks hold a mark. */
const markedBlocks = (root: Element) => [...root.children].filter((p) => p.querySelector(MARK_TAG)).length;

/**
 * Animation frames the test runs by hand: each batch of lazy writes waits for one. `render` stands for
 * the frame's rendering: it runs after the frame's callbacks (the batch) and before the next task.
 */
function manualFrames() {
  const pending: FrameRequestCallback[] = [];
  const original = window.requestAnimationFrame;
  window.requestAnimationFrame = (cb) => pending.push(cb);
  return {
    pending,
    async frame(render?: () => void) {
      for (const cb of pending.splice(0)) cb(0);
      await Promise.resolve();
      await Promise.resolve();
      render?.();
      await tick();
      await tick();
    },
    restore() {
      window.requestAnimationFrame = original;
    },
  };
}

describe('long pages are written lazily', () => {
  it('counts every mention at once, writes marks only near the viewport, the rest on approach', async () => {
    const root = article(1000);
    expect(root.textContent!.length).toBeGreaterThan(LONG_TEXT);
    const before = root.cloneNode(true);
    fakeLayout(root);
    const annotator = createAnnotator({ root, matcher, settings });
    const result = await annotator.annotate();

    // Counts come from what was found, not from the DOM.
    expect(countsOf(result)).toEqual({ ukraine: 1000, 'crimea-recognition': 1000, ceasefire: 500 });
    expect(result.markCount).toBe(2500);
    // Near = within one viewport height of it: paragraphs 0..76 (top <= 2 * 768).
    const marked = [...root.children].filter((p) => p.querySelector(MARK_TAG));
    expect(marked.length).toBe(77);
    expect(marked.at(-1)).toBe(root.children[76]);
    const io = FakeObserver.last!;
    expect(io.options?.rootMargin).toBe('100% 0px');
    expect(io.observed.size).toBe(1000 - 77);

    // Scrolling near paragraph 500 writes its marks (in later frames, a batch per frame, how many per
    // batch depending on the machine's speed) and stops observing it.
    const far = root.children[500]!;
    io.show([far]);
    await vi.waitFor(() => expect(root.children[520]!.querySelector(MARK_TAG)).not.toBeNull());
    expect([...far.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual([
      'Ukraine',
      'Crimea',
      'ceasefire',
    ]);
    expect(io.observed.has(far)).toBe(false);
    // Written ahead with it (fewer, larger batches while scrolling): the next paragraphs, not the end.
    expect(root.children[520]!.querySelector(MARK_TAG)).not.toBeNull();
    expect(root.children[999]!.querySelector(MARK_TAG)).toBeNull();

    // "Show me" in the popup: every mark of one entry is written on demand, the others still wait.
    annotator.materialize('ceasefire');
    expect(root.querySelectorAll(`${MARK_TAG}[data-sp-id="ceasefire"]`).length).toBe(500);
    // Odd paragraphs hold no ceasefire: far from the reader, they still wait.
    expect(root.children[999]!.querySelector(MARK_TAG)).toBeNull();
    expect(root.querySelectorAll(`${MARK_TAG}[data-sp-id="ukraine"]`).length).toBeLessThan(1000);
    expect(annotator.result().markCount).toBe(2500);

    // clear() undoes everything: the DOM exactly as before, nothing observed any more.
    annotator.clear();
    expect(root.isEqualNode(before)).toBe(true);
    expect(io.disconnected).toBe(true);
    expect(io.observed.size).toBe(0);
    expect(annotator.result().markCount).toBe(0);
  });

  it('keyboard navigation gets every mark: marks() writes all that wait, in document order', async () => {
    const root = article(800);
    fakeLayout(root);
    const annotator = createAnnotator({ root, matcher, settings });
    await annotator.annotate();
    expect(root.querySelectorAll(MARK_TAG).length).toBeLessThan(2000);
    const marks = annotator.marks();
    expect(marks.length).toBe(2000);
    expect(marks).toEqual([...root.querySelectorAll(MARK_TAG)]);
    expect(recount(root)).toEqual(countsOf(annotator.result()));
    expect(FakeObserver.last!.observed.size).toBe(0);
  });

  it('watches few elements: a live-blog entry holding a few blocks is one observed target', async () => {
    const root = document.createElement('article');
    for (let i = 0; i < 400; i++) {
      const entry = document.createElement('div');
      entry.className = 'entry';
      entry.append(paragraph(3 * i), paragraph(3 * i + 1), paragraph(3 * i + 2));
      root.append(entry);
    }
    document.body.replaceChildren(root);
    fakeLayout(root);
    const annotator = createAnnotator({ root, matcher, settings });
    await annotator.annotate();
    const io = FakeObserver.last!;
    // Paragraphs 0..76 are near (top = i * 20 <= 1536), i.e. entries 0..24 and two thirds of entry 25;
    // every later entry is watched as one element, not paragraph by paragraph.
    expect([...io.observed].every((el) => el.className === 'entry')).toBe(true);
    expect(io.observed.size).toBe(400 - 25);
    const entry = root.children[300]!;
    io.show([entry]);
    await vi.waitFor(() =>
      expect(entry.querySelectorAll(`${MARK_TAG}[data-sp-id="ukraine"]`).length).toBe(3),
    );
    expect(io.observed.has(entry)).toBe(false);
  });

  it('a headline outside the article, scrolled out of reach, is watched too and written on approach', async () => {
    const root = article(1000);
    const page = document.createElement('div');
    const headline = Object.assign(document.createElement('h1'), {
      textContent: 'Ukraine and the Crimea question',
    });
    page.append(headline, root);
    document.body.replaceChildren(page);
    fakeLayout(root);
    // The reader came back to a page restored far down: the headline is far above the viewport.
    const laidOut = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (this === headline)
        return { top: -9000, bottom: -8960, left: 0, right: 600, width: 600, height: 40 } as DOMRect;
      return laidOut.call(this);
    };
    const annotator = createAnnotator({ root: document, matcher, settings, findArticle: () => root });
    const result = await annotator.annotate();
    expect(result.counts.get('ukraine')!.count).toBe(1001);
    expect(headline.querySelector(MARK_TAG)).toBeNull();
    const io = FakeObserver.last!;
    const target = [...io.observed].find((el) => el.contains(headline));
    expect(target).toBeDefined();
    io.show([target!]);
    await vi.waitFor(() =>
      expect([...headline.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual([
        'Ukraine',
        'Crimea',
      ]),
    );
  });

  it('writes a batch per animation frame, at most BLOCKS_PER_FRAME blocks, what the reader reached first', async () => {
    const root = article(1000);
    fakeLayout(root);
    const frames = manualFrames();
    const frame = () => frames.frame();
    try {
      const annotator = createAnnotator({ root, matcher, settings });
      await annotator.annotate();
      const io = FakeObserver.last!;
      const start = markedBlocks(root);
      io.show([root.children[500]!]);
      await tick();
      // Nothing before the frame: the writes are rendered in the frame that makes them.
      expect(markedBlocks(root)).toBe(start);
      // Up to BLOCKS_PER_FRAME per frame (fewer when the batch's 8 ms run out first: happy-dom is slow).
      await frame();
      const first = markedBlocks(root) - start;
      expect(first).toBeGreaterThan(0);
      expect(first).toBeLessThanOrEqual(BLOCKS_PER_FRAME);
      expect(root.children[500]!.querySelector(MARK_TAG)).not.toBeNull();
      // The reader jumps further down while the first batches still wait: where they land comes next.
      io.show([root.children[900]!]);
      await frame();
      expect(markedBlocks(root) - start - first).toBeLessThanOrEqual(BLOCKS_PER_FRAME);
      expect(root.children[900]!.querySelector(MARK_TAG)).not.toBeNull();
      // Until no batch waits for a frame any more (however many the machine's speed made it take).
      for (let i = 0; i < 2000 && frames.pending.length > 0; i++) await frame();
      expect(frames.pending.length).toBe(0);
      // Everything queued got written, a frame at a time: ahead of both places, and a few behind.
      expect(root.children[660]!.querySelector(MARK_TAG)).not.toBeNull();
      expect(root.children[999]!.querySelector(MARK_TAG)).not.toBeNull();
      expect(root.children[470]!.querySelector(MARK_TAG)).not.toBeNull();
      expect(root.children[300]!.querySelector(MARK_TAG)).toBeNull();
      expect(recount(root).ukraine).toBe(markedBlocks(root));
    } finally {
      frames.restore();
    }
  });

  it('on a page where every changed frame renders slowly, batches grow after three such frames', async () => {
    const root = article(1000);
    fakeLayout(root);
    const frames = manualFrames();
    // A clock that moves only when the test says so: each frame takes 60 ms to render.
    let clock = 0;
    const nowSpy = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const slowFrame = () =>
      frames.frame(() => {
        clock += 60;
      });
    try {
      const annotator = createAnnotator({ root, matcher, settings });
      await annotator.annotate();
      const start = markedBlocks(root);
      FakeObserver.last!.show([root.children[500]!]);
      await tick();
      const written: number[] = [];
      for (let i = 0; i < 4; i++) {
        const before = markedBlocks(root);
        await slowFrame();
        written.push(markedBlocks(root) - before);
      }
      // Three frames of BLOCKS_PER_FRAME, then everything left of the 201 queued blocks at once.
      expect(written).toEqual([
        BLOCKS_PER_FRAME,
        BLOCKS_PER_FRAME,
        BLOCKS_PER_FRAME,
        201 - 3 * BLOCKS_PER_FRAME,
      ]);
      expect(markedBlocks(root) - start).toBe(201);
    } finally {
      nowSpy.mockRestore();
      frames.restore();
    }
  });

  it('short articles keep writing every mark in the first pass', async () => {
    const root = article(40);
    expect(root.textContent!.length).toBeLessThan(LONG_TEXT);
    fakeLayout(root);
    const annotator = createAnnotator({ root, matcher, settings });
    await annotator.annotate();
    expect(root.querySelectorAll(MARK_TAG).length).toBe(100);
    expect(FakeObserver.last).toBeNull();
  });
});
