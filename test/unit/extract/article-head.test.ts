import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { HEAD_ELEMENTS, HEAD_GAP } from '../../../src/extract/article-head.ts';
import { extractText, findArticleHead, findArticleRoot } from '../../../src/extract/index.ts';

const BODY = `<div itemprop="articleBody" id="body">
  <p>Kyiv insists on security guarantees from the US, and not only from Europe, a source said today.</p>
  <p>The initial US framework would recognize Russia's control over Crimea, which Ukraine rejects.</p>
</div>`;
const LEAD = "Ukraine does not agree with the US proposal to recognize Russia's control over Crimea.";

// Both parsers: the extension's pages are browser DOMs (happy-dom here), the CLI's are linkedom's,
// which orders nodes of different branches the wrong way round in compareDocumentPosition.
const parsers: [string, (html: string) => Document][] = [
  [
    'happy-dom',
    (html) => {
      const win = new Window();
      win.document.write(`<!doctype html><html><body>${html}</body></html>`);
      return win.document as unknown as Document;
    },
  ],
  ['linkedom', (html) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document],
];

/** The text of each element `findArticleHead` gives for the page's body (`#body`), found as at `url`. */
function head(doc: Document, url?: string): string[] {
  const article = findArticleRoot(doc, url)!;
  expect(article.id).toBe('body');
  return findArticleHead(doc, article).map((el) => (el.textContent ?? '').trim());
}

