/**
 * A minimal in-memory `chrome.storage` area (get/set/remove/clear/onChanged), enough for
 * `@wxt-dev/storage` in Node. Tests install it on `globalThis.chrome` before importing the code.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => void;

export interface FakeArea {
  data: Map<string, unknown>;
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
  onChanged: { addListener(l: Listener): void; removeListener(l: Listener): void };
}

/** Returns a storage area that keeps values as JSON clones and fires onChanged like the real one. */
export function fakeArea(): FakeArea {
  const data = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const clone = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  const emit = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    if (Object.keys(changes).length) for (const l of [...listeners]) l(changes);
  };
  return {
    data,
    async get(keys) {
      const list = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = clone(data.get(k));
      return out;
    },
    async set(items) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: clone(data.get(k)), newValue: clone(v) };
        data.set(k, clone(v));
      }
      emit(changes);
    },
    async remove(keys) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        if (!data.has(k)) continue;
        changes[k] = { oldValue: clone(data.get(k)) };
        data.delete(k);
      }
      emit(changes);
    },
    async clear() {
      await this.remove([...data.keys()]);
    },
    onChanged: {
      addListener: (l) => void listeners.add(l),
      removeListener: (l) => void listeners.delete(l),
    },
  };
}

/**
 * Installs fresh fake sync/local/session areas on `globalThis.chrome` and returns them. The
 * `chrome` object itself is reused: `@wxt-dev/browser` captures it once per process.
 */
export function installFakeStorage() {
  const areas = { sync: fakeArea(), local: fakeArea(), session: fakeArea() };
  const g = globalThis as { chrome?: Record<string, unknown> };
  g.chrome ??= {};
  g.chrome.runtime ??= { id: 'test' };
  g.chrome.storage = areas;
  return areas;
}
