import { beforeEach, describe, expect, it, vi } from 'vitest';
import { injectTooltip } from '../../../src/background/tooltip.ts';

const fake = vi.hoisted(() => ({
  calls: [] as unknown[],
  refuse: false,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    scripting: {
      executeScript: async (options: unknown) => {
        fake.calls.push(options);
        if (fake.refuse) throw new Error('Cannot access contents of the page');
        return [{ frameId: 0, result: undefined }];
      },
    },
  },
}));

beforeEach(() => {
  fake.calls = [];
  fake.refuse = false;
});

describe('injectTooltip', () => {
  it('runs tooltip.js in the asking frame of the asking tab only', async () => {
    expect(await injectTooltip({ tab: { id: 7 }, frameId: 3 })).toBe(true);
    expect(fake.calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: ['tooltip.js'] }]);
  });

  it('treats a sender without frame id as the top frame', async () => {
    expect(await injectTooltip({ tab: { id: 7 } })).toBe(true);
    expect(fake.calls).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ['tooltip.js'] }]);
  });

  it('answers false, without throwing, when the browser refuses or the sender is no tab', async () => {
    fake.refuse = true;
    expect(await injectTooltip({ tab: { id: 7 }, frameId: 0 })).toBe(false);
    expect(await injectTooltip({ frameId: 0 })).toBe(false);
    expect(fake.calls).toHaveLength(1);
  });
});
