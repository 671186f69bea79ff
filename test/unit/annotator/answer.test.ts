/**
 * The background's answer as the page reads it (answer.ts): a long page's answer is unpacked in a
 * task of its own, a normal article's at once; either way into exactly the mentions it packs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LARGE_ANSWER, readAnswer } from '../../../src/annotator/answer.ts';
import { type PackedMentions, unpackMentions } from '../../../src/matcher/wire.ts';

const TEXT = 'Kyiv and Moscow';

function answer(mentions: number): PackedMentions {
  const at: number[] = [];
  for (let i = 0; i < mentions; i++) at.push(i % 2, i % 2 ? 9 : 0, i % 2 ? 15 : 4, 0);
  return { ids: ['ukraine', 'russia'], kinds: ['party', 'party'], at };
}

describe('readAnswer', () => {
  const scheduler = (globalThis as { scheduler?: unknown }).scheduler;
  afterEach(() => {
    (globalThis as { scheduler?: unknown }).scheduler = scheduler;
  });

  /** The mentions read, and what happened in order: each yield, and the moment the mentions came back. */
  async function read(packed: PackedMentions) {
    const events: string[] = [];
    (globalThis as { scheduler?: unknown }).scheduler = {
      yield: () => {
        events.push('yield');
        return Promise.resolve();
      },
    };
    const mentions = await readAnswer(packed, TEXT);
    events.push('read');
    return { mentions, events };
  }

  it('unpacks a long page answer after a yield, into the mentions it packs', async () => {
    const packed = answer(LARGE_ANSWER + 1);
    const { mentions, events } = await read(packed);
    expect(events).toEqual(['yield', 'read']);
    expect(mentions).toEqual(unpackMentions(packed, TEXT));
    expect(mentions).toHaveLength(LARGE_ANSWER + 1);
    expect(mentions[1]).toEqual({ id: 'russia', kind: 'party', start: 9, end: 15, text: 'Moscow' });
  });

  it('unpacks a normal article answer at once', async () => {
    const packed = answer(LARGE_ANSWER);
    const { mentions, events } = await read(packed);
    expect(events).toEqual(['read']);
    expect(mentions).toEqual(unpackMentions(packed, TEXT));
  });
});
