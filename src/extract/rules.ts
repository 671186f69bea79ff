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

/** True when the element and everything inside it must not be read. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(tagOf(el))) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // An inline display:none is cheap to see without layout; stylesheet-hidden text is not detectable here.
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}
