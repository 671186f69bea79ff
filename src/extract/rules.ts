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

/** What an element's tag alone says: `TAG_BLOCK` ends a line, `TAG_SKIP` is never read, 0 neither. */
export const TAG_BLOCK = 1;
export const TAG_SKIP = 2;
const TAG_KIND = new Map<string, number>([
  ...[...BLOCK_TAGS].map((t): [string, number] => [t, TAG_BLOCK]),
  ...[...SKIP_TAGS].map((t): [string, number] => [t, TAG_SKIP]),
]);

/**
 * The element's tag name in upper case. An HTML element's tagName already is, so only SVG/MathML/XHTML
 * names (lower-case first letter) pay for `toUpperCase`: this runs once per element of the page.
 */
export function upperTag(tagName: string): string {
  const code = tagName.charCodeAt(0);
  return code >= 97 && code <= 122 ? tagName.toUpperCase() : tagName;
}

/** `TAG_BLOCK`, `TAG_SKIP` or 0 for the element's tag (`tag`: its `upperTag`, when known). */
export function tagKind(el: Element, tag = upperTag(el.tagName)): number {
  return TAG_KIND.get(tag) ?? 0;
}

/**
 * The element's attribute names, or null when it has none. Read once per element, they answer every
 * attribute question of the extractor and the annotator with one or two DOM calls instead of one per
 * question (most elements of an article have no attribute, or only a class).
 */
export function attributeNames(el: Element): readonly string[] | null {
  return el.hasAttributes() ? el.getAttributeNames() : null;
}

/** True when the element and everything inside it must not be read. */
export function isSkipped(el: Element): boolean {
  return tagKind(el) === TAG_SKIP || skippedByAttributes(el);
}

/**
 * The attribute half of `isSkipped`: hidden, aria-hidden, editable or inline display:none.
 * `names`: the element's `attributeNames`, when the caller read them already.
 */
export function skippedByAttributes(el: Element, names = attributeNames(el)): boolean {
  if (!names) return false;
  for (const name of names) {
    if (name === 'hidden') return true;
    // Spelled out rather than a list lookup: this runs for every attribute of every element read.
    if (
      (name === 'aria-hidden' || name === 'contenteditable' || name === 'style') &&
      attributeSkips(name, el.getAttribute(name))
    )
      return true;
  }
  return false;
}

/** The attributes that can make an element's text unread (`attributeSkips`). */
export const SKIPPING_ATTRIBUTES = ['hidden', 'aria-hidden', 'contenteditable', 'style'];

/** Whether attribute `name` with `value` (null: absent) makes the element's text unread. */
export function attributeSkips(name: string, value: string | null): boolean {
  if (value === null) return false;
  if (name === 'hidden') return true;
  if (name === 'aria-hidden') return value === 'true';
  if (name === 'contenteditable') return value !== 'false';
  // An inline display:none is cheap to see without layout; stylesheet-hidden text is not detectable here.
  if (name === 'style') return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(value);
  return false;
}
