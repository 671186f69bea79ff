/**
 * Reads a Chromium performance trace (CDP Tracing, devtools.timeline categories) of one annotate():
 * the renderer main thread's longest task, its busy time, and the layouts and style recalcs that
 * JavaScript forced synchronously (layout work nested inside a script call instead of in a frame).
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export interface TraceSummary {
  longestTaskMs: number;
  busyMs: number;
  tasks: number;
  forcedLayouts: number;
  forcedLayoutMs: number;
  forcedStyles: number;
  /** What the longest task spent its time on: the largest kinds of work inside it, in ms. */
  longestTaskParts: { name: string; ms: number }[];
}

const SCRIPT = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.run',
  'v8.callFunction',
  'RunMicrotasks',
  'TimerFire',
  'FireIdleCallback',
  'v8.evaluateModule',
]);

// Kinds of work worth naming in the longest task (outermost script entries and rendering steps).
const PARTS = new Set([
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'FireIdleCallback',
  'v8.callFunction',
  'EvaluateScript',
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'IntersectionObserverController::computeIntersections',
  'UpdateLayer',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
]);

type Span = { name: string; start: number; end: number };

/** Complete spans (ph X, or B/E pairs) on one thread, by name. */
function spansOf(events: TraceEvent[]): Span[] {
  const out: Span[] = [];
  const open = new Map<string, number[]>();
  for (const e of events) {
    if (e.ph === 'X') out.push({ name: e.name, start: e.ts, end: e.ts + (e.dur ?? 0) });
    else if (e.ph === 'B') {
      const stack = open.get(e.name) ?? [];
      stack.push(e.ts);
      open.set(e.name, stack);
    } else if (e.ph === 'E') {
      const start = open.get(e.name)?.pop();
      if (start !== undefined) out.push({ name: e.name, start, end: e.ts });
    }
  }
  return out;
}

/** Summarises the renderer main thread that did the most work in `events`. */
export function summarizeTrace(events: TraceEvent[]): TraceSummary {
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  let best: TraceSummary | null = null;
  let bestBusy = -1;
  for (const m of mains) {
    const own = events.filter((e) => e.pid === m.pid && e.tid === m.tid).sort((a, b) => a.ts - b.ts);
    const spans = spansOf(own);
    const tasks = spans.filter((s) => s.name === 'RunTask');
    const busy = tasks.reduce((sum, t) => sum + (t.end - t.start), 0);
    if (busy <= bestBusy) continue;
    bestBusy = busy;
    const scripts = spans.filter((s) => SCRIPT.has(s.name));
    const inScript = (s: Span) => scripts.some((x) => x.start <= s.start && s.end <= x.end);
    const layouts = spans.filter((s) => s.name === 'Layout' && inScript(s));
    const styles = spans.filter((s) => s.name === 'UpdateLayoutTree' && inScript(s));
    const longest = tasks.reduce<Span | null>(
      (a, t) => (!a || t.end - t.start > a.end - a.start ? t : a),
      null,
    );
    const parts = new Map<string, number>();
    for (const x of spans) {
      if (!longest || x === longest || x.start < longest.start || x.end > longest.end) continue;
      if (!PARTS.has(x.name)) continue;
      parts.set(x.name, (parts.get(x.name) ?? 0) + (x.end - x.start));
    }
    best = {
      longestTaskParts: [...parts]
        .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 6),
      longestTaskMs: tasks.reduce((max, t) => Math.max(max, t.end - t.start), 0) / 1000,
      busyMs: busy / 1000,
      tasks: tasks.length,
      forcedLayouts: layouts.length,
      forcedLayoutMs: layouts.reduce((sum, s) => sum + (s.end - s.start), 0) / 1000,
      forcedStyles: styles.length,
    };
  }
  return (
    best ?? {
      longestTaskMs: 0,
      busyMs: 0,
      tasks: 0,
      forcedLayouts: 0,
      forcedLayoutMs: 0,
      forcedStyles: 0,
      longestTaskParts: [],
    }
  );
}

/** Starts a CDP trace of `categories`; the function it returns ends the trace and gives its events. */
export async function startTrace(cdp: CDPSession, categories: string): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
  hitCount?: number;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** Starts the CPU profiler (a sample every `intervalUs`); the function it returns stops it. */
export async function startProfiler(cdp: CDPSession, intervalUs: number): Promise<() => Promise<CpuProfile>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return async () => ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile;
}
