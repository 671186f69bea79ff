#!/usr/bin/env node
/**
 * Makes sure the browsers a command drives are installed (the e2e tests: both; demo and bench: Chromium):
 *   Chromium   at $CHROMIUM_PATH or /usr/lib/chromium/chromium   (Debian package `chromium`)
 *   Firefox ESR at $FIREFOX_PATH or /usr/bin/firefox-esr          (Debian package `firefox-esr`)
 * When one is missing and apt can be used (root, or passwordless sudo), installs them; otherwise prints
 * one line saying what to install and exits 1. It never lets a run continue without a browser.
 * apt's own output goes to stderr, so a command whose stdout is a report (`bench --json`) stays clean.
 * Usable alone (`node scripts/ensure-browsers.mjs`) or imported by scripts/test.mjs, demo.mjs, bench.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const PATHS = { chromium: CHROMIUM, 'firefox-esr': FIREFOX };

function missing(need) {
  return need.map((pkg) => [PATHS[pkg], pkg]).filter(([file]) => !existsSync(file));
}

function canUseApt() {
  if (spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) return null;
  if (process.getuid?.() === 0) return [];
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? ['sudo', '-n'] : null;
}

/**
 * Returns true when the browsers in `need` (Debian package names) are present, installing them via
 * apt if allowed, else false. `apt`: how apt can be run (a command prefix), or null when it cannot.
 */
export function ensureBrowsers({
  need = ['chromium', 'firefox-esr'],
  log = console.log,
  apt = canUseApt,
} = {}) {
  let absent = missing(need);
  if (absent.length === 0) return true;
  const prefix = apt();
  const packages = absent.map(([, pkg]) => pkg);
  if (prefix) {
    log(`Installing ${packages.join(' and ')} with apt-get...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => {
      const [cmd, ...rest] = [...prefix, ...args];
      return spawnSync(cmd, rest, { stdio: ['ignore', 2, 2], env }).status === 0;
    };
    if (
      run(['apt-get', 'update']) &&
      run(['apt-get', 'install', '-y', '--no-install-recommends', ...packages])
    ) {
      absent = missing(need);
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
