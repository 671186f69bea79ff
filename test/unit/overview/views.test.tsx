// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, currentViewCsv } from '../../../src/overview/App.tsx';
import { parseHash } from '../../../src/overview/model/hash.ts';
import { makeDataset } from './fixture.ts';

let root: HTMLElement;

async function mount(hash: string, lang: 'en' | 'uk' = 'en') {
  history.replaceState(null, '', `#${hash}`);
  await act(() => {
    render(
      <App dataset={makeDataset()} defaultLang={lang} findIds={(t) => (t === 'Путіна' ? ['putin'] : [])} />,
      root,
    );
  });
}

const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const cell = (subject: string, party: string) => $(`[data-cell="${subject}|${party}"]`)!;

async function setDate(value: string) {
  const input = $<HTMLInputElement>('#as-of')!;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('matrix view', () => {
  it('is a real table: caption, column and row headers', async () => {
    await mount('view=matrix&date=2025-04-25');
    const table = $('table.matrix')!;
    expect(table.querySelector('caption')?.textContent).toContain('2025-04-25');
    const cols = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent);
    expect(cols).toEqual(['Proposal or plan', 'United States', 'Ukraine', 'Vladimir Putin']);
    const rows = [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent);
    expect(rows).toEqual(['Ceasefire', 'Crimea recognition', 'The US framework']);
  });

  it('shows stance as word and symbol, and marks a change', async () => {
    await mount('view=matrix&date=2025-04-25');
    const us = cell('crimea-recognition', 'us');
    expect(us.dataset.stance).toBe('supports');
    expect(us.textContent).toContain('supports');
    expect(us.textContent).toContain('✓');
    expect(us.dataset.changed).toBe('true');
    expect(us.textContent).toContain('changed from “opposes” (2025-03-01)');
  });

  it('moving the date changes the cell, and later positions never show', async () => {
    await mount('view=matrix&date=2025-04-25');
    await setDate('2025-04-19');
    expect(cell('crimea-recognition', 'us').dataset.stance).toBe('opposes');
    expect(cell('crimea-recognition', 'ukraine').dataset.stance).toBe('none');
    expect(location.hash).toContain('date=2025-04-19');
    // Putin's position of 2025-06-01 is after asOf: the date control cannot reach it.
    await setDate('2025-12-31');
    expect($<HTMLInputElement>('#as-of')!.max).toBe('2025-05-01');
    expect(cell('crimea-recognition', 'putin').dataset.stance).toBe('none');
    expect(root.textContent).not.toContain('2025-06-01');
  });

  it('opens a cell: summary, sources with links, earlier positions', async () => {
    await mount('view=matrix&date=2025-04-25');
    await act(() => cell('crimea-recognition', 'us').click());
    const details = $('[data-details="crimea-recognition|us"]')!;
    expect(details.querySelector('h2')?.textContent).toBe('United States on Crimea recognition');
    expect(details.textContent).toContain('us supports crimea-recognition on 2025-04-20');
    expect(details.querySelector('a[href="https://edition.cnn.com/x"]')?.getAttribute('rel')).toContain(
      'noopener',
    );
    expect(details.textContent).toContain('Earlier positions');
    expect(cell('crimea-recognition', 'us').getAttribute('aria-pressed')).toBe('true');
    // The open cell is the one in the Tab order.
    expect($$('[data-cell][tabindex="0"]').map((b) => b.dataset.cell)).toEqual(['crimea-recognition|us']);
    // Escape closes the details and puts focus back on the cell.
    await act(() => {
      details.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect($('[data-details]')).toBeNull();
    expect(document.activeElement).toBe(cell('crimea-recognition', 'us'));
  });

  it('opens the cell named by a deep link and highlights its row', async () => {
    await mount('view=matrix&proposal=crimea-recognition&party=ukraine&date=2025-04-25');
    expect($('tr.is-focus th[scope="row"]')?.textContent).toBe('Crimea recognition');
    expect($('[data-details="crimea-recognition|ukraine"]')).not.toBeNull();
  });

  it('focuses the column of the party a person speaks for when the person has none', async () => {
    await mount('party=trump');
    expect($$('thead th.is-focus').map((th) => th.textContent)).toEqual(['United States']);
  });

  it('moves between cells with the arrow keys', async () => {
    await mount('view=matrix&date=2025-04-25');
    const first = cell('ceasefire', 'us');
    first.focus();
    await act(() => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(document.activeElement).toBe(cell('ceasefire', 'ukraine'));
    await act(() => {
      document.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }),
      );
    });
    expect(document.activeElement).toBe(cell('crimea-recognition', 'ukraine'));
  });

  it('speaks Ukrainian', async () => {
    await mount('view=matrix&date=2025-04-25&lang=uk');
    expect($('caption')?.textContent).toContain('Позиції станом на 2025-04-25');
    expect(cell('crimea-recognition', 'us').textContent).toContain('підтримує');
    expect($$('thead th').map((t) => t.textContent)).toContain('Сполучені Штати');
    expect(document.documentElement.lang).toBe('uk');
  });
});

