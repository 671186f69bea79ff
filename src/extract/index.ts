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

/**
 * Extract the readable text under `root`. In `text`, whitespace inside a text node becomes plain
 * spaces (the page renders a newline in the source as a space) so lengths stay equal to node.data.
 */
export function extractText(root: Element, opts: ExtractOptions = {}): Extracted {
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
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      const flat = data.replace(/[\n\r\t\f\v]/g, ' ');
      segments.push({ node: node as Text, start: length, end: length + data.length });
      parts.push(flat);
      length += data.length;
      if (/\S/.test(flat)) lastNewline = false;
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    if (el !== root && (isSkipped(el) || opts.skip?.(el))) return;
    const block = BLOCK_TAGS.has(tagOf(el));
    if (block) newline();
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (block) newline();
  };
  visit(root);
  return { text: parts.join(''), segments };
}
