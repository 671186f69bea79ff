// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { EXCLUDED_SELECTOR, isExcludedElement, MARK_TAG } from '../../../src/annotator/highlighter.ts';

/** Elements with and without the tags and attributes the selector names, in several spellings. */
const MARKUP = `
  <p>text</p><p class="lead">text</p><span>x</span><div id="d" data-x="1">x</div>
  <a>no href</a><a href="/x">link</a><a href="">empty href</a><a name="n">anchor</a><A HREF="/y">upper</A>
  <div contenteditable>x</div><div contenteditable="">x</div><div contenteditable="true">x</div>
  <div contenteditable="false">x</div><div contenteditable="FALSE">x</div><div contenteditable="plaintext-only">x</div>
  <div role="textbox">x</div><div role="button">x</div><div role="TEXTBOX">x</div>
  <div role="alert">x</div><div role="status">x</div><div aria-live="assertive">x</div>
  <div aria-live="polite">x</div><div aria-live="off">x</div><p aria-live="ASSERTIVE">x</p>
  <div role="timer">x</div><div role="marquee">x</div><div role="log">x</div><div role="STATUS">x</div>
  <div aria-live="polite" aria-atomic="true">x</div><div aria-atomic="true" aria-live="polite">x</div>
  <div aria-live="polite" aria-atomic="false">x</div><div aria-atomic="true">x</div>
  <div aria-live="assertive" aria-atomic="true">x</div><div role="log" aria-atomic="true">x</div>
  <select><option>o</option></select><button>b</button><code>c</code><pre class="p">p</pre><kbd>k</kbd><samp>s</samp>
  <textarea>t</textarea><input value="v"><template><b>t</b></template><noscript>n</noscript>
  <svg><text>s</text></svg><math><mi>x</mi></math><${MARK_TAG} data-sp-id="us">US</${MARK_TAG}>
  <standpoint-tooltip></standpoint-tooltip><em title="t">e</em><section hidden>h</section>
`;

describe('isExcludedElement', () => {
  it('answers exactly as matches(EXCLUDED_SELECTOR) for every element', () => {
    document.body.replaceChildren();
    const parsed = new DOMParser().parseFromString(`<body>${MARKUP}</body>`, 'text/html');
    for (const child of [...parsed.body.childNodes])
      document.body.appendChild(document.importNode(child, true));
    const all = [...document.body.querySelectorAll('*')];
    const expected = all.map((el) => el.matches(EXCLUDED_SELECTOR));
    // Both answers occur, so a check that always says one thing fails.
    expect(expected.filter(Boolean).length).toBeGreaterThan(10);
    expect(expected.filter((x) => !x).length).toBeGreaterThan(10);
    const describe = (el: Element) => el.outerHTML.slice(0, 60);
    expect(all.map((el) => [describe(el), isExcludedElement(el)])).toEqual(
      all.map((el, i) => [describe(el), expected[i]]),
    );
    // With the tag and attribute names read by the caller, as the extractor does.
    const names = (el: Element) => (el.hasAttributes() ? el.getAttributeNames() : null);
    expect(all.map((el) => isExcludedElement(el, el.tagName.toUpperCase(), names(el)))).toEqual(expected);
  });
});
