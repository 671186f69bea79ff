/**
 * Every message Standpoint sends, typed end to end (one map per direction).
 * Content script <-> background worker and popup <-> background go through `@webext-core/messaging`;
 * popup -> content script goes through the background (it knows the active tab).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageEntry } from '../annotator/page-index.ts';
import type { Entry, Lang, Position } from '../data/types.ts';
import type { PackedMentions } from '../matcher/wire.ts';

export type EntryCount = { id: string; kind: 'party' | 'plan' | 'proposal'; count: number; label: string };

/** What the content script found on its page, as the popup and badge show it. */
export interface PageReport {
  url: string;
  /** Why nothing is shown, when nothing is. */
  state: 'annotated' | 'disabled' | 'no-article' | 'no-matches' | 'off-topic' | 'too-large';
  /** Marks visible on the page (what the badge counts). */
  markCount: number;
  entries: EntryCount[];
}

export interface EntryDetails {
  asOf: string;
  entries: Entry[];
  positions: Position[];
}

/** What the popup's About section shows. */
export interface DatasetInfo {
  asOf: string;
  entries: number;
  positions: number;
  sources: number;
}

/** A site the reader enabled beyond the built-in list (origin like "https://example.org"). */
export interface ExtraSite {
  origin: string;
  /** Whether the browser still holds the host permission (the reader may revoke it elsewhere). */
  granted: boolean;
}

export interface ProtocolMap {
  /** content -> background: liveness check used by tests and the content script. */
  ping(): 'pong';
  /**
   * content -> background: run the tooltip script (tooltip.js) in the sender's frame, in the content
   * script's world; true once it ran. Sent on the first hover or focus on a mark.
   */
  loadTooltip(): boolean;
  /**
   * content -> background: each entry's kind, party and label for names in the given languages
   * (`pageNameLangs`: Russian only on a page written in it), asked for once when annotating starts.
   */
  getPageEntries(langs: Lang[]): PageEntry[];
  /**
   * content -> background: where the names in `langs` occur in `text` (the page's article as the
   * engine reads it). The background holds the matcher, compiled at build time (background/matching.ts).
   */
  findMentions(request: { langs: Lang[]; text: string }): PackedMentions;
  /** content -> background: full tooltip data, loaded on first tooltip open. */
  getEntryDetails(ids: string[]): EntryDetails;
  /** content -> background: the page's current report (badge, popup list). */
  reportPage(report: PageReport): void;
  /**
   * popup -> background -> content: what the active tab (or the given tab) shows. The content
   * script receives it with no data; the popup passes the tab it was opened for.
   */
  getActiveReport(tabId?: number): PageReport | null;
  /** popup -> background -> content: scroll to the next mark of an entry and flash it. */
  revealEntry(id: string): boolean;
  /** popup -> background: reveal an entry in a given tab (forwarded to it as `revealEntry`). */
  revealInTab(request: { tabId: number; id: string }): boolean;
  /** popup -> background: annotate the active tab (or the given tab) once via activeTab. */
  annotateOnce(tabId?: number): boolean;
  /** content or popup -> background: open the overview page at a deep link, e.g. "proposal=ceasefire". */
  openOverview(hash: string): void;
  /** popup -> background: counts for the About section (the popup never loads the dataset itself). */
  getDatasetInfo(): DatasetInfo;
  /**
   * popup -> background, after the popup obtained `permissions.request({ origins: [origin + '/*'] })`:
   * register the content script for that origin (persisting across restarts) and annotate open tabs.
   */
  enableSite(origin: string): boolean;
  /** popup -> background: unregister an extra site and give its permission back. */
  disableSite(origin: string): boolean;
  /** popup -> background: the extra sites the reader enabled. */
  listExtraSites(): ExtraSite[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** The `storage.session` key under which the worker keeps a tab's last report (the popup watches it). */
export function reportStorageKey(tabId: number): string {
  return `report:${tabId}`;
}
