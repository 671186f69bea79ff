#!/usr/bin/env node
/**
 * Builds Standpoint for both browsers: dist/chrome/ and dist/firefox/ (or $OUT_DIR/<target>/).
 *
 *   node scripts/build.mjs                 both targets
 *   node scripts/build.mjs --target chrome one target (chrome | firefox)
 *   OUT_DIR=.tmp/me node scripts/build.mjs a private output dir, so parallel builds don't collide
 *
 * Exits non-zero with Vite's message (e.g. the dataset's own error list) when a build fails.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');

const args = process.argv.slice(2);
const at = args.indexOf('--target');
const targets = at >= 0 ? [args[at + 1]] : ['chrome', 'firefox'];
for (const target of targets) {
  if (target !== 'chrome' && target !== 'firefox') {
    console.error(`build: unknown target "${target}" (use chrome or firefox)`);
    process.exit(2);
  }
}

const outBase = process.env.OUT_DIR ? path.resolve(root, process.env.OUT_DIR) : path.join(root, 'dist');
for (const target of targets) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TARGET: target },
  });
  if (result.status !== 0) {
    console.error(`build: ${target} failed`);
    process.exit(result.status ?? 1);
  }
  const where = path.relative(root, path.join(outBase, target)) || '.';
  console.log(`build: ${target} -> ${where}/ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