describe.each(parsers)('findArticleHead (%s)', (_, load) => {
  it('takes the headline and the standfirst printed before the body, not the byline or the dateline', () => {
    const doc = load(`
      <header class="masthead"><h1>UNN</h1><nav><a href="/">News</a></nav></header>
      <article>
        <h1 itemprop="headline">CNN has learned the main stumbling blocks between the US and Ukraine</h1>
        <div class="meta"><span>Kyiv • UNN</span> <time>25.04.25</time></div>
        <p class="byline">By Jane Doe, UNN</p>
        <p class="lead">${LEAD}</p>
        ${BODY}
      </article>`);
    expect(head(doc)).toEqual(['CNN has learned the main stumbling blocks between the US and Ukraine', LEAD]);
  });

  it('takes a headline in the article header and in a block of its own, as CNN and Reuters print it', () => {
    const inHeader = load(`<main><article>
      <header class="article-header"><h1>Ukraine and US split over Crimea and security guarantees</h1></header>
      ${BODY}</article></main>`);
    expect(head(inHeader)).toEqual(['Ukraine and US split over Crimea and security guarantees']);
    const apart = load(`<div class="headline"><h1>Ukraine and US split over Crimea</h1></div>
      <div class="byline"><span>By CNN</span> · <time>Published Fri April 25, 2025</time></div>
      <div class="ad-slot">Advertisement</div>
      <div class="layout"><div class="image"><figure><img alt=""><figcaption>Volodymyr Zelensky in Kyiv on Friday.</figcaption></figure></div>
      ${BODY}</div>`);
    expect(head(apart)).toEqual(['Ukraine and US split over Crimea']);
  });

  it('takes a standfirst printed in a block of its own, named by its class, but not an advert', () => {
    const doc = load(`<h1>Ukraine and US split over Crimea</h1>
      <div class="ad-leaderboard">Advertisement: subscribe to our newsletter for daily news from Kyiv</div>
      <div class="article__lead"><span>${LEAD}</span></div>
      ${BODY}`);
    expect(head(doc)).toEqual(['Ukraine and US split over Crimea', LEAD]);
  });

  it('reads a Reuters page of 2026: its body by the CSS-module class, its headline in the page header', () => {
    const doc = load(`
      <header class="site-header"><nav><a href="/world/">World</a></nav></header>
      <main><article>
        <header class="article-header-module__header__x1">
          <h1 data-testid="Heading">Ukraine rejects US proposal to recognise Russian control of Crimea</h1>
          <div class="article-header-module__info__x2"><time>April 25, 2026</time> · <span>By Reuters staff</span></div>
        </header>
        <figure><div data-testid="Image"></div><figcaption>Ukrainian President Volodymyr Zelenskiy in Kyiv, April 24, 2026.</figcaption></figure>
        <div class="article-body-module__container__bnXL0 over-6-para">
          <div class="article-body-module__content__bnXL1">
            <div data-testid="paragraph-0">KYIV, April 25 (Reuters) - Ukraine will not recognise Russia's control over Crimea, its foreign minister said on Friday, rejecting a central point of the US framework.</div>
            <div data-testid="paragraph-1">Kyiv wants security guarantees from the United States as well as from Europe, he said.</div>
            <p data-testid="SignOff">Reporting by a correspondent; Editing by an editor</p>
          </div>
        </div>
      </article></main>`);
    const article = findArticleRoot(doc, 'https://www.reuters.com/world/europe/x-2026-04-25/')!;
    expect(article.className).toBe('article-body-module__content__bnXL1');
    // The lead photo's caption is read with the headline; the body's own blocks are not repeated.
    expect(findArticleHead(doc, article).map((el) => el.getAttribute('data-testid') ?? el.tagName)).toEqual([
      'Heading',
      'FIGCAPTION',
    ]);
  });

  it('takes a dek, a key-points list item by item and the lead caption, as The Guardian prints them', () => {
    const doc = load(`<article><div class="grid">
      <div data-gu-name="headline"><h1>Ukraine war briefing: Kyiv answers the US framework</h1></div>
      <div data-gu-name="standfirst">
        <h2>Kyiv's counterproposal asks for security guarantees from the US as well as Europe</h2>
        <ul>
          <li>Ukraine will not recognize Russia's control over Crimea, officials say</li>
          <li><a href="/world/ukraine">Ukraine</a></li>
          <li>Talks on a ceasefire are to continue in London next week</li>
        </ul>
      </div>
      <div data-gu-name="meta"><ul class="share"><li><a href="/share">Share</a></li><li>Save this story</li></ul>
        <p>Sat 26 Apr 2025 06.00 BST</p></div>
      <div data-gu-name="media"><figure><img alt=""><figcaption><span>Volodymyr Zelensky and Keith Kellogg at talks in Kyiv on Friday.</span> Photograph: Agency</figcaption></figure></div>
      <div data-gu-name="body" id="body">
        <p>Kyiv insists on security guarantees from the US, and not only from Europe, a source said today.</p>
        <p>The initial US framework would recognize Russia's control over Crimea, which Ukraine rejects.</p>
      </div></div></article>`);
    expect(head(doc, 'https://www.theguardian.com/world/2025/apr/26/ukraine-war-briefing')).toEqual([
      'Ukraine war briefing: Kyiv answers the US framework',
      "Kyiv's counterproposal asks for security guarantees from the US as well as Europe",
      "Ukraine will not recognize Russia's control over Crimea, officials say",
      'Talks on a ceasefire are to continue in London next week',
      'Volodymyr Zelensky and Keith Kellogg at talks in Kyiv on Friday. Photograph: Agency',
    ]);
  });

  it('leaves out a list of links and a short section heading between the headline and the body', () => {
    const doc = load(`<h1>Ukraine and US split over Crimea</h1>
      <h2>Russia-Ukraine war</h2>
      <ul class="tags"><li><a href="/t/1">Negotiations between Ukraine and the United States on the war</a></li>
        <li><a href="/t/2">Security guarantees for Ukraine after a ceasefire with Russia</a></li></ul>
      ${BODY}`);
    expect(head(doc)).toEqual(['Ukraine and US split over Crimea']);
  });

  it('takes an ARIA heading of level 1 for the headline, not one of level 2', () => {
    const doc = load(`<div role="heading" aria-level="1">Ukraine and US split over Crimea</div>
      <div role="heading" aria-level="2">More on the talks in Geneva this week</div>${BODY}`);
    expect(head(doc)).toEqual(['Ukraine and US split over Crimea']);
  });

  it('leaves nothing to add when the article holds its headline', () => {
    const doc =
      load(`<h1>Site section: the war in Ukraine</h1><article id="body"><h1>Ukraine rejects the plan</h1>
      <p>Kyiv insists on security guarantees from the US, and not only from Europe, a source said today.</p></article>`);
    const article = doc.getElementById('body')!;
    expect(findArticleHead(doc, article)).toEqual([]);
    expect(findArticleHead(doc, doc.body)).toEqual([]);
  });

  it('never takes the page banner, a hidden heading, a linked one or one after the body', () => {
    const doc = load(`
      <header><h1>The Daily Standard: news from Ukraine and the world</h1></header>
      <div class="teaser"><a href="/other"><h1>Another story about the Ukraine talks</h1></a></div>
      <div><h1 aria-hidden="true">Ukraine and US split over Crimea, hidden copy</h1></div>
      ${BODY}
      <div class="more"><h1>Most read: Ukraine ceasefire talks in Riyadh</h1></div>`);
    expect(head(doc)).toEqual([]);
  });

  it('skips chrome and links between the headline and the body', () => {
    const doc = load(`<h1>Ukraine and US split over Crimea</h1>
      <nav class="share"><p>Share this story about Ukraine on every network you use today</p></nav>
      <p><a href="/live">Follow our live coverage of the talks between Ukraine and the US</a></p>
      <p class="standfirst">${LEAD}</p>
      ${BODY}`);
    expect(head(doc)).toEqual(['Ukraine and US split over Crimea', LEAD]);
  });

  it(`ignores a heading more than ${HEAD_GAP} characters of text before the body`, () => {
    const filler = `<p class="teaser">${'Other news of the day, told at length. '.repeat(8)}</p>`;
    const near = Math.floor(HEAD_GAP / 312);
    const within = load(`<h1>Ukraine and US split over Crimea</h1>${filler.repeat(near)}${BODY}`);
    expect(head(within)[0]).toBe('Ukraine and US split over Crimea');
    const far = load(`<h1>Ukraine and US split over Crimea</h1>${filler.repeat(near + 1)}${BODY}`);
    expect(head(far)).toEqual([]);
  });

  it(`gives up a heading more than ${HEAD_ELEMENTS} elements before the body, text or not`, () => {
    const empty = (n: number) => '<div class="slot"><i></i></div>'.repeat(n);
    const near = load(`<h1>Ukraine and US split over Crimea</h1>${empty(HEAD_ELEMENTS / 2 - 5)}${BODY}`);
    expect(head(near)).toEqual(['Ukraine and US split over Crimea']);
    const far = load(`<h1>Ukraine and US split over Crimea</h1>${empty(HEAD_ELEMENTS / 2 + 5)}${BODY}`);
    expect(head(far)).toEqual([]);
  });

  it('still finds the headline behind many headings after the body, each with its own text', () => {
    const cards = Array.from(
      { length: 40 },
      (_, i) =>
        `<div class="card"><h1>Another story about the talks, number ${i}</h1><p>${'More news. '.repeat(12)}</p></div>`,
    ).join('');
    const doc = load(`<h1>Ukraine and US split over Crimea</h1>${BODY}${cards}`);
    expect(head(doc)).toEqual(['Ukraine and US split over Crimea']);
  });

  it('is read before the body, on a line of its own', () => {
    const doc = load(`<span id="h" itemprop="headline">Kyiv weighs the US plan</span>${BODY}`);
    const article = findArticleRoot(doc)!;
    const parts = findArticleHead(doc, article);
    expect(parts.map((p) => p.id)).toEqual(['h']);
    const { text, segments } = extractText([...parts, article]);
    expect(text.startsWith('Kyiv weighs the US plan\n')).toBe(true);
    expect(text).toContain('Kyiv insists on security guarantees');
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.data.replace(/\s/g, ' '));
    expect(segments[0]!.block).toBe(parts[0]);
  });
});