describe('plans view', () => {
  it('puts plans side by side and marks the rows that differ', async () => {
    await mount('view=plans&plans=plan-a,plan-b');
    const rows = $$('table.plans tbody tr');
    expect(rows.map((r) => r.dataset.proposal)).toEqual(['ceasefire', 'crimea-recognition']);
    expect(rows[1]!.classList.contains('differs')).toBe(true);
    expect(rows[1]!.textContent).toContain('not addressed');
    expect(rows[0]!.classList.contains('differs')).toBe(false);
    expect($('[role="status"]')?.textContent).toBe('1 of 2 points differ');
  });
  it('filters to differences and asks for two plans', async () => {
    await mount('view=plans&plans=plan-a,plan-b&diff=1');
    expect($$('table.plans tbody tr')).toHaveLength(1);
    const boxB = $<HTMLInputElement>('input[value="plan-b"]')!;
    await act(() => boxB.click());
    // With one plan unticked, the view refills to two from the most recent; the hash records the choice.
    expect(location.hash).toContain('plans=plan-a');
  });
});

describe('timeline view', () => {
  it("lists an entry's dated positions up to the date", async () => {
    await mount('view=timeline&entry=crimea-recognition&date=2025-04-22');
    const rows = $$('table.timeline-table tbody tr');
    expect(rows.map((r) => r.dataset.position)).toEqual([
      'us/crimea-recognition/2025-03-01',
      'us/crimea-recognition/2025-04-20',
      'ukraine/crimea-recognition/2025-04-22',
    ]);
    expect($$('.timeline__lane')).toHaveLength(2);
    expect($('table.timeline-table caption')?.textContent).toBe(
      'Positions on Crimea recognition, up to 2025-04-22',
    );
  });
});

