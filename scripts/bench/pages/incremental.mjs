/**
 * The incremental page: the sample article, then 200 paragraphs appended over time as a live blog does.
 * The page only carries the paragraphs (as JSON in an inert script); the benchmark appends them, so it
 * can time the work each append causes.
 */
import { rng } from './common.mjs';
import { paragraph } from './corpus.mjs';
import { unnArticlePage } from './unn-article.mjs';

/** How many paragraphs the incremental page appends. */
export const APPENDED_PARAGRAPHS = 200;

/** The incremental page as { name, html, root, appended: string[] } (appended: paragraph HTML). */
export function incrementalPage(count = APPENDED_PARAGRAPHS, seedValue = 200) {
  const r = rng(seedValue);
  const appended = Array.from({ length: count }, () => paragraph(r, r.next() < 0.3 ? 'uk' : 'en'));
  const base = unnArticlePage();
  // JSON in a non-executable script type: inert for the page, readable by the benchmark.
  const data = `<script type="application/json" id="bench-appended">${JSON.stringify(appended).replaceAll('<', '\\u003c')}</script>`;
  return {
    name: 'incremental',
    html: base.html.replace('</main>', `</main>\n${data}`),
    root: 'article',
    appended,
  };
}
