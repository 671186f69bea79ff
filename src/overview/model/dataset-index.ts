/** Look-ups the overview views share: entries by id and kind, in dataset order. */
import type { Dataset, Entry, PartyEntry, PlanEntry, ProposalEntry } from '../../data/types.ts';

export interface DatasetIndex {
  dataset: Dataset;
  byId: Map<string, Entry>;
  parties: PartyEntry[];
  plans: PlanEntry[];
  proposals: ProposalEntry[];
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
  return { dataset, byId, parties, plans, proposals };
}
