/**
 * The content script's own UI strings in both languages (marks' accessible names): the bundled copy
 * used when the page's language is not the browser's. The tooltip's strings travel with the tooltip
 * script (tooltip/strings.ts). public/_locales holds the same keys for browser.i18n; a unit test keeps
 * them in step (test/unit/annotator/strings.test.ts).
 */
export const MARK_STRINGS = {
  en: {
    mark_kind_party: 'Party',
    mark_kind_plan: 'Plan',
    mark_kind_proposal: 'Proposal',
  },
  uk: {
    mark_kind_party: 'Сторона',
    mark_kind_plan: 'План',
    mark_kind_proposal: 'Пропозиція',
  },
};
