/** Which of the matcher's mentions get a mark: kinds filter, no overlaps, and the density setting. */
import type { Settings } from '../settings/types.ts';
import type { Mention } from './types.ts';

/**
 * The mentions to mark, in text order. Overlaps keep the earliest, then longest, mention (so "Ukraine's
 * counterproposal" wins over "Ukraine" inside it). With density 'first', a party is marked only at its
 * first mention; `seenParties` carries that memory across passes (appended paragraphs, live blogs).
 */
export function selectMentions(
  mentions: readonly Mention[],
  settings: Pick<Settings, 'kinds' | 'density'>,
  seenParties: Set<string>,
): Mention[] {
  const wanted = mentions
    .filter((m) => settings.kinds[m.kind] && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Mention[] = [];
  let lastEnd = -1;
  for (const m of wanted) {
    if (m.start < lastEnd) continue;
    if (m.kind === 'party' && settings.density === 'first') {
      if (seenParties.has(m.id)) continue;
      seenParties.add(m.id);
    }
    chosen.push(m);
    lastEnd = m.end;
  }
  return chosen;
}
