/**
 * How a reader reaches a tooltip: one delegated set of listeners on the document (no listener per
 * mark), hover with an intent delay and a grace period to travel into the tooltip, click/tap to pin,
 * Escape to close, focus to open, and Alt+Shift+N / Alt+Shift+P to move between marks.
 *
 * Data comes from `loadDetails` (the background) on first open and is cached for the page. The
 * tooltip UI itself comes from `ui` (tooltip-loader.ts): the first pointer or focus on a mark starts
 * loading it, so it is usually there before the hover delay ends; until then nothing is drawn, and a
 * failed load leaves the mark without a tooltip until the next attempt.
 */
import type { IsoDate } from '../data/types.ts';
import type { EntryDetails } from '../messaging/protocol.ts';
import type { Settings } from '../settings/types.ts';
import { MARK_TAG, markOf } from './highlighter.ts';
import type { Translate } from './i18n.ts';
import type { TooltipApi } from './tooltip/api.ts';
import type { TooltipHost } from './tooltip/host.ts';
import type { UiLang } from './tooltip/model.ts';
import type { TooltipState } from './tooltip/Tooltip.tsx';
import type { TooltipLoader } from './tooltip-loader.ts';

/** Delay before a hovered mark opens its tooltip (a pointer merely passing by opens nothing). */
export const HOVER_OPEN_MS = 180;
/** Grace period after the pointer leaves a mark or tooltip, enough to cross the gap between them. */
export const HOVER_CLOSE_MS = 300;

export interface InteractionOptions {
  doc: Document;
  settings: Settings;
  t: Translate;
  lang: UiLang;
  /** Marks in document order. */
  marks: () => HTMLElement[];
  /** Focus came to a mark (its first piece): the engine keeps it as the one mark in the Tab order. */
  focused?: (mark: HTMLElement) => void;
  /** Ids marked on the page (fetched together on first open; a party's positions on them come first). */
  pageIds: () => string[];
  loadDetails: (ids: string[]) => Promise<EntryDetails>;
  articleDate: IsoDate | null;
  openOverview: (hash: string) => void;
  /** The tooltip UI, loaded on first use. */
  ui: TooltipLoader;
}

export interface Interaction {
  open(mark: HTMLElement, pinned: boolean): void;
  close(): void;
  /** Moves focus to the next (+1) or previous (-1) mark; returns it. */
  move(step: 1 | -1): HTMLElement | null;
  update(next: Pick<InteractionOptions, 'settings' | 't' | 'lang'>): void;
  destroy(): void;
}

/** Whether keys pressed at `target` are typed into something: a form field or editable text. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const tag = target.localName;
  if (tag === 'input' || tag === 'textarea' || tag === 'select') return true;
  return (target as HTMLElement).isContentEditable === true;
}

/** The focusable first piece of a mention (later pieces of a mention split across nodes are not). */
function headOf(mark: HTMLElement): HTMLElement {
  if (!mark.hasAttribute('data-sp-part')) return mark;
  let el: Element | null = mark;
  const id = mark.getAttribute('data-sp-id');
  const all = [
    ...(mark.ownerDocument.querySelectorAll(`${MARK_TAG}[data-sp-id="${CSS.escape(id ?? '')}"]`) ?? []),
  ];
  const i = all.indexOf(mark);
  for (let k = i; k >= 0; k--) {
    el = all[k]!;
    if (!el.hasAttribute('data-sp-part')) return el as HTMLElement;
  }
  return mark;
}

