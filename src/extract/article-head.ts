/**
 * The article's headline and standfirst, where the page prints them outside the element that holds
 * its body. Many outlets mark only the body as the article (`itemprop="articleBody"`, CNN's
 * `.article__content`, Reuters' and AP's body blocks), yet the headline and the standfirst are what a
 * reader reads first, and they state the story's claims ("Ukraine does not agree with the US proposal
 * to recognize Russia's control over Crimea").
 *
 * The headline is the last `h1` (or `[itemprop=headline]`, `[role=heading][aria-level=1]`) before
 * the body, outside page chrome and with at most HEAD_GAP characters of text between the two (a
 * byline, a date, a photo caption): a heading further off belongs to something else. The
 * standfirst is any block between them long enough to be a sentence: a `p`, a second-level heading
 * printed as the dek, each item of a key-points list (The Guardian prints a live blog's standfirst
 * as one), the lead photo's caption, `[itemprop=description]` and its kin, or a block whose class
 * names it a standfirst, lead or excerpt.
 */
import { CHROME } from './article.ts';
import { isSkipped } from './rules.ts';

/** Most text between the headline and the body for the two to be one story. */
export const HEAD_GAP = 1200;
/**
 * Most elements walked in all, from every candidate headline to the body (icons, ad slots and empty
 * wrappers hold no text, so the text bound alone would let a page make the walks as long as it
 * likes; a heading after the body is rejected only when its walk runs out).
 */
export const HEAD_ELEMENTS = 4000;
/** Shortest paragraph between them that is taken for a standfirst (bylines and credits are shorter). */
export const MIN_STANDFIRST = 40;
/** Shortest headline: a site's name in an `h1` logo is shorter. */
const MIN_HEADLINE = 12;

// An h1, or what says it is one: schema.org's headline, an ARIA heading of level 1.
const HEADLINES = 'h1, [itemprop="headline"], [role="heading"][aria-level="1"]';
// Tags of the blocks a standfirst is printed in. A list is read item by item, so its short items
// (tags, share buttons) are left out as short paragraphs are.
const STANDFIRSTS = new Set(['P', 'H2', 'LI', 'FIGCAPTION']);
// schema.org properties of a story's summary and its lead photo's caption.
const STANDFIRST_PROPS = new Set(['description', 'alternativeHeadline', 'abstract', 'caption']);
// A standfirst printed in a block of its own, named by its class ("article__lead", "post-excerpt",
// "standfirst"), as a whole word: "leaderboard" is an advert.
const STANDFIRST_CLASS =
  /(?:^|[\s_-])(?:standfirst|lead|lede|excerpt|subtitle|subheadline|summary|dek|intro)(?:$|[\s_-])/i;
// A header or footer is page chrome as the page's own banner or footer only, not inside an article
// or another section (the rule for the banner and contentinfo landmarks).
const SECTIONING = 'article, aside, main, nav, section, [role="main"]';

/** Page chrome by `CHROME`, except a header or footer that belongs to a section of the page. */
function isChrome(el: Element): boolean {
  if (!el.matches(CHROME)) return false;
  const tag = el.tagName;
  return !((tag === 'HEADER' || tag === 'FOOTER') && el.parentElement?.closest(SECTIONING));
}

/** Read and markable where it stands: not hidden, not in chrome, a link, a form or code. */
function readable(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY' && e.tagName !== 'HTML'; e = e.parentElement) {
    if (isSkipped(e) || isChrome(e) || (e.tagName === 'A' && e.hasAttribute('href'))) return false;
  }
  return true;
}

/** A paragraph that is a link to something else ("Follow our live coverage"), not a standfirst. */
function mostlyLinks(el: Element, length: number): boolean {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) linked += (a.textContent ?? '').trim().length;
  return linked * 2 > length;
}

/** The next node after `node` and everything inside it, in document order. */
function after(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/**
 * Walks from the end of `from` to the start of `to`, collecting standfirst paragraphs; null once
 * more than HEAD_GAP characters of text lie between them, when the walks' shared element budget
 * (`budget.left`, from HEAD_ELEMENTS) runs out, or when `to` does not follow `from`.
 * (The walk is the order test: linkedom, which the CLI reads pages with, answers
 * `compareDocumentPosition` the wrong way round for nodes in different branches.)
 */
function between(from: Element, to: Element, budget: { left: number }): Element[] | null {
  const found: Element[] = [];
  let gap = 0;
  let node = after(from);
  while (node && node !== to) {
    if (node.nodeType === 3) {
      gap += (node as Text).data.trim().length;
      if (gap > HEAD_GAP) return null;
      node = after(node);
      continue;
    }
    if (node.nodeType !== 1) {
      node = after(node);
      continue;
    }
    const el = node as Element;
    if (--budget.left < 0) return null;
    if (el.contains(to)) {
      node = el.firstChild;
      continue;
    }
    if (isSkipped(el) || isChrome(el)) {
      node = after(el);
      continue;
    }
    if (
      STANDFIRSTS.has(el.tagName) ||
      STANDFIRST_PROPS.has(el.getAttribute('itemprop') ?? '') ||
      STANDFIRST_CLASS.test(el.getAttribute('class') ?? '')
    ) {
      const length = (el.textContent ?? '').trim().length;
      gap += length;
      if (gap > HEAD_GAP) return null;
      if (length >= MIN_STANDFIRST && !el.closest('a[href]') && !mostlyLinks(el, length)) found.push(el);
      node = after(el);
      continue;
    }
    node = el.firstChild ?? after(el);
  }
  return node === to ? found : null;
}

/**
 * The headline and standfirst elements of `article` that lie outside it, in document order; empty
 * when the article holds its own headline or none is found near it.
 */
export function findArticleHead(doc: Document, article: Element): Element[] {
  if (article === doc.body || article === doc.documentElement) return [];
  if (article.querySelector(HEADLINES)) return [];
  const candidates = Array.from(doc.querySelectorAll(HEADLINES));
  const budget = { left: HEAD_ELEMENTS };
  for (let i = candidates.length - 1; i >= 0 && budget.left > 0; i--) {
    const h = candidates[i]!;
    if (h.contains(article) || (h.textContent ?? '').trim().length < MIN_HEADLINE || !readable(h)) continue;
    // Null too for a heading after the body (a footer's, a related story's): an earlier one may fit.
    const standfirst = between(h, article, budget);
    if (standfirst) return [h, ...standfirst];
  }
  return [];
}
