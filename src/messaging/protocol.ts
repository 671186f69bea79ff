/**
 * Every message Standpoint sends, typed end to end (one map per direction).
 * Content script <-> background worker and popup <-> background go through `@webext-core/messaging`;
 * popup -> content script goes through the background (it knows the active tab).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Entry, Position } from '../data/types.ts';

export type EntryCount = { id: string; kind: 'party' | 'plan' | 'proposal'; count: number; label: string };

/** What the content script found on its page, as the popup and badge show it. */
export interface PageReport {
  url: string;
  /** Why nothing is shown, when nothing is. */
  state: 'annotated' | 'disabled' | 'no-article' | 'no-matches' | 'too-large';
  /** Marks visible on the page (what the badge counts). */
  markCount: number;
  entries: EntryCount[];
}

export interface EntryDetails {
  asOf: string;
  entries: Entry[];
  positions: Position[];
}

export interface ProtocolMap {
  /** content -> background: liveness check used by tests and the content script. */
  ping(): 'pong';
  /** content -> background: full tooltip data, loaded on first tooltip open. */
  getEntryDetails(ids: string[]): EntryDetails;
  /** content -> background: the page's current report (badge, popup list). */
  reportPage(report: PageReport): void;
  /** popup -> background -> content: what the active tab shows. */
  getActiveReport(): PageReport | null;
  /** popup -> background -> content: scroll to the next mark of an entry and flash it. */
  revealEntry(id: string): boolean;
  /** popup -> background: annotate the active tab once via activeTab. */
  annotateOnce(): boolean;
  /** content or popup -> background: open the overview page at a deep link, e.g. "proposal=ceasefire". */
  openOverview(hash: string): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
