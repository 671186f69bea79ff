/**
 * What Standpoint's manifest may ask for, as one function the unit audit (source manifest) and
 * the e2e integrity suite (built manifests) both apply. Returns human-readable problems.
 */

/** The only API permissions Standpoint needs: settings, one-off annotation, the active tab. */
export const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];

/** A match pattern for one named https host (no wildcards in the host), e.g. https://www.unn.ua/*. */
const NAMED_HTTPS_HOST = /^https:\/\/([a-z0-9-]+\.)+[a-z]{2,}\/.*$/;

const LOOSE_CSP = /'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|https?:|\*|data:|blob:/;

type Manifest = Record<string, unknown>;

function hostOf(pattern: string): string | null {
  return /^[a-z*]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? null;
}

/** Every way `manifest` asks for more than Standpoint needs; empty when it passes. */
export function auditManifest(manifest: Manifest): string[] {
  const problems: string[] = [];
  const permissions = [...((manifest.permissions as string[] | undefined) ?? [])].sort();
  if (JSON.stringify(permissions) !== JSON.stringify(ALLOWED_PERMISSIONS)) {
    problems.push(
      `permissions must be exactly ${ALLOWED_PERMISSIONS.join(', ')}; got ${permissions.join(', ') || '(none)'}`,
    );
  }

  const scripts = (manifest.content_scripts as { matches?: string[] }[] | undefined) ?? [];
  const newsHosts = new Set<string>();
  for (const script of scripts) {
    for (const pattern of script.matches ?? []) {
      if (!NAMED_HTTPS_HOST.test(pattern))
        problems.push(`content_scripts may only match named https news sites; got ${pattern}`);
      else newsHosts.add(hostOf(pattern) ?? '');
    }
  }

  // Host access beyond the built-in sites is asked for at run time (optional_host_permissions).
  for (const pattern of (manifest.host_permissions as string[] | undefined) ?? []) {
    const host = hostOf(pattern);
    if (!NAMED_HTTPS_HOST.test(pattern) || !host || !newsHosts.has(host)) {
      problems.push(`host_permissions may only name the built-in news sites; got ${pattern}`);
    }
  }
  // ...and only for further named news sites; any other page is annotated once, through activeTab.
  for (const pattern of (manifest.optional_host_permissions as string[] | undefined) ?? []) {
    if (!NAMED_HTTPS_HOST.test(pattern))
      problems.push(`optional_host_permissions may only name https news sites; got ${pattern}`);
  }

  const csp = manifest.content_security_policy;
  if (csp !== undefined) {
    const policies = typeof csp === 'string' ? [csp] : Object.values(csp as Record<string, string>);
    for (const policy of policies) {
      if (LOOSE_CSP.test(policy)) problems.push(`content_security_policy loosens the default: ${policy}`);
    }
  }

  if (manifest.externally_connectable !== undefined) {
    problems.push('externally_connectable lets web pages or other extensions message Standpoint');
  }

  const resources = (manifest.web_accessible_resources as { matches?: string[] }[] | undefined) ?? [];
  for (const entry of resources) {
    for (const pattern of entry.matches ?? []) {
      const host = hostOf(pattern);
      if (!host || !newsHosts.has(host)) {
        problems.push(`web_accessible_resources exposes files to ${pattern}, beyond the built-in news sites`);
      }
    }
  }

  if (manifest.update_url !== undefined) problems.push('update_url points at a remote update server');
  if (manifest.key !== undefined) problems.push('key pins an extension id; not needed');
  return problems;
}
