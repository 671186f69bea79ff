/**
 * One Standpoint per page. A content script whose extension was reloaded or updated keeps running,
 * "orphaned", with a dead `browser.runtime`; the new instance announces itself with a DOM event (DOM
 * events cross isolated worlds) so the old one tears itself down, then sweeps anything left behind.
 */
import { MARK_TAG, sweepForeignMarks } from './highlighter.ts';
import { STYLE_ID } from './page-style.ts';
import { TOOLTIP_TAG } from './tooltip/api.ts';

export const TAKEOVER_EVENT = 'standpoint:takeover';

/**
 * Announces a new instance: older instances hear it and end. Returns a function that registers
 * `onReplaced` for when a still newer instance arrives; that listener is removed on the next call.
 */
export function claimPage(doc: Document, onReplaced: () => void): () => void {
  doc.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  const listener = () => onReplaced();
  doc.addEventListener(TAKEOVER_EVENT, listener);
  return () => doc.removeEventListener(TAKEOVER_EVENT, listener);
}

/** Removes every trace a previous instance may have left: marks, the stylesheet, the tooltip. */
export function sweepLeftovers(doc: Document): void {
  if (doc.querySelector(MARK_TAG)) sweepForeignMarks(doc);
  doc.getElementById(STYLE_ID)?.remove();
  for (const el of doc.querySelectorAll(TOOLTIP_TAG)) el.remove();
}

/** True when this script's extension context is gone (extension reloaded, updated or removed). */
export function isOrphaned(runtime: () => { id?: string } | undefined): boolean {
  try {
    return !runtime()?.id;
  } catch {
    return true;
  }
}
