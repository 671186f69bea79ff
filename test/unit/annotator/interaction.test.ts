// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator } from '../../../src/annotator/engine.ts';
import { MARK_TAG } from '../../../src/annotator/highlighter.ts';
import { makeTranslate } from '../../../src/annotator/i18n.ts';
import { createInteraction, HOVER_OPEN_MS, type Interaction } from '../../../src/annotator/interaction.ts';
import type { TooltipApi } from '../../../src/annotator/tooltip/api.ts';
import { createTooltipHost } from '../../../src/annotator/tooltip/host.ts';
import { buildView, referencedIds } from '../../../src/annotator/tooltip/model.ts';
import { TOOLTIP_STRINGS } from '../../../src/annotator/tooltip/strings.ts';
import { createTooltipLoader, type TooltipLoader } from '../../../src/annotator/tooltip-loader.ts';
import type { Matcher } from '../../../src/annotator/types.ts';
import type { EntryDetails } from '../../../src/messaging/protocol.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/types.ts';

const matcher: Matcher = {
  find(text) {
    const out = [];
    for (const m of text.matchAll(/ceasefire|Ukraine/g))
      out.push({
        id: m[0] === 'Ukraine' ? 'ukraine' : 'ceasefire',
        kind: m[0] === 'Ukraine' ? ('party' as const) : ('proposal' as const),
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
      });
    return out;
  },
};

const details: EntryDetails = {
  asOf: '2026-01-10',
  entries: [
    {
      id: 'ukraine',
      kind: 'party',
      type: 'state',
      names: { en: ['Ukraine'], uk: ['Україна'] },
      description: { en: 'Ukraine.', uk: 'Україна.' },
    },
    {
      id: 'ceasefire',
      kind: 'proposal',
      names: { en: ['ceasefire'], uk: ['перемир’я'] },
      description: { en: 'A ceasefire.', uk: 'Перемир’я.' },
    },
  ],
  positions: [],
};

/** The real tooltip UI, as tooltip.js hands it over (the loader registers its strings). */
const api: TooltipApi = { createTooltipHost, buildView, referencedIds, strings: TOOLTIP_STRINGS };

/** A loader whose UI is already there (the state after the first hover of a page). */
async function loadedUi(): Promise<TooltipLoader> {
  const ui = createTooltipLoader({ inject: async () => true, read: () => api });
  await ui.load();
  return ui;
}

let interaction: Interaction | null = null;
afterEach(() => {
  interaction?.destroy();
  interaction = null;
  vi.useRealTimers();
});

async function setup(ui?: TooltipLoader) {
  document.body.innerHTML =
    '<article id="a"><p>Ukraine wants a ceasefire.</p><p>Another ceasefire.</p></article>';
  const engine = createAnnotator({
    root: document,
    matcher,
    settings: DEFAULT_SETTINGS,
    findArticle: (d) => d.getElementById('a'),
  });
  await engine.annotate();
  const loads: string[][] = [];
  interaction = createInteraction({
    doc: document,
    settings: DEFAULT_SETTINGS,
    t: makeTranslate('en'),
    lang: 'en',
    marks: () => engine.marks(),
    focused: (mark) => engine.focused(mark),
    pageIds: () => [...engine.result().counts.keys()],
    loadDetails: async (ids) => {
      loads.push(ids);
      return details;
    },
    articleDate: null,
    openOverview: () => undefined,
    ui: ui ?? (await loadedUi()),
  });
  const host = document.querySelector('standpoint-tooltip') as HTMLElement;
  return { engine, loads, host };
}

const key = (init: KeyboardEventInit) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));

