// `npm run build` validates through the Vite dataset plugin: prove it refuses with the same lines.
import { afterEach, describe, expect, it } from 'vitest';
import { standpointDataset } from '../../../scripts/vite-plugin-dataset.ts';
import { copyData, ROOT } from './helpers.ts';

let copy: ReturnType<typeof copyData> | undefined;
afterEach(() => copy?.cleanup());

function loadVirtual(root: string, id: string): string {
  const plugin = standpointDataset(root) as unknown as {
    load: (this: unknown, id: string) => string | null;
  };
  const ctx = {
    error: (msg: string) => {
      throw new Error(msg);
    },
    addWatchFile: () => {},
  };
  return plugin.load.call(ctx, `\0${id}`) as string;
}

describe('the dataset build plugin', () => {
  it('emits the dataset and the lean name index for valid data', () => {
    expect(loadVirtual(ROOT, 'virtual:standpoint/names')).toMatch(/^export default JSON\.parse\(/);
    const full = loadVirtual(ROOT, 'virtual:standpoint/dataset');
    expect(full.length).toBeGreaterThan(loadVirtual(ROOT, 'virtual:standpoint/names').length);
  });

  it('fails the build with the dataset problem lines', () => {
    copy = copyData();
    const list = copy.read<{ id: string; sources: unknown[] }[]>('positions/ceasefire.json');
    list[0]!.sources = [];
    copy.write('positions/ceasefire.json', list);
    expect(() => loadVirtual(copy!.root, 'virtual:standpoint/names')).toThrow(
      `data/positions/ceasefire.json: ${list[0]!.id}: sources: needs at least one source`,
    );
  });
});
