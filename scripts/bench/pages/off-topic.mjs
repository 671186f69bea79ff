/**
 * An article about something else on a supported site: what most pages a reader opens there are.
 * ~1,500 words of US politics and trade, written for the benchmark from sentence templates; it
 * shares common words with the dataset ("Trump", "sanctions", "ceasefire", "tariffs") but never
 * names either side of the war. Measured for the built extension only: the budget here is that
 * the page pays next to nothing, since the names are never loaded (src/annotator/topic-words.ts).
 */
import { countWords, esc, pageShell, rng } from './common.mjs';

const WHO = [
  'President Donald Trump',
  'The White House',
  'Senate Democrats',
  'House Republicans',
  'The Commerce Department',
  'Governors from farm states',
  'Treasury officials',
  'Trade negotiators',
];
const DID = [
  'said on Tuesday that',
  'argued in a statement that',
  'told reporters that',
  'warned in a letter that',
  'insisted at a briefing that',
  'signalled on Monday that',
];
const WHAT = [
  'new tariffs on imported steel would take effect next month',
  'the sanctions on the shipping companies would stay in place until the audit is finished',
  'a ceasefire in the budget fight was possible before the holiday recess',
  'farm subsidies would rise to offset the losses from the trade dispute',
  'the deal with Canada and Mexico needed a review of its rules of origin',
  'prices at the pump had fallen for a third straight week',
  'the central bank should cut rates before the end of the year',
  'the spending bill would be signed as soon as it reached the president',
];
const THEN = [
  'Markets rose on the news.',
  'Critics called the move a tax on consumers.',
  'The measure passed with a narrow majority.',
  'Economists expect the effect to be small.',
  'Business groups asked for exemptions.',
  'A vote is expected next week.',
];

/** The off-topic article page as { name, html, root, unmarked }. */
export function offTopicPage(targetWords = 1500, seedValue = 1105) {
  const r = rng(seedValue);
  const paras = [];
  let words = 0;
  while (words < targetWords) {
    const p = `${r.pick(WHO)} ${r.pick(DID)} ${r.pick(WHAT)}. ${r.pick(THEN)} ${r.pick(WHO)} ${r.pick(DID)} ${r.pick(WHAT)}.`;
    paras.push(p);
    words += countWords(p);
  }
  const headline = 'Tariffs, subsidies and a budget deadline: what Washington is weighing this week';
  const articleHtml = `<article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">${esc(headline)}</h1>
<div itemprop="articleBody">
${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
</article>`;
  return {
    name: 'off-topic',
    html: pageShell({ title: headline, articleHtml }),
    root: 'article',
    unmarked: true,
  };
}
