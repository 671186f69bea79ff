#!/usr/bin/env node
/**
 * `npm test`: everything, in one run, ending with exactly one line `N passed, N failed`.
 *
 *   0. browsers  Chromium + Firefox ESR present (installed via apt when allowed; else stop, one line)
 *   1. typecheck tsc --noEmit
 *   2. lint      biome check .
 *   3. data      standpoint data check (the positions dataset)
 *   4. build     both targets into dist/ (or $OUT_DIR)
 *   5. unit      vitest (test/unit), every test counted
 *   6. e2e       vitest (test/e2e) in real Chromium and Firefox, every test counted
 *   7. web-ext   web-ext lint on the Firefox build: 0 errors
 *
 * Check steps count one each; Vitest steps count their tests, read from Vitest's JSON reporter.
 * A failing step does not stop the run (you see every problem at once), except that e2e and
 * web-ext need the build. Exit code 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './ensure-browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const outBase = process.env.OUT_DIR ?? 'dist';
const reportDir = path.join(root, '.tmp', `test-${process.pid}`);
mkdirSync(reportDir, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];
const started = Date.now();

function banner(name) {
  console.log(`\n── ${name} ${'─'.repeat(Math.max(4, 66 - name.length))}`);
}

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
  console.log(`${ok ? '✔' : '✘'} ${name}`);
  return ok;
}

/** Runs a Vitest config and counts its tests from the JSON report; a crash counts as one failure. */
function vitest(name, config, env = {}) {
  banner(name);
  const report = path.join(reportDir, `${name}.json`);
  const ok = run(
    process.execPath,
    [
      bin('vitest', 'vitest.mjs'),
      'run',
      '--config',
      config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  );
  if (!existsSync(report)) return check(`${name}: vitest produced no report`, false);
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (json.numFailedTests > 0) failures.push(`${name}: ${json.numFailedTests} test(s)`);
  // Skipped tests would hide missing coverage; the project does not allow them.
  if (skipped > 0) {
    const names = (json.testResults ?? []).flatMap((f) =>
      (f.assertionResults ?? [])
        .filter((t) => ['skipped', 'pending', 'todo'].includes(t.status))
        .map((t) => `${path.relative(root, f.name)} > ${t.fullName}`),
    );
    for (const n of names) console.log(`  skipped: ${n}`);
    // it.runIf/skipIf count too: register browser-specific tests with a plain `if` instead.
    check(`${name}: ${skipped} skipped/todo test(s) (not allowed)`, false);
  }
  if (json.numTotalTests === 0) check(`${name}: no tests found`, false);
  // Files that fail to load (syntax errors, failing hooks) report no tests; count them too.
  const brokenFiles = (json.testResults ?? []).filter(
    (f) => f.status === 'failed' && f.assertionResults?.length === 0,
  );
  for (const file of brokenFiles) check(`${name}: ${path.relative(root, file.name)} failed to run`, false);
  console.log(`${name}: ${json.numPassedTests} passed, ${json.numFailedTests} failed`);
  if (
    !ok &&
    json.numFailedTests === 0 &&
    brokenFiles.length === 0 &&
    skipped === 0 &&
    json.numTotalTests > 0
  ) {
    check(`${name}: vitest exited with an error`, false);
  }
  return ok;
}

banner('browsers');
if (!ensureBrowsers()) {
  // The one-line instruction was printed; a run without both browsers is not a run.
  console.log('0 passed, 1 failed');
  process.exit(1);
}
check('browsers: Chromium and Firefox ESR installed', true);

banner('typecheck');
check(
  'typecheck (tsc --noEmit)',
  run(process.execPath, [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json']),
);

banner('lint');
check('lint (biome check .)', run(bin('.bin', 'biome'), ['check', '.']));

banner('data');
check(
  'data (standpoint data check)',
  run(process.execPath, [path.join(root, 'bin', 'standpoint.mjs'), 'data', 'check']),
);

banner('build');
const built = check(
  `build (chrome + firefox -> ${outBase}/)`,
  run(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { OUT_DIR: outBase }),
);

vitest('unit', 'vitest.config.ts');

if (built) {
  vitest('e2e', 'vitest.e2e.config.ts', { STANDPOINT_DIST: outBase });

  banner('web-ext lint');
  const lint = spawnSync(
    process.execPath,
    [
      bin('web-ext', 'bin/web-ext.js'),
      'lint',
      '--source-dir',
      path.join(outBase, 'firefox'),
      '--output',
      'json',
      '--no-config-discovery',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  let summary = null;
  try {
    summary = JSON.parse(lint.stdout);
  } catch {
    console.log(lint.stdout, lint.stderr);
  }
  if (summary) {
    for (const m of [...summary.errors, ...summary.warnings]) {
      console.log(`  ${m._type}: ${m.code} ${m.file ?? ''} — ${m.message}`);
    }
    console.log(
      `web-ext lint: ${summary.errors.length} errors, ${summary.warnings.length} warnings (see README "web-ext lint")`,
    );
  }
  check('web-ext lint: 0 errors', summary !== null && summary.errors.length === 0);
} else {
  check('e2e: not run, the build failed', false);
  check('web-ext lint: not run, the build failed', false);
}

rmSync(reportDir, { recursive: true, force: true });
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\n${failures.length ? `Failed: ${failures.join('; ')}\n` : ''}Took ${minutes} min.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
