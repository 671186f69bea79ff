/**
 * Waiting for a page to turn to the war: where the first check (topic-words.ts) found nothing, the
 * page may still get there, as a live story updates or a single-page site loads its next article.
 * One MutationObserver collects the text that arrives; a check of that text runs at most once per
 * interval, in a timer, never in the observer callback. Nothing is written to the page.
 */
/** Checks of new text happen at most this often. */
export const TOPIC_WATCH_MS = 300;

/**
 * Calls `onFound` once the page holds text `mayBeAboutTheWar` accepts, then stops. Returns a stop
 * function. What is checked is the element around each change, not the change alone: a name can
 * arrive in pieces ("Zelen" + "<b>sky</b>"), and the page reads it whole.
 */
export function watchForTopic(
  doc: Document,
  mayBeAboutTheWar: (text: string) => boolean,
  onFound: () => void,
): () => void {
  const win = doc.defaultView!;
  let changed = new Set<Node>();
  let timer: number | undefined;

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const around = r.type === 'characterData' ? r.target.parentNode : r.target;
      if (around && (r.type === 'characterData' || r.addedNodes.length > 0)) changed.add(around);
    }
    timer ??= win.setTimeout(check, TOPIC_WATCH_MS);
  });

  function check(): void {
    timer = undefined;
    // Joined with line breaks: two pieces of text never make one word.
    const text = [...changed].map((n) => (n.isConnected ? n.textContent : '')).join('\n');
    changed = new Set();
    if (!mayBeAboutTheWar(text)) return;
    stop();
    onFound();
  }

  function stop(): void {
    // Disconnecting drops any records not yet delivered, and the timer goes: nothing runs after this.
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
    changed = new Set();
  }

  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return stop;
}
