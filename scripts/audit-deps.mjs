#!/usr/bin/env node
/**
 * `npm run audit:deps`: the runtime dependencies (npm audit --omit=dev) must have no high or
 * critical advisory. It needs the registry's audit endpoint; when that cannot be reached it exits
 * non-zero and says the audit did NOT run, so an offline machine never reports a silent pass.
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout || 'null');
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why =
    report?.message ??
    report?.error?.summary ??
    (run.stderr?.trim().split('\n').slice(-2).join(' ') || 'no output');
  console.error(`audit:deps: FAILED: npm audit could not get an answer from the registry (${why}).`);
  console.error(
    'audit:deps: the dependency audit did NOT run; rerun with network access to the npm registry.',
  );
  process.exit(2);
}
const bad = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `audit:deps: runtime dependencies: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
if (bad > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === 'high' || v.severity === 'critical')
      console.error(`  ${v.severity}: ${name} (${v.range})`);
  }
  process.exit(1);
}