/** Wires the listeners; everything is removed by `destroy()`. */
export function createInteraction(opts: InteractionOptions): Interaction {
  const { doc } = opts;
  let { settings, t, lang } = opts;
  let tooltip: TooltipHost | null = null;
  let destroyed = false;
  const cache: EntryDetails = { asOf: '', entries: [], positions: [] };
  const have = new Set<string>();
  let pinned = false;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let renderToken = 0;
  // Focus handed back to a mark on close must not reopen its tooltip.
  let returningFocus = false;
  const abort = new AbortController();

  /** The tooltip host, created once the UI is loaded (and at once when it already is). */
  function ready(api: TooltipApi | null): TooltipHost | null {
    if (!tooltip && api && !destroyed) tooltip = api.createTooltipHost(doc, settings.theme);
    return tooltip;
  }
  ready(opts.ui.current());

  /** Starts loading the UI ahead of need (pointer or focus on a mark); failures wait for the next try. */
  function warm(): void {
    if (!tooltip) opts.ui.load().then(ready, () => undefined);
  }

  const inTooltip = (node: EventTarget | null) => {
    const host = tooltip?.element;
    return !!host && node instanceof Node && (node === host || host.contains(node));
  };
  const isOpen = () => tooltip?.isOpen() ?? false;

  async function ensure(ids: string[]): Promise<void> {
    const missing = ids.filter((id) => !have.has(id));
    if (missing.length === 0) return;
    const got = await opts.loadDetails(missing);
    for (const id of missing) have.add(id);
    cache.asOf = got.asOf || cache.asOf;
    const known = new Set(cache.entries.map((e) => e.id));
    for (const e of got.entries) if (!known.has(e.id)) cache.entries.push(e);
    const knownPos = new Set(cache.positions.map((p) => p.id));
    for (const p of got.positions) if (!knownPos.has(p.id)) cache.positions.push(p);
  }

  function draw(mark: HTMLElement, state: TooltipState): void {
    tooltip?.show(mark, {
      state,
      mention: mark.getAttribute('aria-label') ?? mark.textContent ?? '',
      t,
      pinned,
      onOpenOverview: opts.openOverview,
      onClose: () => close(true),
    });
  }

  /**
   * Opens the tooltip of `markIn`; resolves once it is drawn (at once when the UI is loaded), or
   * without drawing when the UI cannot be loaded or another open or close came first.
   */
  function open(markIn: HTMLElement, pin: boolean): Promise<void> {
    const mark = headOf(markIn);
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    pinned = pin;
    const token = ++renderToken;
    const api = opts.ui.current();
    if (api && ready(api)) {
      show(api, mark, token);
      return Promise.resolve();
    }
    return opts.ui.load().then(
      (loaded) => {
        if (token === renderToken && ready(loaded)) show(loaded, mark, token);
      },
      () => undefined,
    );
  }

  function show(api: TooltipApi, mark: HTMLElement, token: number): void {
    const id = mark.getAttribute('data-sp-id') ?? '';
    const view = () => {
      const v = api.buildView(id, cache, lang, opts.pageIds(), opts.articleDate);
      return v ? ({ status: 'ready', view: v, asOf: cache.asOf } as const) : ({ status: 'error' } as const);
    };
    if (have.has(id)) draw(mark, view());
    else draw(mark, { status: 'loading' });
    ensure([...new Set([id, ...opts.pageIds()])])
      .then(() => ensure(api.referencedIds(id, cache)))
      .then(
        () => token === renderToken && draw(mark, view()),
        () => token === renderToken && draw(mark, { status: 'error' }),
      );
  }

  function close(returnFocus = false): void {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    const anchor = tooltip?.anchor() ?? null;
    const hadFocus = inTooltip(doc.activeElement);
    renderToken++;
    pinned = false;
    tooltip?.hide();
    if (anchor && (returnFocus || hadFocus)) {
      returningFocus = true;
      anchor.focus({ preventScroll: true });
      returningFocus = false;
    }
  }

  function scheduleClose(): void {
    if (pinned) return;
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => close(), HOVER_CLOSE_MS);
  }

  function move(step: 1 | -1): HTMLElement | null {
    const list = opts.marks().filter((m) => !m.hasAttribute('data-sp-part'));
    if (list.length === 0) return null;
    const current = markOf(doc.activeElement) ?? tooltip?.anchor() ?? null;
    const i = current ? list.indexOf(headOf(current)) : -1;
    const next = list[(i + step + list.length) % list.length] ?? list[0]!;
    if (i === -1 && step === -1) list[list.length - 1]!.focus();
    else next.focus();
    return markOf(doc.activeElement);
  }

  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, fn, { capture: true, signal: abort.signal });

  on('pointerover', (e) => {
    if (inTooltip(e.target)) {
      clearTimeout(closeTimer);
      return;
    }
    const mark = markOf(e.target);
    if (!mark) return;
    warm();
    clearTimeout(closeTimer);
    if (settings.trigger !== 'hover' || pinned) return;
    if (tooltip?.anchor() === headOf(mark) && isOpen()) return;
    clearTimeout(openTimer);
    openTimer = setTimeout(() => open(mark, false), HOVER_OPEN_MS);
  });

  on('pointerout', (e) => {
    const fromMark = markOf(e.target);
    if (!fromMark && !inTooltip(e.target)) return;
    const to = e.relatedTarget;
    if (inTooltip(to)) return;
    const toMark = markOf(to);
    if (toMark && fromMark && headOf(toMark) === headOf(fromMark)) return;
    clearTimeout(openTimer);
    if (isOpen()) scheduleClose();
  });

  // Chromium starts no text selection from a press on a focusable element, so a reader could not
  // select a quote from a marked word. For a mouse press the mark is not focusable; it is again in
  // the next task (keyboard and screen-reader users reach marks by focus).
  on('pointerdown', (e) => {
    if (e.pointerType !== 'mouse' || e.button !== 0) return;
    const mark = markOf(e.target);
    const tabindex = mark?.getAttribute('tabindex');
    if (!mark || tabindex == null) return;
    mark.removeAttribute('tabindex');
    setTimeout(() => {
      if (!mark.hasAttribute('tabindex')) mark.setAttribute('tabindex', tabindex);
    }, 0);
  });

  on('click', (e) => {
    if (inTooltip(e.target)) return;
    const mark = markOf(e.target);
    // A click that ends selecting text (a drag, a double-click on a word) is the reader selecting,
    // not asking for the tooltip. The first click of a double-click pinned it: the second unpins.
    if (mark && !(doc.getSelection()?.isCollapsed ?? true)) {
      if (e.detail >= 2 && pinned && tooltip?.anchor() === headOf(mark)) close();
      return;
    }
    if (mark) {
      if (pinned && tooltip?.anchor() === headOf(mark)) close();
      else void open(mark, true);
      return;
    }
    if (isOpen()) close();
  });

  on('keydown', (e) => {
    if (e.key === 'Escape' && isOpen()) {
      close(pinned || inTooltip(doc.activeElement));
      return;
    }
    if (e.altKey && e.shiftKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      // Typing in a field keeps its keys (on a Mac, Option+Shift+N types a character).
      if (isTyping(e.composedPath()[0] ?? e.target)) return;
      if (opts.marks().length === 0) return;
      e.preventDefault();
      move(e.code === 'KeyN' ? 1 : -1);
      return;
    }
    const mark = markOf(e.target);
    if (mark && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      // Keyboard users get into the pinned tooltip (its links and "All positions") right away.
      void open(mark, true).then(() => {
        if (pinned) (tooltip?.element.shadowRoot?.querySelector('a,button') as HTMLElement | null)?.focus();
      });
    }
  });

  on('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) opts.focused?.(headOf(mark));
    if (returningFocus || !mark) return;
    if (!(pinned && tooltip?.anchor() === headOf(mark))) void open(mark, false);
  });

  on('focusout', (e) => {
    if (pinned) return;
    const to = e.relatedTarget;
    if (inTooltip(to) || markOf(to)) return;
    if (markOf(e.target) || inTooltip(e.target)) close();
  });

  return {
    open: (mark, pin) => void open(mark, pin),
    close: () => close(),
    move,
    update(next) {
      ({ settings, t, lang } = { ...next });
      tooltip?.setTheme(settings.theme);
      if (isOpen()) close();
    },
    destroy() {
      destroyed = true;
      renderToken++;
      abort.abort();
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      tooltip?.destroy();
      tooltip = null;
    },
  };
}
