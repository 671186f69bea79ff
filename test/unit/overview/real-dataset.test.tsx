// @vitest-environment happy-dom
/**
 * The page against the bundled dataset (whatever it holds today): every view renders, every proposal
 * has a row with a readable name, and the date logic holds for every date that has a position.
 */
import path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load.ts';
import { App } from '../../../src/overview/App.tsx';
import { indexDataset } from '../../../src/overview/model/dataset-index.ts';
import { dateSteps } from '../../../src/overview/model/dates.ts';
import { entryLabel } from '../../../src/overview/model/labels.ts';
import { matrixAsOf } from '../../../src/overview/model/matrix.ts';

const { dataset } = loadDataset(path.resolve(__dirname, '../../../data'));

describe('overview with the bundled dataset', () => {
  it('loads', () => {
    expect(dataset).toBeDefined();
  });

  it('names every entry in both languages without falling back to its id', () => {
    for (const entry of dataset!.entries)
      for (const lang of ['en', 'uk'] as const) expect(entryLabel(entry, lang), entry.id).not.toBe(entry.id);
  });

  it('never shows a position dated after any chosen date', () => {
    const index = indexDataset(dataset!);
    for (const date of dateSteps(dataset!))
      for (const row of matrixAsOf(index, date).rows)
        for (const cell of row.cells) if (cell.position) expect(cell.position.date <= date).toBe(true);
  });

  // happy-dom is slow with a few hundred elements on a shared machine: a generous limit, not a timing.
  it('renders every view', { timeout: 60_000 }, async () => {
    const root = document.createElement('div');
    document.body.append(root);
    for (const view of ['matrix', 'plans', 'timeline', 'sources']) {
      history.replaceState(null, '', `#view=${view}`);
      await act(() => {
        render(<App key={view} dataset={dataset!} defaultLang="uk" />, root);
      });
      expect(
        root.querySelector(`[role="tabpanel"][data-view="${view}"] table tbody tr`),
        view,
      ).not.toBeNull();
    }
    const proposals = dataset!.entries.filter((e) => e.kind === 'proposal').length;
    history.replaceState(null, '', '#view=matrix');
    await act(() => {
      render(<App key="again" dataset={dataset!} defaultLang="en" />, root);
    });
    expect(root.querySelectorAll('table.matrix tbody:first-of-type th[scope="row"]')).toHaveLength(proposals);
    render(null, root);
    root.remove();
  });
});
