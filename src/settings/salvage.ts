/**
 * Pure, DOM-free repair and migration of stored settings.
 *
 * Whatever sits in storage (an older layout, a hand-edited value, a corrupt sync) goes through
 * `salvageSettings`, which keeps every field that is still valid and takes the default for the
 * rest, so one bad field never resets the reader's other choices.
 */
import * as v from 'valibot';
import { DEFAULT_SETTINGS, type Settings } from './types.ts';

/** The stored layout version; bump it and add a step to `MIGRATIONS` when the shape changes. */
export const SETTINGS_VERSION = 2;

const KIND_KEYS = ['party', 'plan', 'proposal'] as const;

const scalarSchemas = {
  enabled: v.boolean(),
  density: v.picklist(['first', 'every']),
  style: v.picklist(['underline', 'background']),
  trigger: v.picklist(['hover', 'click']),
  language: v.picklist(['auto', 'en', 'uk']),
  theme: v.picklist(['auto', 'light', 'dark']),
  scope: v.picklist(['article', 'page']),
} satisfies Partial<Record<keyof Settings, v.GenericSchema>>;

const hostSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/),
  v.maxLength(253),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Normalises a hostname for comparison: lower case, no trailing dot, no leading "www.". */
export function siteKey(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

function salvageSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [...DEFAULT_SETTINGS.disabledSites];
  const out: string[] = [];
  for (const item of raw) {
    const parsed = v.safeParse(hostSchema, item);
    if (!parsed.success) continue;
    const key = siteKey(parsed.output);
    if (key && !out.includes(key)) out.push(key);
  }
  return out;
}

function salvageKinds(raw: unknown): Settings['kinds'] {
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  if (!isRecord(raw)) return kinds;
  for (const key of KIND_KEYS) {
    if (typeof raw[key] === 'boolean') kinds[key] = raw[key];
  }
  return kinds;
}

/**
 * Returns valid Settings built from any stored value: valid fields are kept, invalid or missing
 * ones take their default, unknown fields are dropped.
 */
export function salvageSettings(raw: unknown): Settings {
  const source = isRecord(raw) ? raw : {};
  const out: Settings = {
    ...DEFAULT_SETTINGS,
    kinds: salvageKinds(source.kinds),
    disabledSites: salvageSites(source.disabledSites),
  };
  for (const [key, schema] of Object.entries(scalarSchemas) as [
    keyof typeof scalarSchemas,
    v.GenericSchema,
  ][]) {
    const parsed = v.safeParse(schema, source[key]);
    // The schemas above are keyed by the very fields they validate, so the assignment is sound.
    if (parsed.success) (out as unknown as Record<string, unknown>)[key] = parsed.output;
  }
  return out;
}

/**
 * Version 1 was the pre-release layout: `kinds` was an array of the kinds to mark, sites were a
 * map `{ host: false }`, and density was a boolean `everyMention`. Tolerant of values that
 * already have the new shape, because a value written without version metadata counts as v1.
 */
export function migrateV1toV2(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const next: Record<string, unknown> = { ...raw };
  if (Array.isArray(raw.kinds)) {
    const listed = raw.kinds.filter((k): k is string => typeof k === 'string');
    next.kinds = Object.fromEntries(KIND_KEYS.map((k) => [k, listed.includes(k)]));
  }
  if (isRecord(raw.sites) && !('disabledSites' in raw)) {
    next.disabledSites = Object.entries(raw.sites)
      .filter(([, on]) => on === false)
      .map(([host]) => host);
  }
  delete next.sites;
  if (typeof raw.everyMention === 'boolean' && !('density' in raw)) {
    next.density = raw.everyMention ? 'every' : 'first';
  }
  delete next.everyMention;
  return next;
}

/** Steps keyed by the version they produce, in the form `@wxt-dev/storage` expects. */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1toV2,
};

/** Applies every migration step from `fromVersion` up to the current version, then salvages. */
export function migrateSettings(raw: unknown, fromVersion: number): Settings {
  let value = raw;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (step) value = step(value);
  }
  return salvageSettings(value);
}

/** Whether Standpoint should run on `hostname`: globally on and the site (or a parent domain) not turned off. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const key = siteKey(hostname);
  return !settings.disabledSites.some((off) => key === off || key.endsWith(`.${off}`));
}
