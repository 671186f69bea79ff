/**
 * Which elements are read, and which ones end a block. Decided by tag and attribute only, never by
 * getComputedStyle, so extraction forces no layout and works the same in linkedom/jsdom (CLI).
 */

/** Elements that end a line: nothing is matched across them. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'LEGEND',
  'OPTGROUP',
  'OPTION',
]);

/** Elements whose text is never read: code, forms, hidden and embedded content, Standpoint's own UI. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'BUTTON',
  'CODE',
  'PRE',
  'SVG',
  'MATH',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'KBD',
  'SAMP',
  'STANDPOINT-TOOLTIP',
]);

/** Upper-case tag name, also for SVG/MathML elements whose tagName keeps its source case. */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** What an element's tag alone says: `TAG_BLOCK` ends a line, `TAG_SKIP` is never read, 0 neither. */
export const TAG_BLOCK = 1;
export const TAG_SKIP = 2;
const TAG_KIND = new Map<string, number>([
  ...[...BLOCK_TAGS].map((t): [string, number] => [t, TAG_BLOCK]),
  ...[...SKIP_TAGS].map((t): [string, number] => [t, TAG_SKIP]),
]);

/**
 * `TAG_BLOCK`, `TAG_SKIP` or 0 for the element's tag. An HTML element's tagName is already upper
 * case, so only SVG/MathML/XHTML names (lower-case first letter) pay for `toUpperCase`: this runs
 * once per element of the page.
 */
export function tagKind(el: Element): number {
  const tag = el.tagName;
  const code = tag.charCodeAt(0);
  return TAG_KIND.get(code >= 97 && code <= 122 ? tag.toUpperCase() : tag) ?? 0;
}

/** True when the element and everything inside it must not be read. */
export function isSkipped(el: Element): boolean {
  return tagKind(el) === TAG_SKIP || skippedByAttributes(el);
}

/**
 * The attribute half of `isSkipped`: hidden, aria-hidden, editable or inline display:none. The caller
 * may pass `el.hasAttributes()` when it already asked (the extractor asks once per element).
 */
export function skippedByAttributes(el: Element, hasAttributes = el.hasAttributes()): boolean {
  // Most elements of an article carry no attribute at all: one call instead of four.
  if (!hasAttributes) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // An inline display:none is cheap to see without layout; stylesheet-hidden text is not detectable here.
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}
