/**
 * Vite plugin that turns `data/` into modules the extension imports, and fails the build with the
 * dataset's own precise messages (`file: entry: what is wrong`) when the data is broken.
 *
 *   virtual:standpoint/dataset -> the full validated Dataset (background worker, popup, overview)
 *   virtual:standpoint/page-index -> the English and Ukrainian page index as a JSON string, loaded
 *                                 by the benchmark as the background loads the file
 *   __STANDPOINT_TOPIC_WORDS__  -> a constant (Vite `define`): the stems a page's text needs before
 *                                 its names are worth loading (src/annotator/topic-words.ts). A
 *                                 constant, not a module, because crxjs builds the content script in
 *                                 a build of its own that only inherits `define` and `resolve`.
 *
 * With `{ pageIndexes: true }` (the extension's build) it also writes page-index/<langs>.json, the
 * compiled matcher and labels for each set of name languages (src/annotator/page-index.ts).
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { PAGE_LANG_SETS, type PageIndex, pageIndexFile } from '../src/annotator/page-index.ts';
import { topicWords } from '../src/annotator/topic-words.ts';
import { loadDataset } from '../src/data/load.ts';
import { PAGE_LANGS, toNameIndex } from '../src/data/name-index.ts';
import type { Dataset, Lang } from '../src/data/types.ts';
import { serializeMatcher } from '../src/matcher/index.ts';

const DATASET = 'virtual:standpoint/dataset';
const PAGE_INDEX = 'virtual:standpoint/page-index';
const MODULES = [DATASET, PAGE_INDEX];

export function standpointDataset(root: string, options: { pageIndexes?: boolean } = {}): Plugin {
  const dataDir = path.join(root, 'data');
  let loaded: Dataset | undefined;
  // Every module and file below comes from one validated read of data/.
  const read = (fail: (message: string) => never): Dataset => {
    if (loaded) return loaded;
    const { dataset, problems } = loadDataset(dataDir);
    if (!dataset || problems.length > 0) {
      const lines = problems.map((p) => `${p.file}: ${p.entry}: ${p.message}`);
      fail(`The dataset is invalid (${problems.length} problem(s)):\n${lines.join('\n')}`);
    }
    loaded = dataset!;
    return loaded;
  };
  return {
    name: 'standpoint-dataset',
    config() {
      const dataset = read((m) => {
        throw new Error(m);
      });
      // Every language's names: a page that asks for fewer only gets a stem or two more than it needs.
      return {
        define: { __STANDPOINT_TOPIC_WORDS__: JSON.stringify(topicWords(toNameIndex(dataset).entries)) },
      };
    },
    buildStart() {
      loaded = undefined;
    },
    resolveId(id) {
      return MODULES.includes(id) ? `\0${id}` : null;
    },
    load(id) {
      if (!MODULES.some((m) => id === `\0${m}`)) return null;
      const dataset = read((m) => this.error(m));
      this.addWatchFile(dataDir);
      // The verb families every name may refer to (a file of its own, so named explicitly too).
      this.addWatchFile(path.join(dataDir, 'families.json'));
      if (id === `\0${PAGE_INDEX}`)
        return `export default ${JSON.stringify(JSON.stringify(buildPageIndex(dataset, PAGE_LANGS)))};`;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
    },
    generateBundle() {
      if (!options.pageIndexes) return;
      const dataset = read((m) => this.error(m));
      for (const langs of PAGE_LANG_SETS)
        this.emitFile({
          type: 'asset',
          fileName: pageIndexFile(langs),
          source: JSON.stringify(buildPageIndex(dataset, langs)),
        });
    },
  };
}

/** The page index for one set of name languages: only the build makes one, a page only loads it. */
export function buildPageIndex(
  dataset: Pick<Dataset, 'asOf' | 'contexts' | 'entries'>,
  langs: readonly Lang[],
): PageIndex {
  const names = toNameIndex(dataset, langs);
  return {
    asOf: names.asOf,
    entries: names.entries.map(({ names: _, ...entry }) => entry),
    matcher: serializeMatcher(names),
  };
}
