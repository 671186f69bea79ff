/**
 * The benchmark's in-page side, injected as a classic script into each bench page: the three
 * baselines (floor, naive, mark.js) and the Standpoint runner, each timed from inside the page with
 * performance.now(), so all four are measured the same way on the same root and the same text.
 *
 * Every runner returns { scanMs, applyMs, totalMs, found, marked }: scan = finding all mentions,
 * apply = making them visible, total = both (for Standpoint: until annotate() resolves, yields included).
 */
(() => {
  const WORD = /[\p{L}\p{N}]+/gu;
  const WORD_CHAR = /[\p{L}\p{N}]/u;
  const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  /** Every text node under root, in document order. */
  function textNodes(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
    return out;
  }

  /** The floor: read every text node and split it into words with one native RegExp. */
  function floor(root) {
    const t0 = performance.now();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let words = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = n.data;
      WORD.lastIndex = 0;
      while (WORD.exec(data) !== null) words++;
    }
    const t1 = performance.now();
    return { scanMs: t1 - t0, applyMs: 0, totalMs: t1 - t0, found: words, marked: 0 };
  }

  /**
   * The floor plus writing `count` marks, the least way (the same wrap as the naive loop): every
   * word is found as the floor finds it, and every STRIDE-th word is wrapped until `count` are (news
   * text names a party or proposal about once in ten words). The least any annotator that shows as
   * many marks must do; Standpoint's `count` is the number of marks its pass wrote before it
   * resolved (on a long page, those near the top).
   */
  const STRIDE = 8;
  function floorMarks(root, count) {
    const t0 = performance.now();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let words = 0;
    const picked = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = n.data;
      WORD.lastIndex = 0;
      for (let m = WORD.exec(data); m !== null; m = WORD.exec(data)) {
        if (words++ % STRIDE === 0 && picked.length < count * 3)
          picked.push(n, m.index, m.index + m[0].length);
      }
    }
    const t1 = performance.now();
    // Last to first: splitting later offsets keeps earlier ones valid in the same node.
    for (let k = picked.length - 3; k >= 0; k -= 3)
      wrap(picked[k], picked[k + 1], picked[k + 2], 'bench-floor');
    const t2 = performance.now();
    return { scanMs: t1 - t0, applyMs: t2 - t1, totalMs: t2 - t0, found: words, marked: picked.length / 3 };
  }

  /**
   * The floor plus keeping what was read: every text node with its offset, and the whole text joined
   * once, as an annotator must keep it when it matches across inline markup (a name split by <em>)
   * or elsewhere than in the page (Standpoint's background), and has to find each match's node
   * afterwards. Its apply is the keeping and the join.
   */
  function floorKeep(root) {
    const t0 = performance.now();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let words = 0;
    let length = 0;
    const nodes = [];
    const starts = [];
    const parts = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = n.data;
      WORD.lastIndex = 0;
      while (WORD.exec(data) !== null) words++;
      nodes.push(n);
      starts.push(length);
      parts.push(data);
      length += data.length;
    }
    const text = parts.join('');
    const t1 = performance.now();
    // Kept where the page can reach it until the run ends, as an annotator keeps it for its pass.
    window.__benchKept = { nodes, starts, text };
    return { scanMs: t1 - t0, applyMs: 0, totalMs: t1 - t0, found: words, marked: 0, chars: text.length };
  }

  /** Wraps [from, to) of a text node in a <mark>, as a highlighter must (splitText at the edges). */
  function wrap(node, from, to, cls) {
    const mid = from > 0 ? node.splitText(from) : node;
    if (to - from < mid.data.length) mid.splitText(to - from);
    const mark = document.createElement('mark');
    mark.className = cls;
    mid.parentNode.insertBefore(mark, mid);
    mark.appendChild(mid);
  }

  /** True when a match at [start, end) of data is a whole word (Unicode-aware, unlike \\b). */
  function atBoundaries(data, start, end) {
    return (
      !(start > 0 && WORD_CHAR.test(data[start - 1])) && !(end < data.length && WORD_CHAR.test(data[end]))
    );
  }

  // Names per slice between clock checks, for the capped baselines below.
  const SLICE = 50;

  /**
   * Naive: one RegExp per name over every text node, then wrap the longest-leftmost matches. The
   * RegExps are plain literals (V8 searches those fast) with the word boundaries checked per hit:
   * Unicode lookarounds inside the RegExp made this loop ~200x slower, and the baseline should be a
   * fair one, not a straw man.
   *
   * Its cost is one pass per name, so with thousands of names it can run for minutes. With `capMs`
   * it stops after the slice that crosses the cap and reports the time scaled to all names
   * (`fraction` < 1 says it did): names arrive in a seeded random order, so the sample is fair.
   */
  function naive(root, names, capMs = Infinity) {
    const t0 = performance.now();
    const nodes = textNodes(root);
    const perNode = new Map();
    let found = 0;
    let done = 0;
    while (done < names.length) {
      for (const name of names.slice(done, done + SLICE)) {
        const re = new RegExp(escapeRe(name), 'g');
        for (const node of nodes) {
          const data = node.data;
          re.lastIndex = 0;
          for (let m = re.exec(data); m !== null; m = re.exec(data)) {
            const end = m.index + m[0].length;
            if (!atBoundaries(data, m.index, end)) continue;
            const list = perNode.get(node) ?? [];
            list.push([m.index, end]);
            perNode.set(node, list);
            found++;
          }
        }
      }
      done = Math.min(names.length, done + SLICE);
      if (performance.now() - t0 > capMs) break;
    }
    const t1 = performance.now();
    let marked = 0;
    for (const [node, spans] of perNode) {
      spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      const keep = [];
      let end = -1;
      for (const s of spans) {
        if (s[0] >= end) {
          keep.push(s);
          end = s[1];
        }
      }
      // Last to first: splitting later offsets keeps earlier ones valid in the same node.
      for (let k = keep.length - 1; k >= 0; k--) wrap(node, keep[k][0], keep[k][1], 'bench-naive');
      marked += keep.length;
    }
    const t2 = performance.now();
    const scale = names.length / Math.max(1, done);
    return {
      scanMs: (t1 - t0) * scale,
      applyMs: (t2 - t1) * scale,
      totalMs: (t2 - t0) * scale,
      measuredMs: t2 - t0,
      fraction: done / Math.max(1, names.length),
      found,
      marked,
    };
  }

  /**
   * mark.js 8.11.1 marking the same literal names (its scan and apply are one interleaved pass).
   * Given thousands of terms in one call mark.js recurses once per term and overflows the stack, so
   * the terms go in slices: the same per-term work, called from a loop. Capped and scaled like naive.
   */
  function markjs(root, names, capMs = Infinity) {
    const t0 = performance.now();
    let marked = 0;
    const instance = new window.Mark(root);
    const options = {
      element: 'mark',
      className: 'bench-markjs',
      separateWordSearch: false,
      caseSensitive: true,
      // Options chosen to make mark.js as fast as it goes: no diacritics expansion, no cross-element,
      // default accuracy ('partially': no word-boundary check; 'exactly' made it slower still).
      diacritics: false,
      acrossElements: false,
      each: () => {
        marked++;
      },
    };
    let done = 0;
    while (done < names.length) {
      let finished = false;
      instance.mark(names.slice(done, done + SLICE), { ...options, done: () => (finished = true) });
      // mark.js calls done synchronously when nothing is asynchronous (no iframes).
      if (!finished) throw new Error('mark.js did not finish synchronously');
      done = Math.min(names.length, done + SLICE);
      if (performance.now() - t0 > capMs) break;
    }
    const t1 = performance.now();
    const scale = names.length / Math.max(1, done);
    return {
      scanMs: null,
      applyMs: null,
      totalMs: (t1 - t0) * scale,
      measuredMs: t1 - t0,
      fraction: done / Math.max(1, names.length),
      found: marked,
      marked,
    };
  }

  /**
   * Standpoint: the extension's own engine (bench bundle), on the same root. `remote`: matching in a
   * worker, as the extension matches in its background; the page's share is the pass minus the time
   * it only waited for the worker's answer.
   */
  async function standpoint(
    root,
    which = 'x1',
    { scan: withScan = true, again = false, remote = false } = {},
  ) {
    const SB = window.StandpointBench;
    const t0 = performance.now();
    // prepare() compiles ahead (the traced run: so its longest task is the annotate pass's own).
    const matcher = remote
      ? await SB.remote('/bench/standpoint-bench-worker.js')
      : prepared?.which === which
        ? prepared.matcher
        : SB.matcher(which);
    const t1 = performance.now();
    // Scan alone (extract + find), as the engine does it, so apply can be told apart.
    // Not in the traced run: this one-piece scan is the bench's own, not what annotate() does.
    const scan = withScan && !remote ? SB.scan(root, matcher) : { found: Number.NaN };
    const t2 = performance.now();
    const annotator = SB.annotator(root, matcher);
    const t3 = performance.now();
    const res = await annotator.annotate();
    const t4 = performance.now();
    // Marks in the page when the pass resolved (a long page writes the rest as the reader scrolls).
    const written = root.querySelectorAll('standpoint-mark').length;
    window.__benchAnnotator = annotator;
    const scanMs = t2 - t1;
    // A second pass over the same page, its code now run once (clear() then annotate(), as when the
    // reader changes a setting): how much of the first pass is code not yet optimised.
    let againMs = null;
    if (again) {
      await frames(2);
      annotator.clear();
      await frames(2);
      const a0 = performance.now();
      await annotator.annotate();
      againMs = performance.now() - a0;
    }
    // totalMs is the pass over the page; compiling the names (startupMs) is reported on its own:
    // it is the same fixed cost on every page, whatever its size.
    return {
      startupMs: remote ? matcher.loadMs : t1 - t0,
      scanMs: remote ? null : scanMs,
      applyMs: remote ? null : Math.max(0, t4 - t3 - scanMs),
      totalMs: t4 - t3,
      pageMs: remote ? t4 - t3 - matcher.waitedMs : t4 - t3,
      workerMs: remote ? matcher.workerMs : null,
      withStartupMs: t1 - t0 + (t4 - t3),
      againMs,
      found: scan.found,
      marked: res.markCount,
      written,
      state: res.state,
    };
  }

  let prepared = null;
  /** Compiles the names now, for a later standpoint() call; returns the time it took. */
  function prepare(which = 'x1') {
    const t0 = performance.now();
    prepared = { which, matcher: window.StandpointBench.matcher(which) };
    return performance.now() - t0;
  }

  /** Appends paragraphs one at a time and times the engine's rescan of each. */
  async function append(root, htmls) {
    const annotator = window.__benchAnnotator;
    const feed = root.querySelector('[itemprop=articleBody]') ?? root;
    const costs = [];
    let chars = 0;
    for (const html of htmls) {
      const p = document.createElement('p');
      // Parsed with DOMParser (no innerHTML): the paragraph's own inline markup is kept.
      const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
      for (const child of [...parsed.childNodes]) p.appendChild(child);
      feed.appendChild(p);
      chars += p.textContent.length;
      const t0 = performance.now();
      await annotator.rescan([p]);
      costs.push({ ms: performance.now() - t0, chars: p.textContent.length });
      // Time passes between appends, as on a live page.
      await new Promise((r) => setTimeout(r, 5));
    }
    return { costs, chars, marked: annotator.result().markCount };
  }

  const frames = (n) =>
    new Promise((ok) => {
      const step = (left) => (left === 0 ? ok() : requestAnimationFrame(() => step(left - 1)));
      step(n);
    });

  /**
   * Scrolls from the top to the end of the page in steps of two viewport heights (the engine writes
   * blocks within one viewport height of the view, so no block is skipped), letting each step render.
   * Returns how many marks the page holds at the end (all of them once the lazy writes are done).
   */
  async function scrollThrough() {
    scrollTo(0, 0);
    await frames(2);
    const start = performance.now();
    const step = innerHeight * 2;
    let steps = 0;
    // Read once: reading it per step would force a layout right after the engine's writes.
    const end = document.documentElement.scrollHeight;
    for (let y = step; y < end + step; y += step) {
      scrollTo(0, y);
      steps++;
      await frames(2);
      await new Promise((ok) => setTimeout(ok, 0));
    }
    // The last batches of writes run in later tasks: wait until the mark count stops changing.
    let last = -1;
    for (let i = 0; i < 100; i++) {
      await frames(3);
      const count = document.querySelectorAll('standpoint-mark:not([data-sp-part])').length;
      if (count === last) break;
      last = count;
    }
    const longest = window.__longtasks
      .filter(([t]) => t >= start - 1)
      .reduce((m, [, d]) => Math.max(m, d), 0);
    return { steps, marks: last, ms: performance.now() - start, longTaskMs: longest };
  }

  window.__bench = {
    floor,
    floorMarks,
    floorKeep,
    naive,
    markjs,
    standpoint,
    prepare,
    append,
    textNodes,
    scrollThrough,
  };
})();
