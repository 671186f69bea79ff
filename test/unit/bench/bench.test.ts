/**
 * The benchmark's own pure parts: pages are deterministic and as large as the issue asks, the names
 * every contestant gets come from the matcher's own expansion, and the trace reader finds long tasks
 * and forced layouts. (Nothing is timed here: the benchmark is its own command, `npm run bench`.)
 */
import { describe, expect, it } from 'vitest';
import { literalForms, literalNames, multiplyNames } from '../../../scripts/bench/names.ts';
import { allPages } from '../../../scripts/bench/pages/index.mjs';
import { summarizeTrace, type TraceEvent } from '../../../scripts/bench/trace.ts';

describe('bench pages', () => {
  const pages = allPages();
  const byName = new Map(pages.map((p) => [p.name, p]));

  it('are the four pages of the issue, generated the same way every time', () => {
    expect(pages.map((p) => p.name)).toEqual(['unn-article', 'live-blog', 'heavy', 'incremental']);
    const again = allPages();
    expect(again.map((p) => p.html)).toEqual(pages.map((p) => p.html));
  });

  it('have the sizes the issue names', () => {
    expect(byName.get('live-blog')!.words).toBeGreaterThanOrEqual(100_000);
    expect(byName.get('live-blog')!.words).toBeLessThan(110_000);
    expect(byName.get('heavy')!.elements).toBeGreaterThanOrEqual(30_000);
    expect(byName.get('heavy')!.elements).toBeLessThan(33_000);
    expect(byName.get('incremental')!.appended).toHaveLength(200);
  });

  it('carry the seed article and both languages, with names split across inline elements', () => {
    expect(byName.get('unn-article')!.html).toContain("recognize Russia's control over Crimea");
    const live = byName.get('live-blog')!.html;
    expect(live).toMatch(/lang="uk"/);
    expect(live).toMatch(/lang="en"/);
    expect(live).toMatch(/security <(em|strong|b|i)>guarantees<\/\1>/);
  });
});

describe('bench names', () => {
  it('expands the name syntax with the matcher’s own expansion', () => {
    expect(literalForms('Крим{|у|ом}')).toEqual(['Крим', 'Криму', 'Кримом']);
    expect(literalForms('[the] initial US framework')).toEqual([
      'the initial US framework',
      'initial US framework',
    ]);
    expect(literalForms("Russia's control")).toEqual(["Russia's control"]);
  });

  it('multiplies names with copies that never occur in text', () => {
    const source = {
      entries: [{ id: 'crimea', kind: 'proposal' as const, names: { en: ['Crimea'], uk: ['Крим'] } }],
      contexts: {},
    };
    const x10 = multiplyNames(source, 10);
    expect(x10.entries).toHaveLength(10);
    expect(new Set(x10.entries.map((e) => e.id)).size).toBe(10);
    const names = literalNames(x10);
    expect(names).toHaveLength(20);
    expect(names.filter((n) => n === 'Crimea')).toHaveLength(1);
  });
});

describe('bench trace reader', () => {
  const meta = (pid: number, tid: number, name: string): TraceEvent => ({
    name: 'thread_name',
    ph: 'M',
    ts: 0,
    pid,
    tid,
    args: { name },
  });
  const x = (name: string, ts: number, dur: number, tid = 1): TraceEvent => ({
    name,
    ph: 'X',
    ts,
    dur,
    pid: 7,
    tid,
  });

  it('finds the longest task and the layouts forced from script', () => {
    const events = [
      meta(7, 1, 'CrRendererMain'),
      meta(7, 2, 'Compositor'),
      x('RunTask', 0, 30_000),
      x('FunctionCall', 1_000, 20_000),
      x('Layout', 5_000, 2_000),
      x('RunTask', 40_000, 60_000),
      x('Layout', 70_000, 5_000),
      x('RunTask', 0, 900_000, 2),
    ];
    const s = summarizeTrace(events);
    expect(s.longestTaskMs).toBe(60);
    expect(s.busyMs).toBe(90);
    expect(s.forcedLayouts).toBe(1);
    expect(s.forcedLayoutMs).toBe(2);
  });
});
