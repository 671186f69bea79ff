/**
 * One source manifest (manifest.json), two builds.
 *
 *   TARGET=chrome|firefox (default chrome) -> dist/<target>/, or $OUT_DIR/<target>/ when OUT_DIR is set
 *   (engineers build privately with OUT_DIR=.tmp/<name> so they do not race on the shared dist/).
 *
 * The Firefox differences are applied here at build time, never hand-edited in manifest.json.
 *
 * Besides what the manifest lists, every build writes `tooltip.js` at its root: the tooltip UI
 * (Preact, @floating-ui/dom, view models) as one classic script that the background injects into a
 * page's frame on first use (src/annotator/tooltip/api.ts), which keeps the content script small.
 * It is not web-accessible; only `scripting.executeScript` loads it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin } from 'vite';
import { standpointDataset } from './scripts/vite-plugin-dataset.ts';

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

/** Builds src/annotator/tooltip/entry.ts into <outDir>/tooltip.js once the extension is written. */
function tooltipScript(outDir: string): Plugin {
  return {
    name: 'standpoint:tooltip-script',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        plugins: [preact()],
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          minify: true,
          sourcemap: false,
          lib: {
            entry: path.join(root, 'src/annotator/tooltip/entry.ts'),
            formats: ['iife'],
            name: 'standpointTooltip',
            fileName: () => 'tooltip.js',
          },
          rollupOptions: { checks: { bundlerTimings: false } },
        },
      });
    },
  };
}

const target = readTarget();
const outBase = process.env.OUT_DIR ? path.resolve(root, process.env.OUT_DIR) : path.join(root, 'dist');
const outDir = path.join(outBase, target);

export default defineConfig({
  root,
  plugins: [
    standpointDataset(root, { pageIndexes: true }),
    preact(),
    crx({
      manifest: manifestFor(target) as unknown as ManifestV3Export,
      browser: target,
      // One self-contained content script: no loader, no web_accessible_resources pages could probe.
      contentScripts: { standaloneFiles: ['src/annotator/content.ts'] },
    }),
    tooltipScript(outDir),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    // Minified, for the content script's size budget (≤ 40 KB gzip); the readable source goes to
    // AMO review as the source archive `npm run package` writes next to the zips. SP_NOMINIFY=1
    // builds it readable, for CPU profiles that name the functions (README "Performance").
    minify: !process.env.SP_NOMINIFY,
    sourcemap: false,
    rollupOptions: {
      // Extension pages that the manifest does not list (opened with runtime.getURL).
      input: { overview: path.join(root, 'src/overview/index.html') },
      // Timing warnings depend on machine load, not on the code; they only make build logs noisy.
      checks: { bundlerTimings: false },
    },
  },
});
