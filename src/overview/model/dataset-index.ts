/**
 * Look-ups the overview views share: entries by id and kind. Parties and proposals follow the
 * taxonomy's order (the US, Ukraine, Russia, Europe first; ceasefire before territory), which reads
 * better than file order; entries the taxonomy does not list follow in dataset order. Plans go by date.
 */
import { TAXONOMY } from '../../data/taxonomy.ts';
import type { Dataset, Entry, PartyEntry, PlanEntry, ProposalEntry } from '../../data/types.ts';

export interface DatasetIndex {
  dataset: Dataset;
  byId: Map<string, Entry>;
  parties: PartyEntry[];
  plans: PlanEntry[];
  proposals: ProposalEntry[];
}

function byOrder<T extends Entry>(entries: T[], order: readonly string[]): T[] {
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  // Array.prototype.sort is stable, so unlisted entries keep their dataset order.
  return [...entries].sort((a, b) => rank(a.id) - rank(b.id));
}

/** Indexes a dataset once so views can look entries up by id and list them by kind. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const byId = new Map<string, Entry>();
  const parties: PartyEntry[] = [];
  const plans: PlanEntry[] = [];
  const proposals: ProposalEntry[] = [];
  for (const entry of dataset.entries) {
    byId.set(entry.id, entry);
    if (entry.kind === 'party') parties.push(entry);
    else if (entry.kind === 'plan') plans.push(entry);
    else proposals.push(entry);
  }
  return {
    dataset,
    byId,
    parties: byOrder(parties, [...TAXONOMY.parties, ...TAXONOMY.people]),
    plans: [...plans].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    proposals: byOrder(proposals, TAXONOMY.proposals),
  };
}
