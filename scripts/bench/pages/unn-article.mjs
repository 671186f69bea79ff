/**
 * The sample UNN article: the seed text (UNN, 25.04.2025, reporting CNN) laid out as UNN lays out an
 * article page. A normal-sized article: the budget here is "costs next to nothing".
 */
import { esc, pageShell, seedParagraphs } from './common.mjs';

/** The sample article page as { name, html, root } (root: the CSS selector the benchmark annotates). */
export function unnArticlePage() {
  const paras = seedParagraphs();
  const dateline = paras.find((p) => p.startsWith('Kyiv'));
  const body = paras.filter((p) => p !== dateline && !p.startsWith('•'));
  const [lead, headline, ...rest] = body;
  const articleHtml = `<article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">${esc(headline ?? '')}</h1>
<p class="dateline">Kyiv • UNN • 25.04.25, 15:31 • 7463 views</p>
<div itemprop="articleBody">
<p><strong>${esc(lead ?? '')}</strong></p>
${rest.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
</article>`;
  return {
    name: 'unn-article',
    html: pageShell({ title: headline ?? 'UNN', articleHtml }),
    root: 'article',
  };
}
