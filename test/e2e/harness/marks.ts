/** What a page shows: for tests that compare a marked page with the same page left alone. */
import type { TestPage } from './session.ts';

/** The text inside `selector` as the reader sees it, and the marks on the page per entry id (first pieces). */
export function snapshot(page: TestPage, selector: string) {
  return page.evaluate((sel: string) => {
    const ids: Record<string, number> = {};
    for (const m of document.querySelectorAll('standpoint-mark:not([data-sp-part])')) {
      const id = m.getAttribute('data-sp-id') ?? '';
      ids[id] = (ids[id] ?? 0) + 1;
    }
    // innerText on purpose: the promise is about the text as the reader sees it.
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what is compared
    return { text: (document.querySelector(sel) as HTMLElement | null)?.innerText ?? '', ids };
  }, selector);
}
