/**
 * Find the element that holds the article itself, so highlights never land in tickers, menus,
 * headers or comment threads. Tried in order:
 *   1. [itemprop=articleBody] (schema.org markup, used by many outlets)
 *   2. per-site selectors for the supported outlets (stable, semantic ones)
 *   3. the <article> with the most paragraph text
 *   4. JSON-LD articleBody: the smallest block that contains its opening words
 *   5. text density: the block with the most direct paragraph text, outside page chrome
 */
import { isSkipped } from './rules.ts';

/** Site selectors by hostname suffix. */
const SITE_SELECTORS: [string, string[]][] = [
  ['unn.ua', ['.article__body', '.news-text', '.single-news__text', '.article-text']],
  ['cnn.com', ['.article__content', '[data-editable="content"]', '.article-body', '.zn-body__read-all']],
  [
    'reuters.com',
    [
      '[data-testid="ArticleBody"]',
      '[data-testid="article-body"]',
      // Since 2025 the body's class is a CSS module's: article-body-module__content__<hash>.
      '[class*="article-body-module__content"]',
      '[class*="article-body__content"]',
      '.article-body',
    ],
  ],
  ['apnews.com', ['.RichTextStoryBody', '.Article .RichTextBody', '[data-key="article"]']],
  ['bbc.com', ['[data-component="text-block"]', 'main article']],
  ['bbc.co.uk', ['[data-component="text-block"]', 'main article']],
  ['theguardian.com', ['[data-gu-name="body"]', '.article-body-commercial-selector', '#maincontent']],
  ['kyivindependent.com', ['.post-content', '.gh-content', '.article-content']],
  ['pravda.com.ua', ['.post_text', '.post__text', '.article_text']],
  ['rbc.ua', ['.txt', '.article__text', '.publication-text']],
];

/** Page chrome that is never the article, even when it holds a lot of text. */
export const CHROME =
  'nav, header, footer, aside, menu, form, [role="navigation"], [role="banner"], [role="contentinfo"], ' +
  '[role="complementary"], [class*="menu"], [class*="comment"], [id*="comment"], [class*="ticker"], ' +
  '[class*="related"], [class*="sidebar"]';

const MIN_TEXT = 150;

/** Inside page chrome? html/body are not checked: a body class like "menu-open" says nothing. */
function inChrome(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY' && e.tagName !== 'HTML'; e = e.parentElement)
    if (e.matches(CHROME)) return true;
  return false;
}

/** Text of the element's paragraphs (p and headings), the signal of article prose. */
function paragraphText(el: Element): number {
  let total = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    if (isSkipped(p) || inChrome(p)) continue;
    total += (p.textContent ?? '').trim().length;
  }
  return total;
}

function hostOf(doc: Document, url?: string): string {
  try {
    return new URL(url ?? doc.location?.href ?? '').hostname;
  } catch {
    return '';
  }
}

/** The element among `els` with most paragraph (or plain) text, if it has enough. */
function richest(els: Element[]): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const el of els) {
    const len = paragraphText(el) || (el.textContent ?? '').trim().length;
    if (len > bestLen) {
      best = el;
      bestLen = len;
    }
  }
  return bestLen >= MIN_TEXT ? best : null;
}

/** The nearest common ancestor of several elements (for sites that split the body into text blocks). */
export function commonAncestor(els: readonly Element[]): Element | null {
  if (els.length === 0) return null;
  let anc: Element | null = els[0]!;
  while (anc && !els.every((e) => anc!.contains(e))) anc = anc.parentElement;
  return anc;
}

function bySite(doc: Document, host: string): Element | null {
  for (const [suffix, selectors] of SITE_SELECTORS) {
    if (host !== suffix && !host.endsWith(`.${suffix}`)) continue;
    for (const sel of selectors) {
      const found = Array.from(doc.querySelectorAll(sel)).filter((e) => !inChrome(e));
      if (found.length === 0) continue;
      const el = found.length === 1 ? found[0]! : (commonAncestor(found) ?? richest(found));
      if (el && (el.textContent ?? '').trim().length >= MIN_TEXT) return el;
    }
  }
  return null;
}

function byJsonLd(doc: Document): Element | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let body = '';
    try {
      const data = JSON.parse(s.textContent ?? '') as unknown;
      const items = Array.isArray(data) ? data : [data];
      for (const it of items) {
        const b = (it as { articleBody?: unknown })?.articleBody;
        if (typeof b === 'string' && b.length > 0) body = b;
      }
    } catch {}
    if (!body) continue;
    const opening = body.replace(/\s+/g, ' ').trim().slice(0, 60);
    let best: Element | null = null;
    for (const el of Array.from(doc.body?.querySelectorAll('div, section, main, article') ?? [])) {
      if (inChrome(el)) continue;
      const t = (el.textContent ?? '').replace(/\s+/g, ' ');
      if (t.includes(opening) && (!best || best.contains(el))) best = el;
    }
    if (best) return best;
  }
  return null;
}

function byDensity(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const el of Array.from(doc.body?.querySelectorAll('div, section, main, article, td') ?? [])) {
    if (inChrome(el) || isSkipped(el)) continue;
    let len = 0;
    for (const c of Array.from(el.children)) {
      if (c.tagName === 'P' || c.tagName === 'BLOCKQUOTE') len += (c.textContent ?? '').trim().length;
    }
    if (len > bestLen) {
      best = el;
      bestLen = len;
    }
  }
  return bestLen >= MIN_TEXT ? best : null;
}

/** The element holding the article's text, or null when the page has no recognisable article. */
export function findArticleRoot(doc: Document, url?: string): Element | null {
  const marked = richest(Array.from(doc.querySelectorAll('[itemprop="articleBody"]')));
  if (marked) return marked;
  const site = bySite(doc, hostOf(doc, url));
  if (site) return site;
  const article = richest(Array.from(doc.querySelectorAll('article')).filter((a) => !inChrome(a)));
  if (article) return article;
  return byJsonLd(doc) ?? byDensity(doc);
}

/** Same as `findArticleRoot` (name used by the annotator and bench). */
export const findArticle = findArticleRoot;
