// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText, findArticleRoot } from '../../../src/extract/index.ts';

function root(html: string): Element {
  const div = document.createElement('div');
  // Test fixture only: DOMParser keeps src/ free of HTML-string APIs.
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const n of Array.from(doc.body.childNodes)) div.appendChild(document.importNode(n, true));
  return div;
}

describe('extractText', () => {
  it('joins inline elements so a name split by <em> or <a> is one run of text', () => {
    const { text } = extractText(
      root('<p>security <em>guaran</em>tees from <a href="#">the <b>US</b></a></p>'),
    );
    expect(text.trim()).toBe('security guarantees from the US');
  });
  it('puts a newline between blocks and at <br>, never two in a row', () => {
    const { text } = extractText(
      root('<p>one</p><div><p>two</p></div>three<br>four<ul><li>a</li><li>b</li></ul>'),
    );
    expect(text.split('\n').filter(Boolean)).toEqual(['one', 'two', 'three', 'four', 'a', 'b']);
    expect(text).not.toMatch(/\n\n/);
  });
  it('skips scripts, styles, form fields, code, hidden and editable elements and Standpoint UI', () => {
    const html =
      '<p>keep1</p><script>bad1</script><style>bad2</style><noscript>bad3</noscript><template>bad4</template>' +
      '<textarea>bad5</textarea><select><option>bad6</option></select><button>bad7</button><code>bad8</code>' +
      '<pre>bad9</pre><div hidden>bad10</div><div aria-hidden="true">bad11</div><div contenteditable="true">bad12</div>' +
      '<standpoint-tooltip>bad13</standpoint-tooltip><span style="display: none">bad14</span>' +
      '<div contenteditable="false">keep2</div><span aria-hidden="false">keep3</span>';
    const { text } = extractText(root(html));
    expect(text).not.toMatch(/bad/);
    expect(text).toMatch(/keep1[\s\S]*keep2[\s\S]*keep3/);
  });
  it('maps every text node to its exact slice of the text, source newlines as spaces', () => {
    const { text, segments } = extractText(root('<p>Kyiv\ninsists</p><p>on <i>security</i> guarantees</p>'));
    expect(segments.length).toBe(4);
    for (const s of segments) {
      expect(s.end - s.start).toBe(s.node.data.length);
      expect(text.slice(s.start, s.end)).toBe(s.node.data.replace(/\n/g, ' '));
    }
    expect(text).toContain('Kyiv insists');
  });
});

describe('findArticleRoot', () => {
  const page = (body: string) =>
    new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
  const para = (s: string) => `<p>${s.repeat(8)}</p>`;
  const CHROME =
    '<div class="ticker">$42.18 0.02 49.23 0.00</div><header><a href="/o">Electricity outage schedules</a></header>';

  it('prefers itemprop=articleBody and leaves out tickers and header links', () => {
    const doc = page(
      `${CHROME}<main><h1>T</h1><div itemprop="articleBody">${para('Ukraine wants guarantees. ')}</div></main>`,
    );
    const el = findArticleRoot(doc)!;
    expect(el.getAttribute('itemprop')).toBe('articleBody');
    expect(el.textContent).not.toMatch(/42\.18|Electricity outage/);
  });
  it('uses per-site selectors for a known host', () => {
    const doc = page(`${CHROME}<div class="article__content">${para('CNN reports on the talks. ')}</div>`);
    expect(findArticleRoot(doc, 'https://edition.cnn.com/x')!.className).toBe('article__content');
  });
  it('takes the <article> with the most text', () => {
    const doc = page(
      `<article id="small">${para('x. ')}</article><article id="big">${para('Long paragraph of news. ')}</article>`,
    );
    expect(findArticleRoot(doc)!.id).toBe('big');
  });
  it('falls back to the block with most paragraph text, outside nav/aside/comments', () => {
    const doc = page(
      `${CHROME}<aside>${para('Sidebar text that is long. ').repeat(3)}</aside>` +
        `<div class="comments">${para('A comment that is long. ').repeat(3)}</div>` +
        `<div id="story">${para('The story itself, told here. ')}${para('More of the story. ')}</div>`,
    );
    expect(findArticleRoot(doc)!.id).toBe('story');
  });
  it('returns null for a page without prose', () => {
    expect(findArticleRoot(page('<nav><a>Home</a></nav>'))).toBeNull();
  });
});
