import { beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/types.ts';
import { type FakeArea, fakeArea, installFakeStorage } from '../settings/fake-storage.ts';

interface Registered {
  id: string;
  matches: string[];
  js: string[];
  persistAcrossSessions?: boolean;
}

// A fake of the extension APIs the worker's site and command modules call.
const fake = vi.hoisted(() => ({
  local: undefined as unknown as FakeArea,
  granted: new Set<string>(),
  registered: [] as Registered[],
  tabs: [] as { id: number; url: string; active?: boolean }[],
  executeScript: undefined as unknown as Mock<(...args: unknown[]) => Promise<unknown[]>>,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getManifest: () => ({ content_scripts: [{ js: ['assets/content-x1.js'], matches: [] }] }) },
    storage: {
      get local() {
        return fake.local;
      },
    },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => fake.granted.has(o)),
      remove: async ({ origins }: { origins: string[] }) => {
        for (const o of origins) fake.granted.delete(o);
        return true;
      },
    },
    scripting: {
      getRegisteredContentScripts: async () => fake.registered.map((r) => ({ ...r })),
      registerContentScripts: async (list: Registered[]) => {
        for (const r of list) {
          if (fake.registered.some((x) => x.id === r.id)) throw new Error(`Duplicate script id "${r.id}"`);
          fake.registered.push(r);
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        fake.registered = fake.registered.filter((r) => !ids.includes(r.id));
      },
      executeScript: (...args: unknown[]) => fake.executeScript(...args),
    },
    tabs: {
      query: async (q: { url?: string; active?: boolean }) =>
        fake.tabs.filter((t) =>
          q.url ? t.url.startsWith(q.url.replace('*', '')) : q.active ? t.active === true : true,
        ),
    },
  },
}));

const sync = installFakeStorage().sync;
const sites = await import('../../../src/background/sites.ts');
const { toggleActiveSite } = await import('../../../src/background/command.ts');

beforeEach(() => {
  fake.local = fakeArea();
  fake.granted = new Set();
  fake.registered = [];
  fake.tabs = [];
  fake.executeScript = vi.fn(async () => []);
  sync.data.clear();
});

describe('extra sites', () => {
  it('refuses an origin whose permission was not granted', async () => {
    expect(await sites.enableSite('https://www.example.org/news/a')).toBe(false);
    expect(fake.registered).toEqual([]);
    expect(await sites.listExtraSites()).toEqual([]);
  });

  it('registers a granted origin for good and annotates its open tabs', async () => {
    fake.granted.add('https://www.example.org/*');
    fake.tabs = [
      { id: 3, url: 'https://www.example.org/news/a' },
      { id: 4, url: 'https://other.test/' },
    ];
    expect(await sites.enableSite('https://www.example.org/news/a')).toBe(true);
    expect(fake.registered).toEqual([
      {
        id: 'site:https://www.example.org',
        matches: ['https://www.example.org/*'],
        js: ['assets/content-x1.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(fake.executeScript).toHaveBeenCalledTimes(1);
    expect(fake.executeScript).toHaveBeenCalledWith({
      target: { tabId: 3 },
      files: ['assets/content-x1.js'],
    });
    expect(await sites.listExtraSites()).toEqual([{ origin: 'https://www.example.org', granted: true }]);
    // Enabling twice neither duplicates the registration nor throws.
    expect(await sites.enableSite('https://www.example.org')).toBe(true);
    expect(fake.registered).toHaveLength(1);
  });

  it('removes a site: unregisters, forgets and gives the permission back', async () => {
    fake.granted.add('https://www.example.org/*');
    await sites.enableSite('https://www.example.org');
    expect(await sites.disableSite('https://www.example.org')).toBe(true);
    expect(fake.registered).toEqual([]);
    expect(fake.granted.has('https://www.example.org/*')).toBe(false);
    expect(await sites.listExtraSites()).toEqual([]);
  });

  it('rebuilds registrations on start from the stored sites that still hold permission', async () => {
    fake.granted.add('https://a.example/*');
    await fake.local.set({ extraSites: ['https://a.example', 'https://b.example', 'not a url', 7] });
    fake.registered = [{ id: 'site:https://b.example', matches: ['https://b.example/*'], js: ['old.js'] }];
    await sites.syncRegistrations();
    expect(fake.registered.map((r) => r.id)).toEqual(['site:https://a.example']);
    await sites.syncRegistrations();
    expect(fake.registered).toHaveLength(1);
  });
});

describe('toggle-site command', () => {
  const settings = () => sync.data.get('settings') as Settings | undefined;

  it("turns the active tab's site off, then on again", async () => {
    fake.tabs = [{ id: 1, url: 'https://www.unn.ua/en/news/x', active: true }];
    await toggleActiveSite();
    expect(settings()?.disabledSites).toEqual(['unn.ua']);
    await toggleActiveSite();
    expect(settings()?.disabledSites).toEqual([]);
  });

  it('turns Standpoint on globally when it was off', async () => {
    sync.data.set('settings', { ...DEFAULT_SETTINGS, enabled: false });
    sync.data.set('settings$', { v: 2 });
    fake.tabs = [{ id: 1, url: 'https://edition.cnn.com/a', active: true }];
    await toggleActiveSite();
    expect(settings()?.enabled).toBe(true);
    expect(settings()?.disabledSites).toEqual([]);
  });

  it('ignores tabs without a web page', async () => {
    fake.tabs = [{ id: 1, url: 'about:blank', active: true }];
    await toggleActiveSite();
    expect(settings()).toBeUndefined();
  });
});
