/**
 * The browser check that `npm test`, `npm run demo` and `npm run bench` run first: it asks only for
 * the browsers a command drives, and where it cannot install one it stops with one line on stderr.
 * Run in a child process because the browsers' paths are read from the environment at import.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve(__dirname, '../../../scripts/ensure-browsers.mjs');

/** Runs ensureBrowsers({ need }) (`need` left out: its default) with apt unusable. */
function check(need: string[] | undefined, env: Record<string, string>) {
  const code = `
    const { ensureBrowsers } = await import(${JSON.stringify(script)});
    const ok = ensureBrowsers({ ${need ? `need: ${JSON.stringify(need)},` : ''} log: () => {}, apt: () => null });
    process.stdout.write(String(ok));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { ok: run.stdout === 'true', stderr: run.stderr.trim(), status: run.status };
}

describe('ensureBrowsers', () => {
  const absent = '/nonexistent/standpoint-test/browser';

  it('is satisfied by the browsers asked for, whatever else is missing', () => {
    const r = check(['chromium'], { CHROMIUM_PATH: process.execPath, FIREFOX_PATH: absent });
    expect(r).toEqual({ ok: true, stderr: '', status: 0 });
  });

  it('without apt, names only the missing browser asked for, in one line', () => {
    const r = check(['chromium'], { CHROMIUM_PATH: absent, FIREFOX_PATH: absent });
    expect(r.ok).toBe(false);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`chromium (${absent})`);
    expect(r.stderr).toContain('apt-get install -y chromium');
    expect(r.stderr).not.toContain('firefox');
  });

  it('asks for both browsers by default (the end-to-end tests drive both)', () => {
    const r = check(undefined, { CHROMIUM_PATH: process.execPath, FIREFOX_PATH: absent });
    expect(r.ok).toBe(false);
    expect(r.stderr).toContain(`firefox-esr (${absent})`);
    expect(r.stderr).not.toContain('chromium (');
  });
});
