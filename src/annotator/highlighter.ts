/**
 * Minimal wrapping of text ranges in `<standpoint-mark>` elements, undone exactly.
 *
 * As in the Hypothesis client's highlighter: text nodes are split at the range edges with
 * `splitText()` and only the middle piece moves into the mark; no page element ever moves. Every split
 * is recorded, so `clear()` unwraps the marks and re-joins exactly the pieces it split (no
 * `normalize()`, which would also merge text nodes the page keeps apart on purpose). Afterwards the
 * subtree `isEqualNode` a clone taken before, and the page's own text nodes keep their identity.
 */

import { attributeNames, upperTag } from '../extract/rules.ts';

export const MARK_TAG = 'standpoint-mark';

/** The mark a node or event target is in (or is), if any. */
export function markOf(target: EventTarget | null): HTMLElement | null {
  const el = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  return (el?.closest(MARK_TAG) as HTMLElement | null) ?? null;
}

/** Elements Standpoint never marks inside, by tag alone: code, editors, form fields, its own UI. */
const EXCLUDED_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  MARK_TAG,
  'standpoint-tooltip',
];
const EXCLUDED_UPPER_TAGS = new Set(EXCLUDED_TAGS.map((t) => t.toUpperCase()));

/**
 * Places Standpoint never marks: the tags above, links (a click must navigate), editable text, and
 * live regions whose every change a screen reader speaks. It speaks a change inside an assertive
 * region (`role="alert"`, `aria-live="assertive"`) at once, cutting off what it was reading, and
 * reads an atomic region (`role="status"`, `aria-live="polite"` with `aria-atomic="true"`) again
 * whole after any change: a mark written there would repeat the message or interrupt the reader with
 * a name out of context. Timers and marquees tick; they are not the story. A polite feed that is not
 * atomic (a live blog's `role="log"`) is marked: only what is added there is spoken, and the marks
 * are what the reader came for. The text of all of them is still read, so a name in a breaking news
 * banner counts toward whether the page is about the war.
 */
const EXCLUDED_ROLES = ['textbox', 'alert', 'status', 'timer', 'marquee'];
const EXCLUDED_ROLE_SET = new Set(EXCLUDED_ROLES);

export const EXCLUDED_SELECTOR = [
  ...EXCLUDED_TAGS,
  'a[href]',
  '[contenteditable]:not([contenteditable="false"])',
  ...EXCLUDED_ROLES.map((role) => `[role="${role}"]`),
  '[aria-live="assertive"]',
  '[aria-live="polite"][aria-atomic="true"]',
].join(',');

/**
 * `el.matches(EXCLUDED_SELECTOR)`, asked for every element of the article while it is read, so it
 * is spelled out over what the extractor read anyway (`tag`: upper-case tag name, `names`: attribute
 * names or null): matching the selector list per element cost more than the rest of the reading
 * (npm run bench --profile, heavy page). A unit test holds it equal to the selector.
 */
export function isExcludedElement(
  el: Element,
  tag = upperTag(el.tagName),
  names: readonly string[] | null = attributeNames(el),
): boolean {
  if (EXCLUDED_UPPER_TAGS.has(tag)) return true;
  if (!names) return false;
  for (const name of names) {
    if (name === 'href') {
      if (tag === 'A') return true;
    } else if (name === 'contenteditable') {
      if (el.getAttribute(name) !== 'false') return true;
    } else if (name === 'role') {
      if (EXCLUDED_ROLE_SET.has(el.getAttribute(name) ?? '')) return true;
    } else if (name === 'aria-live') {
      const live = el.getAttribute(name);
      if (live === 'assertive' || (live === 'polite' && el.getAttribute('aria-atomic') === 'true'))
        return true;
    }
  }
  return false;
}

interface Split {
  left: Text;
  right: Text;
  /** Both pieces' text right after the split: a difference at undo time means the page wrote to them. */
  leftData: string;
  rightData: string;
}

/** The marks and splits of one group (the engine uses one group per block), undone together. */
interface Group {
  marks: HTMLElement[];
  splits: Split[];
}

/** The group of callers that do not name one: a single group keeps the global undo order. */
const DEFAULT_GROUP = {};

