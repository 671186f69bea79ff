/**
 * The contract between the content script and the tooltip script (`tooltip.js`, built from
 * entry.ts). The tooltip UI (Preact, @floating-ui/dom, the view models) is not part of the content
 * script: the background injects `tooltip.js` into the content script's own frame and isolated world
 * on first use, and the script hands its API over on that world's global object, which the page
 * cannot see. This module holds only names and types so importing it costs the content script nothing.
 */
import type { IsoDate } from '../../data/types.ts';
import type { EntryDetails } from '../../messaging/protocol.ts';
import type { Settings } from '../../settings/types.ts';
import type { StringTable } from '../i18n.ts';
import type { TooltipHost } from './host.ts';
import type { TooltipView, UiLang } from './model.ts';

export const TOOLTIP_TAG = 'standpoint-tooltip';
export const TOOLTIP_ID = 'standpoint-tooltip';

/** The tooltip script, relative to the extension root (what `scripting.executeScript` is given). */
export const TOOLTIP_SCRIPT = 'tooltip.js';

/** The global the tooltip script sets in the isolated world (content scripts' world, not the page's). */
export const TOOLTIP_GLOBAL = '__standpointTooltipUi';

/** What the tooltip script provides. */
export interface TooltipApi {
  createTooltipHost(doc: Document, theme: Settings['theme']): TooltipHost;
  buildView(
    id: string,
    details: EntryDetails,
    lang: UiLang,
    onPage: readonly string[],
    article: IsoDate | null,
  ): TooltipView | null;
  referencedIds(id: string, details: EntryDetails): string[];
  /** The tooltip's UI strings in both languages (i18n.ts `addStrings`): they stay out of the content script. */
  strings: StringTable;
}

type Holder = { [TOOLTIP_GLOBAL]?: TooltipApi };

/** Called by the tooltip script: hands its API to the content script (a later injection replaces it). */
export function publishTooltipApi(api: TooltipApi, global: object = globalThis): void {
  (global as Holder)[TOOLTIP_GLOBAL] = api;
}

/** The API the tooltip script published in this world, if it ran. */
export function readTooltipApi(global: object = globalThis): TooltipApi | undefined {
  const api = (global as Holder)[TOOLTIP_GLOBAL];
  return api && typeof api.createTooltipHost === 'function' ? api : undefined;
}
