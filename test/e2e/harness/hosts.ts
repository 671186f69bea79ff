/** The hostnames the e2e harness serves locally, read from manifest.json so tests follow the manifest. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A host no content script may run on; tests use it to prove the matches are precise. */
export const OTHER_HOST = 'www.example.org';

/** Every host named in the manifest's content_scripts matches, e.g. ['unn.ua', 'www.unn.ua', ...]. */
export function supportedHosts(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[] }[];
  };
  const hosts = new Set<string>();
  for (const script of manifest.content_scripts ?? []) {
    for (const pattern of script.matches ?? []) {
      const host = /^[a-z*]+:\/\/([^/]+)\//.exec(pattern)?.[1];
      if (host && !host.includes('*')) hosts.add(host);
    }
  }
  return [...hosts];
}

/** Supported hosts plus the other host: everything the fixture server answers for. */
export function servedHosts(): string[] {
  return [...supportedHosts(), OTHER_HOST];
}