/**
 * Owns the marks of one annotator instance and knows how to take every one of them back. Marks are
 * kept per group so that undoing one block costs in proportion to that block, not to the page (an
 * appended paragraph on a 100,000-word live blog must not walk every mark). A text node's splits must
 * all be in one group: they are undone in reverse order within their group only.
 */
export class Highlighter {
  private readonly groups = new Map<object, Group>();
  private count = 0;

  /**
   * Wraps `node.data[from, to)` in `mark`; returns false (and changes nothing) when that is impossible.
   * `data`: the node's current data when the caller has it (each read of a long text node's data
   * copies it).
   */
  wrap(
    node: Text,
    from: number,
    to: number,
    mark: HTMLElement,
    group: object = DEFAULT_GROUP,
    data: string = node.data,
  ): boolean {
    const parent = node.parentNode;
    if (!parent || from < 0 || to > data.length || from >= to) return false;
    let g = this.groups.get(group);
    if (!g) {
      g = { marks: [], splits: [] };
      this.groups.set(group, g);
    }
    let target = node;
    if (from > 0) {
      target = node.splitText(from);
      g.splits.push({
        left: node,
        right: target,
        leftData: data.slice(0, from),
        rightData: data.slice(from),
      });
    }
    if (to < data.length) {
      const rest = target.splitText(to - from);
      g.splits.push({ left: target, right: rest, leftData: data.slice(from, to), rightData: data.slice(to) });
    }
    parent.insertBefore(mark, target);
    mark.appendChild(target);
    g.marks.push(mark);
    this.count++;
    return true;
  }

  /** Every live mark, in no particular order. */
  all(): HTMLElement[] {
    return [...this.groups.values()].flatMap((g) => g.marks);
  }

  get size(): number {
    return this.count;
  }

  /** Removes the marks of one group and re-joins the text nodes split for them. */
  clearGroup(group: object): void {
    const g = this.groups.get(group);
    if (!g) return;
    this.groups.delete(group);
    this.undo(g.marks, g.splits);
  }

  /** Removes the marks (all, or those inside `within`) and re-joins the text nodes split for them. */
  clear(within?: Node): void {
    for (const [key, g] of [...this.groups].reverse()) {
      if (!within) {
        this.groups.delete(key);
        this.undo(g.marks, g.splits);
        continue;
      }
      const marks = g.marks.filter((m) => within.contains(m));
      const splits = g.splits.filter((s) => within.contains(s.left));
      g.marks = g.marks.filter((m) => !within.contains(m));
      g.splits = g.splits.filter((s) => !within.contains(s.left));
      if (g.marks.length === 0 && g.splits.length === 0) this.groups.delete(key);
      this.undo(marks, splits);
    }
  }

  private undo(marks: readonly HTMLElement[], splits: readonly Split[]): void {
    for (const mark of marks) unwrapMark(mark);
    this.count -= marks.length;
    // Re-join in reverse order: the last split made is the first undone, so offsets line up again.
    for (let i = splits.length - 1; i >= 0; i--) {
      const split = splits[i]!;
      const { left, right } = split;
      if (left.data !== split.leftData) {
        // The page rewrote its own node (a framework setting `.data` on the node it rendered): the
        // node now holds the page's whole new text, so the split-off piece is a stale copy.
        if (right.data === split.rightData) right.remove();
      } else if (left.nextSibling === right && right.data === split.rightData) {
        left.appendData(right.data);
        right.remove();
      }
    }
  }
}

/** Puts a mark's children back where the mark was and drops the mark. */
export function unwrapMark(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
}

/**
 * Removes marks another Standpoint instance left behind (e.g. an orphaned content script after an
 * extension reload), merging each mark's text back into its text neighbours.
 */
export function sweepForeignMarks(root: ParentNode): number {
  const stale = [...root.querySelectorAll(MARK_TAG)];
  for (const mark of stale) {
    const prev = mark.previousSibling;
    const next = mark.nextSibling;
    const first = mark.firstChild;
    const last = mark.lastChild;
    unwrapMark(mark);
    if (last instanceof Text && next instanceof Text && last.nextSibling === next) {
      last.appendData(next.data);
      next.remove();
    }
    if (first instanceof Text && prev instanceof Text && prev.nextSibling === first) {
      prev.appendData(first.data);
      first.remove();
    }
  }
  return stale.length;
}
