/**
 * Vitest global setup for e2e runs: makes sure a build exists for the browsers to load.
 * With STANDPOINT_DIST set (npm test builds first and sets it) it only checks that the build is there;
 * otherwise it builds both targets into a private .tmp/e2e-<pid>/ dir and removes it afterwards.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './hosts.ts';

export default function setup(): (() => void) | undefined {
  if (process.env.STANDPOINT_DIST) {
    const base = path.resolve(REPO_ROOT, process.env.STANDPOINT_DIST);
    for (const target of ['chrome', 'firefox']) {
      if (!existsSync(path.join(base, target, 'manifest.json'))) {
        throw new Error(`STANDPOINT_DIST=${base} has no ${target}/manifest.json; run the build first`);
      }
    }
    return undefined;
  }
  const outDir = path.join('.tmp', `e2e-${process.pid}`);
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs')], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: outDir },
  });
  if (result.status !== 0) throw new Error('e2e setup: the build failed (see above)');
  // Test files run in workers forked after this point; they read the build location from here.
  process.env.STANDPOINT_DIST = outDir;
  return () => rmSync(path.join(REPO_ROOT, outDir), { recursive: true, force: true });
}
