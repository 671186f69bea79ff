/**
 * Permission audit of the source manifest (the built manifests get the same checks in the
 * integrity e2e suite): the short permission list, host access only for the built-in news sites,
 * the default CSP, nothing a web page or another extension can call into.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditManifest } from './manifest-rules.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('manifest.json', () => {
  it('passes the permission audit', () => {
    expect(auditManifest(manifest)).toEqual([]);
  });

  it('asks for exactly storage, scripting and activeTab', () => {
    expect([...((manifest.permissions as string[]) ?? [])].sort()).toEqual([
      'activeTab',
      'scripting',
      'storage',
    ]);
  });

  it('holds host access for exactly the sites its content script runs on, the rest optional', () => {
    // The tooltip script is injected with scripting.executeScript, which needs host access; on the
    // built-in sites it comes from host_permissions, elsewhere from the optional permission or activeTab.
    const matches = ((manifest.content_scripts as { matches: string[] }[]) ?? []).flatMap((s) => s.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect([...((manifest.host_permissions as string[]) ?? [])].sort()).toEqual([...matches].sort());
    // Further news sites can be added for good, each named; any other page (plain http included) is
    // annotated once (activeTab). None repeats a built-in site.
    const optional = (manifest.optional_host_permissions as string[]) ?? [];
    expect(optional.length).toBeGreaterThan(10);
    for (const pattern of optional) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\/\*$/);
    expect(optional.filter((p) => matches.includes(p))).toEqual([]);
  });

  it('runs its content script on named news sites only', () => {
    const scripts = (manifest.content_scripts as { matches: string[] }[]) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      for (const pattern of script.matches) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\/.*$/);
    }
  });
});

describe('the audit rules themselves', () => {
  const good = {
    manifest_version: 3,
    permissions: ['storage', 'scripting', 'activeTab'],
    content_scripts: [{ matches: ['https://www.unn.ua/*'], js: ['c.js'] }],
    optional_host_permissions: ['https://www.nytimes.com/*'],
  };

  it('accepts a minimal manifest', () => {
    expect(auditManifest(good)).toEqual([]);
  });

  it.each([
    ['an extra permission', { permissions: [...good.permissions, 'tabs'] }, /permissions/],
    ['a missing permission', { permissions: ['storage', 'activeTab'] }, /permissions/],
    ['all-site host access', { host_permissions: ['<all_urls>'] }, /host_permissions/],
    [
      'optional access to every site',
      { optional_host_permissions: ['https://*/*'] },
      /optional_host_permissions/,
    ],
    [
      'optional access to every URL',
      { optional_host_permissions: ['<all_urls>'] },
      /optional_host_permissions/,
    ],
    [
      'host access beyond the news sites',
      { host_permissions: ['https://www.unn.ua/*', 'https://evil.example/*'] },
      /host_permissions/,
    ],
    [
      'a content script on every site',
      { content_scripts: [{ matches: ['<all_urls>'], js: ['c.js'] }] },
      /content_scripts/,
    ],
    [
      'a wildcard content-script host',
      { content_scripts: [{ matches: ['https://*/*'], js: ['c.js'] }] },
      /content_scripts/,
    ],
    [
      'a plain-http content-script host',
      { content_scripts: [{ matches: ['http://www.unn.ua/*'], js: ['c.js'] }] },
      /content_scripts/,
    ],
    [
      'a loosened CSP',
      { content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } },
      /content_security_policy/,
    ],
    [
      'a remote script source in the CSP',
      { content_security_policy: { extension_pages: "script-src 'self' https://cdn.example.org" } },
      /content_security_policy/,
    ],
    [
      'pages that can message the extension',
      { externally_connectable: { matches: ['https://*/*'] } },
      /externally_connectable/,
    ],
    [
      'resources any page can probe',
      { web_accessible_resources: [{ resources: ['*.js'], matches: ['<all_urls>'] }] },
      /web_accessible_resources/,
    ],
    ['a remote update URL', { update_url: 'https://example.org/updates.xml' }, /update_url/],
  ])('rejects %s', (_what, change, message) => {
    const problems = auditManifest({ ...good, ...change });
    expect(problems.join('\n')).toMatch(message);
  });
});
