import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/types.ts';
import { installFakeStorage } from './fake-storage.ts';

let sync = installFakeStorage().sync;

// @wxt-dev/browser picks `globalThis.chrome` when its module is evaluated, so install first,
// then import a fresh copy of the module for every test.
async function load(seed?: { value?: unknown; version?: number }) {
  vi.resetModules();
  sync = installFakeStorage().sync;
  if (seed?.value !== undefined) sync.data.set('settings', seed.value);
  if (seed?.version !== undefined) sync.data.set('settings$', { v: seed.version });
  return import('../../../src/settings/storage.ts');
}

describe('settings storage', () => {
  it('gives defaults when nothing is stored', async () => {
    const s = await load();
    expect(await s.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('salvages a corrupt stored value, keeping the valid fields', async () => {
    const s = await load({ value: { style: 'background', density: 12, kinds: 'all' }, version: 2 });
    expect(await s.getSettings()).toEqual({ ...DEFAULT_SETTINGS, style: 'background' });
  });

  it('migrates a v1 value on first read and records the new version', async () => {
    const s = await load({ value: { kinds: ['party'], everyMention: true }, version: 1 });
    const got = await s.getSettings();
    expect(got.kinds).toEqual({ party: true, plan: false, proposal: false });
    expect(got.density).toBe('every');
    expect(sync.data.get('settings$')).toEqual({ v: 2 });
  });

  it('updates with a patch, persists it and notifies watchers', async () => {
    const s = await load();
    const seen: Settings[] = [];
    const stop = s.watchSettings((v) => seen.push(v));
    const saved = await s.updateSettings({ theme: 'dark' });
    expect(saved.theme).toBe('dark');
    expect((sync.data.get('settings') as Settings).theme).toBe('dark');
    expect(seen.at(-1)?.theme).toBe('dark');
    stop();
    await s.updateSettings({ theme: 'light' });
    expect(seen.at(-1)?.theme).toBe('dark');
  });

  it('applies quick successive updates in order without losing any', async () => {
    const s = await load();
    await Promise.all([s.updateSettings({ theme: 'dark' }), s.updateSettings({ style: 'background' })]);
    const got = await s.getSettings();
    expect(got.theme).toBe('dark');
    expect(got.style).toBe('background');
  });

  it('turns a site off and on again, lifting a parent-domain entry', async () => {
    const s = await load();
    await s.setSiteEnabled('www.cnn.com', false);
    expect((await s.getSettings()).disabledSites).toEqual(['cnn.com']);
    expect(s.isSiteEnabled(await s.getSettings(), 'edition.cnn.com')).toBe(false);
    await s.setSiteEnabled('edition.cnn.com', true);
    expect(s.isSiteEnabled(await s.getSettings(), 'edition.cnn.com')).toBe(true);
  });
});
