import { describe, expect, it } from 'vitest';
import { makeTranslate } from '../../../src/annotator/i18n.ts';
import {
  publishTooltipApi,
  readTooltipApi,
  TOOLTIP_GLOBAL,
  type TooltipApi,
} from '../../../src/annotator/tooltip/api.ts';
import { createTooltipLoader } from '../../../src/annotator/tooltip-loader.ts';

const fakeApi = (): TooltipApi => ({
  strings: { en: {}, uk: {} },
  createTooltipHost: () => {
    throw new Error('not used here');
  },
  buildView: () => null,
  referencedIds: () => [],
});

/** An inject() the test settles by hand, counting calls. */
function manualInject() {
  const calls: ((ok: boolean) => void)[] = [];
  const inject = () => new Promise<boolean>((resolve) => calls.push(resolve));
  return { inject, calls };
}

describe('tooltip loader', () => {
  it("hands the tooltip script's strings to the translators, those made before it included", async () => {
    const t = makeTranslate('uk');
    expect(t('tooltip_test_only')).toBe('tooltip_test_only');
    const api = {
      ...fakeApi(),
      strings: { en: { tooltip_test_only: 'Test' }, uk: { tooltip_test_only: 'Тест' } },
    };
    await createTooltipLoader({ inject: async () => true, read: () => api }).load();
    expect(t('tooltip_test_only')).toBe('Тест');
  });

  it('a second request while loading does not inject twice', async () => {
    const api = fakeApi();
    const { inject, calls } = manualInject();
    const loader = createTooltipLoader({ inject, read: () => api });
    const first = loader.load();
    const second = loader.load();
    expect(calls).toHaveLength(1);
    expect(loader.current()).toBeNull();
    calls[0]!(true);
    expect(await first).toBe(api);
    expect(await second).toBe(api);
    expect(loader.current()).toBe(api);
    // Loaded: no further injection.
    expect(await loader.load()).toBe(api);
    expect(calls).toHaveLength(1);
  });

  it('a refused injection rejects, and the next request tries again', async () => {
    const api = fakeApi();
    const { inject, calls } = manualInject();
    const loader = createTooltipLoader({ inject, read: () => api });
    const first = loader.load();
    calls[0]!(false);
    await expect(first).rejects.toThrow(/could not be loaded/);
    expect(loader.current()).toBeNull();
    const second = loader.load();
    expect(calls).toHaveLength(2);
    calls[1]!(true);
    expect(await second).toBe(api);
  });

  it('an injection that throws (extension gone, no message channel) rejects and is retried later', async () => {
    let n = 0;
    const api = fakeApi();
    const loader = createTooltipLoader({
      inject: async () => {
        n++;
        if (n === 1) throw new Error('Could not establish connection');
        return true;
      },
      read: () => api,
    });
    await expect(loader.load()).rejects.toThrow(/establish connection/);
    expect(await loader.load()).toBe(api);
    expect(n).toBe(2);
  });

  it('a script that ran but published nothing counts as a failure', async () => {
    let published: TooltipApi | undefined;
    const loader = createTooltipLoader({ inject: async () => true, read: () => published });
    await expect(loader.load()).rejects.toThrow();
    published = fakeApi();
    expect(await loader.load()).toBe(published);
  });
});

describe('tooltip api hand-over', () => {
  it('reads back what the tooltip script published on the global, and ignores anything else there', () => {
    const world: Record<string, unknown> = {};
    expect(readTooltipApi(world)).toBeUndefined();
    world[TOOLTIP_GLOBAL] = { createTooltipHost: 'not a function' };
    expect(readTooltipApi(world)).toBeUndefined();
    const api = fakeApi();
    publishTooltipApi(api, world);
    expect(readTooltipApi(world)).toBe(api);
  });
});
