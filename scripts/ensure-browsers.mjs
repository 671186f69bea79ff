#!/usr/bin/env node
/**
 * Makes sure the two browsers the e2e tests drive are installed:
 *   Chromium   at $CHROMIUM_PATH or /usr/lib/chromium/chromium   (Debian package `chromium`)
 *   Firefox ESR at $FIREFOX_PATH or /usr/bin/firefox-esr          (Debian package `firefox-esr`)
 * When one is missing and apt can be used (root, or passwordless sudo), installs them; otherwise prints
 * one line saying what to install and exits 1. It never lets a run continue without a browser.
 * Usable alone (`node scripts/ensure-browsers.mjs`) or imported by scripts/test.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function missing() {
  return [
    [CHROMIUM, 'chromium'],
    [FIREFOX, 'firefox-esr'],
  ].filter(([file]) => !existsSync(file));
}

function canUseApt() {
  if (spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) return null;
  if (process.getuid?.() === 0) return [];
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? ['sudo', '-n'] : null;
}

/** Returns true when both browsers are present (installing them via apt if allowed), else false. */
export function ensureBrowsers({ log = console.log } = {}) {
  let absent = missing();
  if (absent.length === 0) return true;
  const prefix = canUseApt();
  const packages = absent.map(([, pkg]) => pkg);
  if (prefix) {
    log(`Installing ${packages.join(' and ')} with apt-get (needed by the end-to-end tests)...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => {
      const [cmd, ...rest] = [...prefix, ...args];
      return spawnSync(cmd, rest, { stdio: 'inherit', env }).status === 0;
    };
    if (
      run(['apt-get', 'update']) &&
      run(['apt-get', 'install', '-y', '--no-install-recommends', ...packages])
    ) {
      absent = missing();
      if (absent.length === 0) return true;
    }
  }
  const names = absent.map(([file, pkg]) => `${pkg} (${file})`).join(' and ');
  console.error(
    `Missing ${names}: install with \`sudo apt-get install -y ${absent.map(([, p]) => p).join(' ')}\` (or set CHROMIUM_PATH / FIREFOX_PATH), then rerun.`,
  );
  return false;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(ensureBrowsers() ? 0 : 1);
}
