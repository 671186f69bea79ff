// `npm run build` validates through the Vite dataset plugin: prove it refuses with the same lines.
import { afterEach, describe, expect, it } from 'vitest';
import { standpointDataset } from '../../../scripts/vite-plugin-dataset.ts';
import { PAGE_LANG_SETS, pageIndexFile } from '../../../src/annotator/page-index.ts';
import { loadMatcher } from '../../../src/matcher/index.ts';
import { copyData, ROOT } from './helpers.ts';

let copy: ReturnType<typeof copyData> | undefined;
afterEach(() => copy?.cleanup());

type Hooks = {
  load: (this: unknown, id: string) => string | null;
  generateBundle: (this: unknown) => void;
};

const context = (emitted: { fileName: string; source: string }[] = []) => ({
  error: (msg: string) => {
    throw new Error(msg);
  },
  addWatchFile: () => {},
  emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
});

function loadVirtual(root: string, id: string): string {
  const plugin = standpointDataset(root) as unknown as Hooks;
  return plugin.load.call(context(), `\0${id}`) as string;
}

describe('the dataset build plugin', () => {
  it('emits the dataset and the page index for valid data', () => {
    expect(loadVirtual(ROOT, 'virtual:standpoint/dataset')).toMatch(/^export default JSON\.parse\(/);
    const module = loadVirtual(ROOT, 'virtual:standpoint/page-index');
    const index = JSON.parse(JSON.parse(module.replace(/^export default /, '').replace(/;$/, '')));
    expect(index.entries.map((e: { id: string }) => e.id)).toContain('security-guarantees');
    expect(
      loadMatcher(index.matcher)
        .find('Kyiv wants security guarantees.')
        .map((m) => m.id),
    ).toContain('security-guarantees');
    // Compiles and packs every name: seconds on a busy machine, not a time budget.
  }, 60_000);

  it('writes a page index per set of name languages into the extension build', () => {
    const emitted: { fileName: string; source: string }[] = [];
    const plugin = standpointDataset(ROOT, { pageIndexes: true }) as unknown as Hooks;
    plugin.generateBundle.call(context(emitted));
    expect(emitted.map((f) => f.fileName)).toEqual(PAGE_LANG_SETS.map(pageIndexFile));
    const russian = loadMatcher(JSON.parse(emitted[1]!.source).matcher);
    const plain = loadMatcher(JSON.parse(emitted[0]!.source).matcher);
    // Russian names only in the Russian pages' index; Ukrainian names in both.
    expect(russian.find('Россия заявила').map((m) => m.id)).toEqual(['russia']);
    expect(plain.find('Россия заявила')).toEqual([]);
    expect(plain.find('Україна заявила').map((m) => m.id)).toEqual(['ukraine']);
    // The plain plugin (the benchmark's, the tests') writes nothing.
    const none: { fileName: string; source: string }[] = [];
    (standpointDataset(ROOT) as unknown as Hooks).generateBundle.call(context(none));
    expect(none).toEqual([]);
    // Compiles and packs every name twice: seconds on a busy machine, not a time budget.
  }, 60_000);

  it('fails the build with the dataset problem lines', () => {
    copy = copyData();
    const list = copy.read<{ id: string; sources: unknown[] }[]>('positions/ceasefire.json');
    list[0]!.sources = [];
    copy.write('positions/ceasefire.json', list);
    expect(() => loadVirtual(copy!.root, 'virtual:standpoint/page-index')).toThrow(
      `data/positions/ceasefire.json: ${list[0]!.id}: sources: needs at least one source`,
    );
  });

  it('fails the build, naming the rule, for a context rule that names an unknown word list', () => {
    copy = copyData();
    const meta = copy.read<{
      contexts: Record<string, { near?: string[] }>;
      wordLists: Record<string, unknown>;
    }>('meta.json');
    meta.contexts['ukraine-near']!.near = ['@ukrane'];
    copy.write('meta.json', meta);
    // The message lists the lists there are, in the file's order.
    const lists = Object.keys(meta.wordLists).map((id) => `@${id}`);
    expect(lists).toContain('@ukraine');
    expect(() => loadVirtual(copy!.root, 'virtual:standpoint/dataset')).toThrow(
      `data/meta.json: contexts.ukraine-near: near[0]: unknown word list "@ukrane" (word lists: ${lists.join(', ')})`,
    );
  });

  it('fails the build, naming the list and the word, for a word list that names a missing list', () => {
    copy = copyData();
    const meta = copy.read<{ wordLists: Record<string, { words: string[] }> }>('meta.json');
    meta.wordLists.russia!.words.push('@ukrane');
    const at = meta.wordLists.russia!.words.length - 1;
    copy.write('meta.json', meta);
    expect(() => loadVirtual(copy!.root, 'virtual:standpoint/dataset')).toThrow(
      `data/meta.json: wordLists.russia: words[${at}]: unknown word list "@ukrane" (word lists: @`,
    );
  });

  it("hands the content script the stems of the sides' names as a constant, and refuses broken data there too", () => {
    type Config = { config: () => { define: Record<string, string> } };
    const words = JSON.parse(
      (standpointDataset(ROOT) as unknown as Config).config().define.__STANDPOINT_TOPIC_WORDS__!,
    );
    expect(words).toContain('україн');
    expect(words).toContain('zelens');
    copy = copyData();
    copy.write('meta.json', { asOf: 'yesterday', contexts: {} });
    expect(() => (standpointDataset(copy!.root) as unknown as Config).config()).toThrow(
      /data\/meta\.json: meta: asOf/,
    );
  });
});
