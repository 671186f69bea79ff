/**
 * The page's background can change after the first pass picked the marks' palette (page-style.ts):
 * the reader flips the site's dark-mode switch (a class or attribute on <html>, <body> or a wrapper
 * around the article), or the system turns dark and the site follows `prefers-color-scheme`. Dark
 * marks on a page turned dark are hard to see, so the palette is picked again.
 *
 * Cheap on purpose: one observer on the article and its ancestors only (their own attributes, a
 * dozen elements, never the subtree), and the check, a style read per ancestor, runs at most once a
 * frame, never inside the observer callback.
 */

export interface ThemeWatchOptions {
  doc: Document;
  /** The element being annotated (its background decides the palette), or null. */
  scope: () => Element | null;
  /** Something the background may depend on changed: pick the palette again. */
  onChange: () => void;
}

export interface ThemeWatch {
  /** Follows a new article element after a full pass found one. */
  rescope(): void;
  stop(): void;
}

// Standpoint's own flag on <html> and the accessibility state pages toggle on body paint nothing.
const PAINTLESS = /^(data-standpoint|aria-)/;

export function watchTheme(opts: ThemeWatchOptions): ThemeWatch {
  const { doc } = opts;
  const win = doc.defaultView!;
  let watched: Element | null = null;
  let frame: number | undefined;
  const check = () => {
    frame = undefined;
    opts.onChange();
  };
  const soon = () => {
    frame ??= win.requestAnimationFrame(check);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !PAINTLESS.test(r.attributeName ?? ''))) soon();
  });
  const scheme = win.matchMedia?.('(prefers-color-scheme: dark)');
  scheme?.addEventListener('change', soon);

  function rescope(): void {
    const scope = opts.scope();
    if (scope === watched) return;
    observer.disconnect();
    watched = scope;
    for (let el = scope; el; el = el.parentElement) observer.observe(el, { attributes: true });
  }

  rescope();
  return {
    rescope,
    stop() {
      observer.disconnect();
      scheme?.removeEventListener('change', soon);
      if (frame !== undefined) win.cancelAnimationFrame(frame);
      frame = undefined;
      watched = null;
    },
  };
}
