/**
 * The background's answer, read on the page. The message of a long page's answer is parsed in the
 * task it arrives in (the bench's heavy page, 13,878 mentions: 8–19 ms in its worker stand-in), so
 * making an object per mention (another 6–18 ms, npm run bench --profile) waits for a task of its own.
 */
import { mentionCount, type PackedMentions, unpackMentions } from '../matcher/wire.ts';
import { yieldToMain } from './schedule.ts';
import type { Mention } from './types.ts';

/** Above this many mentions an answer is unpacked in a task apart from the one it arrived in. */
export const LARGE_ANSWER = 2000;

export async function readAnswer(packed: PackedMentions, text: string): Promise<Mention[]> {
  if (mentionCount(packed) > LARGE_ANSWER) await yieldToMain();
  return unpackMentions(packed, text);
}
