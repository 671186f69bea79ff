#!/usr/bin/env node
/**
 * `npm run bench` — the in-browser benchmark (issue #7). A thin launcher: the benchmark itself is
 * TypeScript (scripts/bench/run.ts) because it drives the real engine and the e2e harness; tsx runs it.
 *
 *   npm run bench                 table (Markdown) on stdout, progress on stderr
 *   npm run bench -- --json       the JSON report on stdout, after npm's own "> standpoint bench" banner
 *   npm run bench --json          only the JSON report on stdout (npm's --json moves its banner to stderr)
 *   npm run -s bench -- --json    the same (-s drops the banner)
 *   npm run bench -- --runs 3 --page live-blog --no-x10
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureBrowsers } from './ensure-browsers.mjs';

// Progress (and apt's output, when Chromium must be installed) on stderr: `--json` keeps stdout for the report.
if (!ensureBrowsers({ need: ['chromium'], log: console.error })) process.exit(1);

// `npm run bench --json` gives --json to npm, not to the script: npm then prints its banner on stderr
// and tells the script through npm_config_json, so that form leaves stdout to the JSON alone.
const args = process.argv.slice(2);
if (process.env.npm_config_json === 'true' && !args.includes('--json')) args.push('--json');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const result = spawnSync(process.execPath, [tsx, path.join(root, 'scripts/bench/run.ts'), ...args], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
