/**
 * DOM -> text as the page presents it, shared by the content script and the CLI. Text nodes are
 * read in document order; inline elements join (a name split by <em> or <a> is one run of text);
 * block boundaries become "\n" so nothing matches across blocks. Every text node maps to an exact
 * slice of the result (`segments`), so offsets from the matcher lead back to DOM positions.
 */
import { BLOCK_TAGS, isSkipped, tagOf } from './rules.ts';

export { findArticle, findArticleRoot } from './article.ts';

/** One text node and where its characters sit in the extracted text. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
}

export interface Extracted {
  text: string;
  segments: Segment[];
}

export interface ExtractOptions {
  /** Extra elements to leave out (e.g. the annotator's own widgets). */
  skip?: (el: Element) => boolean;
}

const ELEMENT = 1;
const TEXT = 3;

/** A resumable extraction: `advance()` walks until done or until `stop()` says the task is long enough. */
export interface ExtractSteps {
  /** Walks on; true once the whole subtree is read. `stop` is asked every few hundred nodes. */
  advance(stop?: () => boolean): boolean;
  /** The text and segments read so far (all of them once `advance` returned true). */
  result(): Extracted;
}

// How many nodes are read between two `stop()` checks (a clock read per node would cost more).
const CHECK_EVERY = 256;

/**
 * Extraction in steps, so a 100,000-word page can be read across several short tasks. One walk, two
 * ways to drive it: `extractText` runs it to the end, so both give the same text and offsets.
 */
export function extractSteps(root: Element, opts: ExtractOptions = {}): ExtractSteps {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lastNewline = true;
  const newline = () => {
    if (lastNewline) return;
    parts.push('\n');
    length += 1;
    lastNewline = true;
  };
  // The walk as an explicit stack (element, next child to visit, whether it ends a block), so it can
  // stop between any two nodes and go on later.
  type Frame = { el: Element; next: Node | null; block: boolean };
  const stack: Frame[] = [];
  const enter = (el: Element): void => {
    if (el !== root && (isSkipped(el) || opts.skip?.(el))) return;
    const block = BLOCK_TAGS.has(tagOf(el));
    if (block) newline();
    stack.push({ el, next: el.firstChild, block });
  };
  const text = (node: Text): void => {
    const data = node.data;
    if (data.length === 0) return;
    const flat = data.replace(/[\n\r\t\f\v]/g, ' ');
    segments.push({ node, start: length, end: length + data.length });
    parts.push(flat);
    length += data.length;
    if (/\S/.test(flat)) lastNewline = false;
  };
  enter(root);
  return {
    advance(stop) {
      let n = 0;
      while (stack.length > 0) {
        if (stop && ++n % CHECK_EVERY === 0 && stop()) return false;
        const top = stack[stack.length - 1]!;
        const node = top.next;
        if (!node) {
          stack.pop();
          if (top.block) newline();
          continue;
        }
        top.next = node.nextSibling;
        if (node.nodeType === TEXT) text(node as Text);
        else if (node.nodeType === ELEMENT) enter(node as Element);
      }
      return true;
    },
    result: () => ({ text: parts.join(''), segments }),
  };
}

/**
 * Extract the readable text under `root`. In `text`, whitespace inside a text node becomes plain
 * spaces (the page renders a newline in the source as a space) so lengths stay equal to node.data.
 */
export function extractText(root: Element, opts: ExtractOptions = {}): Extracted {
  const steps = extractSteps(root, opts);
  steps.advance();
  return steps.result();
}
