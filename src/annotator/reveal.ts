/** "Show me on the page": scroll to the next mark of an entry and flash it briefly. */
import { MARK_TAG } from './highlighter.ts';

const FLASH_MS = 1600;
const lastShown = new WeakMap<Document, { id: string; index: number }>();

/** Scrolls to the next mark of `id` (cycling) and flashes it; false when the page has none. */
export function revealEntry(doc: Document, id: string): boolean {
  const marks = [...doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-sp-id="${CSS.escape(id)}"]`)].filter(
    (m) => !m.hasAttribute('data-sp-part'),
  );
  if (marks.length === 0) return false;
  const prev = lastShown.get(doc);
  const index = prev?.id === id ? (prev.index + 1) % marks.length : 0;
  lastShown.set(doc, { id, index });
  const mark = marks[index]!;
  const still = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  mark.setAttribute('data-sp-flash', '');
  setTimeout(() => mark.removeAttribute('data-sp-flash'), FLASH_MS);
  return true;
}
