/** Why "In this article" is empty, as a message key the reader can act on. */
import type { PageReport } from '../messaging/protocol.ts';
import { isSiteEnabled } from '../settings/salvage.ts';
import type { Settings } from '../settings/types.ts';

export interface EmptyInput {
  url: string | undefined;
  settings: Settings;
  report: PageReport | null;
  /** The page is in the built-in list or an added site (the content script runs there). */
  covered: boolean;
}

/** The `popup_empty_*` key explaining an empty list, or null when the report lists entries. */
export function emptyReason({ url, settings, report, covered }: EmptyInput): string | null {
  if (report && report.state === 'annotated' && report.entries.length > 0) return null;
  let host = '';
  try {
    const parsed = url ? new URL(url) : null;
    if (parsed && /^https?:$/.test(parsed.protocol)) host = parsed.hostname;
  } catch {
    // An unparsable URL is treated like a page that is not a web page.
  }
  if (!host) return 'empty_not_web';
  if (!settings.enabled) return 'empty_global_off';
  if (!isSiteEnabled(settings, host) || report?.state === 'disabled') return 'empty_site_off';
  if (!settings.kinds.party && !settings.kinds.plan && !settings.kinds.proposal) return 'empty_kinds_off';
  if (!report) return covered ? 'empty_not_read' : 'empty_not_covered';
  if (report.state === 'no-article') return 'empty_no_article';
  if (report.state === 'too-large') return 'empty_too_large';
  if (report.state === 'off-topic') return 'empty_off_topic';
  return 'empty_no_matches';
}
