/**
 * Entry of `tooltip.js`, the tooltip script the background injects into a page's frame on first use
 * (see api.ts). It runs in the content script's isolated world, so the global it sets is not visible
 * to the page; it has no other side effect.
 */
import { publishTooltipApi } from './api.ts';
import { createTooltipHost } from './host.ts';
import { buildView, referencedIds } from './model.ts';
import { TOOLTIP_STRINGS } from './strings.ts';

publishTooltipApi({ createTooltipHost, buildView, referencedIds, strings: TOOLTIP_STRINGS });
