/** Every benchmark page, generated deterministically: [{ name, html, root, ... }]. */
import { heavyPage } from './heavy.mjs';
import { incrementalPage } from './incremental.mjs';
import { liveBlogPage } from './live-blog.mjs';
import { unnArticlePage } from './unn-article.mjs';

/** The four pages the issue names, in the order the report lists them. */
export function allPages() {
  return [unnArticlePage(), liveBlogPage(), heavyPage(), incrementalPage()];
}
