/**
 * The background worker (service worker in Chrome, event page in Firefox).
 *
 * Map: messages (below) | badge per tab (badge.ts) | extra sites (sites.ts) | keyboard command
 * (command.ts). Every listener is registered synchronously at the top level, and nothing that
 * matters lives only in memory, so the browser may stop and restart the worker at any time.
 */

import dataset from 'virtual:standpoint/dataset';
import browser from 'webextension-polyfill';
import { onMessage } from '../messaging/protocol.ts';
import { watchSettings } from '../settings/storage.ts';
import { applyReport, clearAll, clearTab } from './badge.ts';
import { toggleActiveSite } from './command.ts';
import { datasetInfo, entryDetails } from './details.ts';
import { findMentions, pageEntries } from './matching.ts';
import { disableSite, enableSite, listExtraSites, syncRegistrations } from './sites.ts';
import { activeTabId, injectInto, reportOf, revealIn } from './tabs.ts';
import { injectTooltip } from './tooltip.ts';

onMessage('ping', () => 'pong');
onMessage('loadTooltip', ({ sender }) => injectTooltip(sender));
onMessage('getEntryDetails', ({ data }) => entryDetails(dataset, data));
onMessage('getPageEntries', ({ data }) => pageEntries(data));
onMessage('findMentions', ({ data }) => findMentions(data.langs, data.text));
onMessage('getDatasetInfo', () => datasetInfo(dataset));

onMessage('reportPage', async ({ data, sender }) => {
  const tabId = sender.tab?.id;
  // Only a tab's top frame speaks for the tab; a frame's report would overwrite the page's count.
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
  await applyReport(tabId, data);
});

onMessage('getActiveReport', async ({ data }) => {
  const tabId = data ?? (await activeTabId());
  return tabId === undefined ? null : reportOf(tabId);
});

onMessage('revealEntry', async ({ data }) => {
  const tabId = await activeTabId();
  return tabId === undefined ? false : revealIn(tabId, data);
});

onMessage('revealInTab', ({ data }) => revealIn(data.tabId, data.id));

onMessage('annotateOnce', async ({ data }) => {
  const tabId = data ?? (await activeTabId());
  return tabId === undefined ? false : injectInto(tabId);
});

onMessage('openOverview', async ({ data }) => {
  const hash = data.replace(/^#/, '');
  await browser.tabs.create({
    url: `${browser.runtime.getURL('src/overview/index.html')}${hash ? `#${hash}` : ''}`,
  });
});

onMessage('enableSite', ({ data }) => enableSite(data));
onMessage('disableSite', ({ data }) => disableSite(data));
onMessage('listExtraSites', () => listExtraSites());

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document is loading: the old count no longer describes the page; its script reports anew.
  if (change.status === 'loading') void clearTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));

browser.commands.onCommand.addListener((command) => {
  if (command === 'toggle-site') void toggleActiveSite();
});

watchSettings((settings) => {
  // Content scripts report their own cleared state; this covers tabs whose script cannot answer.
  if (!settings.enabled) void clearAll();
});

// Registrations may be lost (Firefox before persistence, a revoked permission): rebuild on each start.
void syncRegistrations().catch((err) => console.warn('[standpoint] could not sync site registrations', err));
