// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator } from '../../../src/annotator/engine.ts';
import { MARK_TAG } from '../../../src/annotator/highlighter.ts';
import { makeTranslate } from '../../../src/annotator/i18n.ts';
import { createInteraction, HOVER_OPEN_MS, type Interaction } from '../../../src/annotator/interaction.ts';
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

let interaction: Interaction | null = null;
afterEach(() => {
  interaction?.destroy();
  interaction = null;
  vi.useRealTimers();
});

async function setup() {
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
    pageIds: () => [...engine.result().counts.keys()],
    loadDetails: async (ids) => {
      loads.push(ids);
      return details;
    },
    articleDate: null,
    openOverview: () => undefined,
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

  it('destroy removes the tooltip and its listeners', async () => {
    const { host } = await setup();
    interaction!.destroy();
    interaction = null;
    expect(host.isConnected).toBe(false);
    (document.querySelector(MARK_TAG) as HTMLElement).click();
    expect(document.querySelector('standpoint-tooltip')).toBeNull();
  });
});
