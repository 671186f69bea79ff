#!/usr/bin/env node
/**
 * Store-ready zips of both builds in artifacts/:
 *   artifacts/standpoint-<version>-chrome.zip   (Chrome Web Store upload: manifest.json at the zip root)
 *   artifacts/standpoint-<version>-firefox.zip  (made by `web-ext build`, as AMO expects)
 *   artifacts/standpoint-<version>-source.zip   (`git archive` of HEAD: the build is minified, and AMO
 *                                                asks for the source it was built from; rebuild with
 *                                                `npm ci && npm run build`)
 * Builds first unless --no-build is given.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outBase = process.env.OUT_DIR ? path.resolve(root, process.env.OUT_DIR) : path.join(root, 'dist');
const artifacts = path.join(root, 'artifacts');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

function run(cmd, args, cwd = root) {
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`package: ${cmd} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

if (!process.argv.includes('--no-build')) run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
mkdirSync(artifacts, { recursive: true });

const webExt = path.join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
// web-ext build only zips the folder (manifest.json at the root), which is also what the Chrome Web
// Store wants, so one tool makes both packages and no system `zip` is needed.
const written = [];
for (const target of ['chrome', 'firefox']) {
  const filename = `standpoint-${version}-${target}.zip`;
  rmSync(path.join(artifacts, filename), { force: true });
  run(process.execPath, [
    webExt,
    'build',
    '--source-dir',
    path.join(outBase, target),
    '--artifacts-dir',
    artifacts,
    '--filename',
    filename,
    '--overwrite-dest',
    '--no-config-discovery',
  ]);
  written.push(`artifacts/${filename}`);
}
// AMO reviews minified code against its source: every tracked file at HEAD (no node_modules, no
// build output), so `npm ci && npm run build` in the unpacked archive gives the same dist/.
const sourceName = `standpoint-${version}-source.zip`;
rmSync(path.join(artifacts, sourceName), { force: true });
run('git', [
  'archive',
  '--format=zip',
  `--prefix=standpoint-${version}-source/`,
  '-o',
  path.join(artifacts, sourceName),
  'HEAD',
]);
written.push(`artifacts/${sourceName}`);
const dirty = spawnSync('git', ['diff', '--quiet', 'HEAD', '--'], { cwd: root });
if (dirty.status !== 0) {
  console.warn('package: warning: tracked files differ from HEAD; the source archive has HEAD, commit first');
}
console.log(`package: wrote ${written.join(', ')}`);