describe('date control', () => {
  it('steps to the previous and next dates that have positions, and the slider follows', async () => {
    await mount('view=matrix&date=2025-04-20');
    await act(() => $<HTMLButtonElement>('button[aria-label="Previous date with a position"]')!.click());
    expect($<HTMLInputElement>('#as-of')!.value).toBe('2025-03-18');
    await act(() => $<HTMLButtonElement>('button[aria-label="Next date with a position"]')!.click());
    expect($<HTMLInputElement>('#as-of')!.value).toBe('2025-04-20');
    const slider = $<HTMLInputElement>('input[type="range"]')!;
    expect(slider.getAttribute('aria-valuetext')).toBe('2025-04-20');
    await act(() => {
      slider.value = '0';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect($<HTMLInputElement>('#as-of')!.value).toBe('2025-03-01');
    expect(cell('crimea-recognition', 'us').dataset.stance).toBe('opposes');
  });
});

describe('timeline of a party', () => {
  it("shows the party's positions across subjects and switches entry from the picker", async () => {
    await mount('view=timeline&entry=ukraine');
    expect($('table.timeline-table caption')?.textContent).toBe('Positions of Ukraine, up to 2025-05-01');
    expect($$('table.timeline-table tbody th[scope="row"]').map((th) => th.textContent)).toEqual([
      'Crimea recognition',
      'The US framework',
      'Crimea recognition',
    ]);
    const select = $<HTMLSelectElement>('.picker select')!;
    await act(() => {
      select.value = 'putin';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(location.hash).toContain('entry=putin');
    expect($$('table.timeline-table tbody tr').map((r) => r.dataset.position)).toEqual([
      'putin/ceasefire/2025-03-18',
    ]);
  });
});

describe('sources view', () => {
  it('sorts by publisher when asked, with aria-sort', async () => {
    await mount('view=sources');
    const pubs = () => $$('tbody tr').map((r) => r.querySelectorAll('td')[1]!.textContent!.split(' ')[0]);
    await act(() => $('button[data-sort="publisher"]')!.click());
    expect(pubs()).toEqual(['CNN', 'Reuters', 'UNN']);
    expect($('th[aria-sort="ascending"]')?.textContent).toContain('Publisher');
    await act(() => $('button[data-sort="publisher"]')!.click());
    expect(pubs()).toEqual(['UNN', 'Reuters', 'CNN']);
    expect(root.textContent).toContain('via CNN');
  });
});

describe('search and tabs', () => {
  it('finds an inflected Ukrainian name through the matcher and opens its timeline', async () => {
    await mount('view=matrix');
    const input = $<HTMLInputElement>('#search-input')!;
    await act(() => {
      input.value = 'Путіна';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect($$('[role="option"]').map((o) => o.dataset.entry)).toEqual(['putin']);
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(location.hash).toContain('view=timeline');
    expect(location.hash).toContain('entry=putin');
  });
  it('picks a result with the mouse and switches language from the header', async () => {
    await mount('view=matrix');
    const input = $<HTMLInputElement>('#search-input')!;
    await act(() => {
      input.value = 'counter';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => $('[role="option"][data-entry="plan-b"]')!.click());
    expect(location.hash).toContain('view=plans');
    expect(location.hash).toContain('plans=plan-b,');
    const lang = $<HTMLSelectElement>('.app__tools select')!;
    await act(() => {
      lang.value = 'uk';
      lang.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect($('[role="tab"][aria-selected="true"]')?.textContent).toBe('Плани поруч');
    expect(location.hash).toContain('lang=uk');
  });
  it('switches views with the arrow keys on the tab list', async () => {
    await mount('view=matrix');
    const tab = $('#tab-matrix')!;
    await act(() => {
      tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect($('[role="tab"][aria-selected="true"]')?.id).toBe('tab-plans');
    expect($('[role="tabpanel"]')?.dataset.view).toBe('plans');
  });
});

describe('export', () => {
  it('downloads the current view as CSV through a Blob link', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    await mount('view=matrix&date=2025-04-19');
    await act(() => $('button[data-export="csv"]')!.click());
    expect(clicked).toEqual(['standpoint-matrix-2025-04-19.csv']);
    const text = await blobs[0]!.text();
    expect(text).toContain('2025-04-19,crimea-recognition');
    expect(text).not.toContain('2025-04-20');
    await act(() => $('button[data-export="json"]')!.click());
    expect(clicked[1]).toBe('standpoint-dataset-2025-05-01.json');
    expect(JSON.parse(await blobs[1]!.text()).positions).toHaveLength(7);
    create.mockRestore();
    click.mockRestore();
  });
  it('exports each view in its own shape', () => {
    const ds = makeDataset();
    expect(currentViewCsv(ds, parseHash('view=plans&plans=plan-a,plan-b'), 'en').csv.split('\r\n')[0]).toBe(
      'proposal_id,proposal,differs,The US framework,The counterproposal',
    );
    expect(currentViewCsv(ds, parseHash('view=timeline&entry=ukraine'), 'uk').csv).toContain(
      'Визнання Криму',
    );
    expect(currentViewCsv(ds, parseHash('view=sources'), 'en').name).toBe('standpoint-sources.csv');
  });
});
