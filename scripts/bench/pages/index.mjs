/** Every benchmark page, generated deterministically: [{ name, html, root, words, elements, ... }]. */
import { countWords } from './common.mjs';
import { countElements, heavyPage } from './heavy.mjs';
import { incrementalPage } from './incremental.mjs';
import { liveBlogPage } from './live-blog.mjs';
import { offTopicPage } from './off-topic.mjs';
import { unnArticlePage } from './unn-article.mjs';

/** Words and elements inside the page's <article> (what every contestant walks). */
function measure(page) {
  const html = page.html;
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  const text = article.replace(/<[^>]+>/g, ' ');
  return { ...page, words: countWords(text), elements: countElements(article) };
}

/** The four pages the issue names, in the order the report lists them. */
export function allPages() {
  return [unnArticlePage(), liveBlogPage(), heavyPage(), incrementalPage()].map(measure);
}

/** Pages measured only with the built extension: an article about something else. */
export function extensionOnlyPages() {
  return [offTopicPage()].map(measure);
}
