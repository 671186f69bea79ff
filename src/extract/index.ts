/**
 * DOM -> text as the page presents it, shared by the content script and the CLI. Text nodes are
 * read in document order; inline elements join (a name split by <em> or <a> is one run of text);
 * block boundaries become "\n" so nothing matches across blocks. Every text node maps to an exact
 * slice of the result (`segments`), so offsets from the matcher lead back to DOM positions.
 */
import { attributeNames, skippedByAttributes, TAG_BLOCK, TAG_SKIP, tagKind, upperTag } from './rules.ts';

export { commonAncestor, findArticle, findArticleRoot } from './article.ts';
export { findArticleHead } from './article-head.ts';

/** One text node and where its characters sit in the extracted text. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
  /** `node.data` when it was read (a later difference means the page changed the text since). */
  data: string;
  /** The innermost block element around the node (where lines are cut), or the root. */
  block: Element;
  /** Inside an element `ExtractOptions.flag` said yes to (the root included). */
  flagged: boolean;
}

export interface Extracted {
  text: string;
  segments: Segment[];
}

export interface ExtractOptions {
  /** Extra elements to leave out (e.g. the annotator's own widgets). */
  skip?: (el: Element) => boolean;
  /**
   * Elements whose text is read but whose segments come out `flagged` (the annotator matches the
   * text of links but never marks inside them). Asked once per element, during the walk it does anyway,
   * with what the walk already read: the upper-case tag name and the attribute names (null: none).
   */
  flag?: (el: Element, tag: string, attributeNames: readonly string[] | null) => boolean;
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
const NON_SPACE = /\S/;
// What the page's source may hold inside a text node that the reader sees as a space: newlines are
// replaced per node (block breaks are newlines too), the rest once over the whole text at the end.
const NEWLINES = /\n/g;
const OTHER_BREAKS = /[\r\t\f\v]/g;

/** `NON_SPACE.test(data)`, answered by the first character for most text (a letter or digit). */
function hasNonSpace(data: string): boolean {
  const c = data.charCodeAt(0);
  if (c > 32 && c < 127) return true;
  return NON_SPACE.test(data);
}

/**
 * Extraction in steps, so a 100,000-word page can be read across several short tasks. One walk, two
 * ways to drive it: `extractText` runs it to the end, so both give the same text and offsets.
 */
export function extractSteps(root: Element | readonly Element[], opts: ExtractOptions = {}): ExtractSteps {
  // Several roots (an article's headline outside its body, then the body) read as one text, each
  // starting a line of its own.
  const roots: readonly Element[] = Array.isArray(root) ? root : [root as Element];
  let nextRoot = 0;
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lastNewline = true;
  let done: Extracted | null = null;
  const newline = () => {
    if (lastNewline) return;
    parts.push('\n');
    length += 1;
    lastNewline = true;
  };
  // The walk as an explicit stack (element, next child to visit, whether it ends a block), so it can
  // stop between any two nodes and go on later.
  // `inBlock`: the innermost block element at or above `el` (or the root); `flagged`: opts.flag said
  // yes to `el` or an element above it.
  type Frame = { el: Element; next: Node | null; block: boolean; inBlock: Element; flagged: boolean };
  const stack: Frame[] = [];
  const skip = opts.skip;
  const flag = opts.flag;
  const enter = (el: Element, isRoot = false): void => {
    const tag = upperTag(el.tagName);
    const kind = tagKind(el, tag);
    const names = attributeNames(el);
    if (!isRoot && (kind === TAG_SKIP || skippedByAttributes(el, names) || skip?.(el))) return;
    const block = kind === TAG_BLOCK;
    if (block) newline();
    const up = stack[stack.length - 1];
    stack.push({
      el,
      next: el.firstChild,
      block,
      inBlock: block || !up ? el : up.inBlock,
      flagged: (up?.flagged ?? false) || (flag?.(el, tag, names) ?? false),
    });
  };
  const text = (node: Text): void => {
    const data = node.data;
    if (data.length === 0) return;
    const at = stack[stack.length - 1]!;
    segments.push({
      node,
      start: length,
      end: length + data.length,
      data,
      block: at.inBlock,
      flagged: at.flagged,
    });
    // Most text nodes hold no line break: a native indexOf spares them a RegExp.
    parts.push(data.indexOf('\n') === -1 ? data : data.replace(NEWLINES, ' '));
    length += data.length;
    if (lastNewline && hasNonSpace(data)) lastNewline = false;
  };
  const join = (): Extracted => ({ text: parts.join('').replace(OTHER_BREAKS, ' '), segments });
  return {
    advance(stop) {
      if (done) return true;
      const walking = stack.length > 0 || nextRoot < roots.length;
      let n = 0;
      while (stack.length > 0 || nextRoot < roots.length) {
        if (stop && ++n % CHECK_EVERY === 0 && stop()) return false;
        if (stack.length === 0) {
          newline();
          enter(roots[nextRoot++]!, true);
          continue;
        }
        const top = stack[stack.length - 1]!;
        const node = top.next;
        if (!node) {
          stack.pop();
          if (top.block) newline();
          continue;
        }
        top.next = node.nextSibling;
        const type = node.nodeType;
        if (type === TEXT) text(node as Text);
        else if (type === ELEMENT) enter(node as Element);
      }
      // Joining the text is a step of its own (a live blog's 640,000 characters, joined and scanned
      // once more for breaks): a call that walked and is then told to stop leaves it to the next.
      if (walking && stop?.()) return false;
      done = join();
      return true;
    },
    result() {
      return done ?? join();
    },
  };
}

/**
 * Extract the readable text under `root` (or under each root of a list, in order). In `text`,
 * whitespace inside a text node becomes plain spaces (the page renders a newline in the source as a
 * space) so lengths stay equal to node.data.
 */
export function extractText(root: Element | readonly Element[], opts: ExtractOptions = {}): Extracted {
  const steps = extractSteps(root, opts);
  steps.advance();
  return steps.result();
}
