/**
 * Copying from an annotated article gives what the article says, without Standpoint. Chromium puts
 * a selection on the clipboard as HTML with every element's matched styles written inline: a mark's
 * `all: unset` alone comes out as some 300 declarations, beside its role, label and data attributes.
 * Pasted into a mail or a document, a quote would carry Standpoint's underlines and markup.
 *
 * So when the selection holds a mark (or lies inside one), this listener fills the clipboard itself:
 * the selection's plain text, and HTML of the selected nodes with every mark unwrapped, in a span
 * that carries the text's own look (the computed font and colour the browser would write inline).
 * Any other copy is left to the browser.
 *
 * The page comes first: it listens on window in the bubble phase, after the page's own handlers,
 * and a copy the page already handled (`defaultPrevented`: "read more at…" footers) is left alone.
 */
import { MARK_TAG, markOf } from './highlighter.ts';

/** What the browser writes inline for copied text's look (Chromium's editing style, in short). */
const LOOK = [
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-variant-ligatures',
  'font-variant-caps',
  'font-weight',
  'letter-spacing',
  'orphans',
  'text-align',
  'text-indent',
  'text-transform',
  'widows',
  'word-spacing',
  'white-space',
];

/** The selection's nodes with the marks unwrapped, as HTML in the text's own look; null without a mark. */
export function copiedHtml(doc: Document, sel: Selection): string | null {
  const box = doc.createElement('div');
  for (let i = 0; i < sel.rangeCount; i++) box.append(sel.getRangeAt(i).cloneContents());
  // Where the first range lies: inside a mark, the browser would copy the mark's styles as context.
  const around = sel.getRangeAt(0).commonAncestorContainer;
  const aroundMark = markOf(around);
  const marks = box.querySelectorAll(MARK_TAG);
  if (marks.length === 0 && !aroundMark) return null;
  for (const mark of marks) mark.replaceWith(...mark.childNodes);
  // The clone is Standpoint's own: the pieces a mark split are one text node again.
  box.normalize();
  const look = doc.createElement('span');
  const context = aroundMark?.parentElement ?? (around instanceof Element ? around : around.parentElement);
  const style = context ? doc.defaultView?.getComputedStyle(context) : null;
  if (style) for (const name of LOOK) look.style.setProperty(name, style.getPropertyValue(name));
  look.append(...box.childNodes);
  box.append(look);
  return box.getHTML();
}

/** Starts filling the clipboard for copies that hold a mark; returns a stop function. */
export function cleanCopy(doc: Document): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  const onCopy = (event: Event) => {
    const e = event as ClipboardEvent;
    if (e.defaultPrevented || !e.clipboardData) return;
    const sel = doc.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    const html = copiedHtml(doc, sel);
    if (html === null) return;
    // As the browser copies it: a no-break space is a space on the clipboard.
    e.clipboardData.setData('text/plain', sel.toString().replace(/\u00a0/g, ' '));
    e.clipboardData.setData('text/html', html);
    e.preventDefault();
  };
  win.addEventListener('copy', onCopy);
  return () => win.removeEventListener('copy', onCopy);
}
