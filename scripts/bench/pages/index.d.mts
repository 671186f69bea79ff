/** A generated benchmark page; `root` is the CSS selector of the element every contestant annotates. */
export interface BenchPage {
  name: string;
  html: string;
  root: string;
  words?: number;
  elements?: number;
  appended?: string[];
  /** A page Standpoint must leave unmarked (about something else): the extension rows wait for its ready attribute, not for marks. */
  unmarked?: boolean;
}
/** The four pages the issue names, in the order the report lists them. */
export function allPages(): BenchPage[];
/** Pages measured only with the built extension: an article about something else. */
export function extensionOnlyPages(): BenchPage[];
