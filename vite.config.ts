/**
 * One source manifest (manifest.json), two builds.
 *
 *   TARGET=chrome|firefox (default chrome) -> dist/<target>/, or $OUT_DIR/<target>/ when OUT_DIR is set
 *   (engineers build privately with OUT_DIR=.tmp/<name> so they do not race on the shared dist/).
 *
 * The Firefox differences are applied here at build time, never hand-edited in manifest.json.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { standpointDataset } from './scripts/vite-plugin-dataset.ts';
import { loadDataset } from './src/data/load.ts';
import { toNameIndex } from './src/data/name-index.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
type Target = 'chrome' | 'firefox';

/** The gecko id Firefox knows Standpoint by; tests pin its internal UUID with it. */
export const GECKO_ID = 'standpoint@standpoint.example';

function readTarget(): Target {
  const raw = process.env.TARGET ?? 'chrome';
  if (raw !== 'chrome' && raw !== 'firefox')
    throw new Error(`TARGET must be chrome or firefox, got "${raw}"`);
  return raw;
}

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

/** manifest.json as Chrome wants it, or rewritten for Firefox MV3. */
export function manifestFor(target: Target): Manifest {
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as Manifest;
  if (target === 'chrome') return manifest;
  const worker = manifest.background?.service_worker;
  return {
    ...manifest,
    // Firefox MV3 runs background scripts as an event page, not a service worker.
    background: worker ? { scripts: [worker], type: 'module' } : undefined,
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        // Standpoint collects nothing; AMO requires saying so explicitly.
        data_collection_permissions: { required: ['none'] },
      },
      // Without this web-ext lint warns that data_collection_permissions needs Android 142+.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/**
 * crxjs builds the standalone content script in a sub-build that gets our `resolve` options but no
 * plugins, so `virtual:standpoint/names` is also offered there as a generated JSON file (alias).
 * An invalid dataset writes nothing: the plugin then fails the build with the dataset's own messages.
 */
function namesAlias(): Record<string, string> {
  const { dataset, problems } = loadDataset(path.join(root, 'data'));
  if (!dataset || problems.length > 0) return {};
  const dir = path.join(root, '.tmp', 'generated');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'names.json');
  const tmp = `${file}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify(toNameIndex(dataset)));
  renameSync(tmp, file);
  return { 'virtual:standpoint/names': file };
}

const target = readTarget();
const outBase = process.env.OUT_DIR ? path.resolve(root, process.env.OUT_DIR) : path.join(root, 'dist');

export default defineConfig({
  root,
  resolve: { alias: namesAlias() },
  plugins: [
    standpointDataset(root),
    preact(),
    crx({
      manifest: manifestFor(target) as unknown as ManifestV3Export,
      browser: target,
      // One self-contained content script: no loader, no web_accessible_resources pages could probe.
      contentScripts: { standaloneFiles: ['src/annotator/content.ts'] },
    }),
  ],
  build: {
    outDir: path.join(outBase, target),
    emptyOutDir: true,
    // Readable output helps store review; the bundle is small anyway.
    minify: false,
    sourcemap: false,
    rollupOptions: {
      // Extension pages that the manifest does not list (opened with runtime.getURL).
      input: { overview: path.join(root, 'src/overview/index.html') },
      // Timing warnings depend on machine load, not on the code; they only make build logs noisy.
      checks: { bundlerTimings: false },
    },
  },
});