describe('interaction', () => {
  it('opens on hover after the intent delay, fetching details once, and closes on Escape', async () => {
    const { host, loads } = await setup();
    vi.useFakeTimers();
    const mark = document.querySelector(`${MARK_TAG}[data-sp-id="ceasefire"]`)!;
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(host.hidden).toBe(true);
    await vi.advanceTimersByTimeAsync(HOVER_OPEN_MS + 10);
    expect(host.hidden).toBe(false);
    expect(host.getAttribute('role')).toBe('tooltip');
    expect(mark.getAttribute('aria-describedby')).toBe('standpoint-tooltip');
    await vi.waitFor(() =>
      expect(host.shadowRoot?.querySelector('.card')?.getAttribute('data-state')).toBe('ready'),
    );
    expect(loads[0]).toEqual(['ceasefire', 'ukraine']);
    key({ key: 'Escape' });
    expect(host.hidden).toBe(true);
    expect(mark.hasAttribute('aria-describedby')).toBe(false);
  });

  it('a click pins it as a dialog; a second click closes it', async () => {
    const { host } = await setup();
    const mark = document.querySelector(`${MARK_TAG}[data-sp-id="ceasefire"]`) as HTMLElement;
    mark.click();
    expect(host.hidden).toBe(false);
    expect(host.getAttribute('role')).toBe('dialog');
    mark.click();
    expect(host.hidden).toBe(true);
  });

  it('a mouse press leaves a mark unfocusable for that press only, so a drag from it selects text', async () => {
    await setup();
    const mark = document.querySelector(`${MARK_TAG}[data-sp-id="ceasefire"]`) as HTMLElement;
    const before = mark.getAttribute('tabindex');
    expect(before).not.toBeNull();
    mark.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'mouse', button: 0 }));
    expect(mark.hasAttribute('tabindex')).toBe(false);
    await new Promise((r) => setTimeout(r, 5));
    expect(mark.getAttribute('tabindex')).toBe(before);
    // A touch keeps it focusable (no text selection starts from a tap).
    mark.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch', button: 0 }));
    expect(mark.getAttribute('tabindex')).toBe(before);
  });

  it('Alt+Shift+N typed into a form field or an editor stays there', async () => {
    await setup();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<textarea id="t"></textarea><div id="e" contenteditable="true">x</div>',
    );
    for (const id of ['t', 'e']) {
      const field = document.getElementById(id)!;
      field.focus();
      const ev = new KeyboardEvent('keydown', {
        bubbles: true,
        cancelable: true,
        key: 'N',
        code: 'KeyN',
        altKey: true,
        shiftKey: true,
      });
      field.dispatchEvent(ev);
      expect(ev.defaultPrevented, id).toBe(false);
      expect(document.activeElement, id).toBe(field);
    }
    // Elsewhere the shortcut still moves to a mark.
    (document.activeElement as HTMLElement).blur();
    key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(document.activeElement?.localName).toBe(MARK_TAG);
  });

  it('a click that ends a text selection does not pin the tooltip', async () => {
    const { host } = await setup();
    const mark = document.querySelector(`${MARK_TAG}[data-sp-id="ceasefire"]`) as HTMLElement;
    document.getSelection()!.selectAllChildren(mark.parentElement!);
    mark.click();
    expect(host.hidden).toBe(true);
    document.getSelection()!.removeAllRanges();
    mark.click();
    expect(host.hidden).toBe(false);
  });

  it('a double-click that selects a word on a mark leaves no tooltip pinned', async () => {
    const { host } = await setup();
    const mark = document.querySelector(`${MARK_TAG}[data-sp-id="ceasefire"]`) as HTMLElement;
    // The first click pins, as any click does; the browser then selects the word and clicks again.
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    expect(host.getAttribute('role')).toBe('dialog');
    document.getSelection()!.selectAllChildren(mark);
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 2 }));
    expect(host.hidden).toBe(true);
    // A triple-click's third click selects the paragraph and opens nothing.
    document.getSelection()!.selectAllChildren(mark.parentElement!);
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 3 }));
    expect(host.hidden).toBe(true);
    document.getSelection()!.removeAllRanges();
  });

  it('Alt+Shift+N and Alt+Shift+P move focus between marks, which opens their tooltip', async () => {
    const { host } = await setup();
    const order = () => document.activeElement?.getAttribute('aria-label');
    key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(order()).toBe('Party: Ukraine');
    expect(host.hidden).toBe(false);
    key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(order()).toBe('Proposal: ceasefire');
    key({ key: 'P', code: 'KeyP', altKey: true, shiftKey: true });
    expect(order()).toBe('Party: Ukraine');
  });

  it('the mark focus moves to becomes the one mark in the Tab order', async () => {
    await setup();
    const stops = () =>
      [...document.querySelectorAll(`${MARK_TAG}[tabindex="0"]`)].map((m) => m.getAttribute('aria-label'));
    expect(stops()).toEqual(['Party: Ukraine']);
    key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Proposal: ceasefire');
    expect(stops()).toEqual(['Proposal: ceasefire']);
    // Focus given by the page or the reader (a click, a screen reader), not by the shortcut, counts too.
    const last = [...document.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-sp-id="ceasefire"]`)].at(-1)!;
    last.focus();
    expect(stops()).toEqual(['Proposal: ceasefire']);
    expect(document.querySelector(`${MARK_TAG}[tabindex="0"]`)).toBe(last);
  });

  it('without the UI loaded, the first pointer on a mark loads it once and the hover then opens', async () => {
    let injections = 0;
    let release: (ok: boolean) => void = () => undefined;
    const ui = createTooltipLoader({
      inject: () => {
        injections++;
        return new Promise<boolean>((resolve) => {
          release = resolve;
        });
      },
      read: () => api,
    });
    await setup(ui);
    expect(document.querySelector('standpoint-tooltip')).toBeNull();
    vi.useFakeTimers();
    const marks = document.querySelectorAll(MARK_TAG);
    marks[0]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    marks[1]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    // Loading starts at once (before the open delay) and is shared by every later request.
    expect(injections).toBe(1);
    await vi.advanceTimersByTimeAsync(HOVER_OPEN_MS + 10);
    expect(document.querySelector('standpoint-tooltip')).toBeNull();
    release(true);
    await vi.advanceTimersByTimeAsync(0);
    const host = document.querySelector('standpoint-tooltip') as HTMLElement;
    expect(host.hidden).toBe(false);
    expect(host.getAttribute('role')).toBe('tooltip');
    expect(marks[1]!.getAttribute('aria-describedby')).toBe('standpoint-tooltip');
    expect(injections).toBe(1);
  });

  it('a failed load leaves the page as it was, and the next hover tries again', async () => {
    const results = [false, true];
    let injections = 0;
    const ui = createTooltipLoader({ inject: async () => results[injections++] ?? true, read: () => api });
    await setup(ui);
    const mark = document.querySelector(`${MARK_TAG}[data-sp-id="ceasefire"]`) as HTMLElement;
    mark.click();
    await vi.waitFor(() => expect(injections).toBe(1));
    await Promise.resolve();
    expect(document.querySelector('standpoint-tooltip')).toBeNull();
    mark.click();
    await vi.waitFor(() => expect(document.querySelector('standpoint-tooltip')).not.toBeNull());
    expect(injections).toBe(2);
    const host = document.querySelector('standpoint-tooltip') as HTMLElement;
    expect(host.hidden).toBe(false);
    expect(host.getAttribute('role')).toBe('dialog');
  });

  /** A loader whose injection finishes only when the test calls `release`. */
  function heldLoader() {
    let done: (ok: boolean) => void = () => undefined;
    const ui = createTooltipLoader({
      inject: () =>
        new Promise<boolean>((resolve) => {
          done = resolve;
        }),
      read: () => api,
    });
    return { ui, release: (ok: boolean) => done(ok) };
  }

  it('Enter on a mark waits for the UI, then pins the tooltip as a dialog', async () => {
    const { ui, release } = heldLoader();
    await setup(ui);
    const mark = document.querySelector(`${MARK_TAG}[data-sp-id="ceasefire"]`) as HTMLElement;
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(document.querySelector('standpoint-tooltip')).toBeNull();
    release(true);
    await vi.waitFor(() => expect(document.querySelector('standpoint-tooltip')).not.toBeNull());
    const host = document.querySelector('standpoint-tooltip') as HTMLElement;
    expect(host.hidden).toBe(false);
    expect(host.getAttribute('role')).toBe('dialog');
    expect(mark.getAttribute('aria-describedby')).toBe('standpoint-tooltip');
  });

  it('a UI that arrives after destroy creates nothing', async () => {
    const { ui, release } = heldLoader();
    await setup(ui);
    (document.querySelector(MARK_TAG) as HTMLElement).click();
    interaction!.destroy();
    interaction = null;
    release(true);
    await ui.load();
    await Promise.resolve();
    expect(document.querySelector('standpoint-tooltip')).toBeNull();
  });

  it('destroy removes the tooltip and its listeners', async () => {
    const { host } = await setup();
    interaction!.destroy();
    interaction = null;
    expect(host.isConnected).toBe(false);
    (document.querySelector(MARK_TAG) as HTMLElement).click();
    expect(document.querySelector('standpoint-tooltip')).toBeNull();
  });
});
