/** Injecting the tooltip script (src/annotator/tooltip/api.ts) into the frame that asks for it. */
import browser from 'webextension-polyfill';
import { TOOLTIP_SCRIPT } from '../annotator/tooltip/api.ts';

/** Where a message came from: only a content script in a tab's frame may have the tooltip injected. */
export interface TooltipSender {
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Runs tooltip.js in the sender's frame (its isolated world, next to the content script); false when
 * the browser refuses (no host access, the frame is gone), so the content script retries later.
 */
export async function injectTooltip(sender: TooltipSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [TOOLTIP_SCRIPT],
    });
    return true;
  } catch {
    return false;
  }
}
