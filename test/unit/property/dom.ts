/**
 * Random DOM trees for the engine's property tests: inline/block mixes, deep nesting, tables,
 * lists, form fields and editors, code, open shadow roots and same-origin (srcdoc) iframes. A tree
 * is plain data (shrinks well, prints readably) and `build` turns it into DOM without any HTML parsing.
 */
import fc from 'fast-check';
import { textOf } from './arbitraries.ts';

export type TreeNode =
  | { t: 'text'; s: string }
  | { t: 'el'; tag: string; kids: TreeNode[] }
  | { t: 'excluded'; kind: string; s: string; kids: TreeNode[] }
  | { t: 'table'; rows: TreeNode[][] }
  | { t: 'list'; ordered: boolean; items: TreeNode[][] }
  | { t: 'deep'; depth: number; tag: string; kid: TreeNode }
  | { t: 'shadow'; kids: TreeNode[] }
  | { t: 'iframe'; kids: TreeNode[] };

const INLINE = [
  'span',
  'em',
  'strong',
  'b',
  'i',
  'small',
  'sup',
  'q',
  'abbr',
  'time',
  'mark',
  'font',
  'x-widget',
];
const BLOCK = [
  'p',
  'div',
  'section',
  'blockquote',
  'h2',
  'h3',
  'figure',
  'figcaption',
  'aside',
  'header',
  'footer',
];

/** Places nothing may be marked: editors, form fields, code, scripts, links. */
export const EXCLUDED_KINDS = [
  'textarea',
  'input',
  'select',
  'button',
  'script',
  'style',
  'code',
  'pre',
  'contenteditable',
  'plaintext-only',
  'role-textbox',
  'link',
  'noscript',
  'template',
] as const;

/** Selector for the excluded places as built below (the test's own list, not the engine's). */
export const EXCLUDED_SELECTOR =
  'textarea,input,select,option,button,script,style,code,pre,[contenteditable=""],[contenteditable="true"],' +
  '[contenteditable="plaintext-only"],[role="textbox"],a[href],noscript,template';

const text = textOf(12).map((s) => ({ t: 'text' as const, s }));

export const tree = fc.letrec<{ node: TreeNode; kids: TreeNode[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: text },
    {
      weight: 3,
      arbitrary: fc.record({
        t: fc.constant('el' as const),
        tag: fc.constantFrom(...INLINE),
        kids: tie('kids'),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        t: fc.constant('el' as const),
        tag: fc.constantFrom(...BLOCK),
        kids: tie('kids'),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        t: fc.constant('excluded' as const),
        kind: fc.constantFrom(...EXCLUDED_KINDS),
        s: textOf(6),
        kids: tie('kids'),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        t: fc.constant('table' as const),
        rows: fc.array(tie('kids'), { maxLength: 3 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        t: fc.constant('list' as const),
        ordered: fc.boolean(),
        items: fc.array(tie('kids'), { maxLength: 4 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        t: fc.constant('deep' as const),
        depth: fc.integer({ min: 10, max: 120 }),
        tag: fc.constantFrom('span', 'div', 'em', 'section'),
        kid: tie('node'),
      }),
    },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('shadow' as const), kids: tie('kids') }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('iframe' as const), kids: tie('kids') }) },
  ),
  kids: fc.array(tie('node'), { maxLength: 5 }),
}));

/** A whole article body: a few top-level nodes, always with some plain paragraphs of real names. */
export const article = fc
  .tuple(tree.kids, fc.array(textOf(20), { minLength: 1, maxLength: 3 }))
  .map(([kids, paras]) => [
    ...paras.map((s) => ({ t: 'el' as const, tag: 'p', kids: [{ t: 'text' as const, s }] })),
    ...kids,
  ]);

function buildExcluded(doc: Document, node: Extract<TreeNode, { t: 'excluded' }>, parent: Node): void {
  const withText = (el: Element) => {
    el.appendChild(doc.createTextNode(node.s));
    parent.appendChild(el);
    return el;
  };
  switch (node.kind) {
    case 'input': {
      const input = doc.createElement('input');
      input.setAttribute('value', node.s);
      parent.appendChild(input);
      return;
    }
    case 'select': {
      const select = doc.createElement('select');
      select.appendChild(withText(doc.createElement('option')));
      parent.appendChild(select);
      return;
    }
    case 'script': {
      const script = doc.createElement('script');
      // Data, not code: the test must not run what it generates.
      script.setAttribute('type', 'application/json');
      withText(script);
      return;
    }
    case 'contenteditable':
    case 'plaintext-only':
    case 'role-textbox': {
      const div = doc.createElement('div');
      if (node.kind === 'role-textbox') div.setAttribute('role', 'textbox');
      else div.setAttribute('contenteditable', node.kind === 'contenteditable' ? 'true' : 'plaintext-only');
      withText(div);
      for (const kid of node.kids) build(doc, kid, div);
      return;
    }
    case 'link': {
      const a = doc.createElement('a');
      a.setAttribute('href', '#x');
      withText(a);
      for (const kid of node.kids) build(doc, kid, a);
      return;
    }
    default:
      withText(doc.createElement(node.kind));
  }
}

/** Appends the DOM for `node` to `parent` (created in `doc`). */
export function build(doc: Document, node: TreeNode, parent: Node): void {
  switch (node.t) {
    case 'text':
      parent.appendChild(doc.createTextNode(node.s));
      return;
    case 'el': {
      const el = doc.createElement(node.tag);
      for (const kid of node.kids) build(doc, kid, el);
      parent.appendChild(el);
      return;
    }
    case 'excluded':
      buildExcluded(doc, node, parent);
      return;
    case 'table': {
      const table = doc.createElement('table');
      const tbody = doc.createElement('tbody');
      for (const row of node.rows) {
        const tr = doc.createElement('tr');
        for (const cell of row) {
          const td = doc.createElement('td');
          build(doc, cell, td);
          tr.appendChild(td);
        }
        tbody.appendChild(tr);
      }
      table.appendChild(tbody);
      parent.appendChild(table);
      return;
    }
    case 'list': {
      const list = doc.createElement(node.ordered ? 'ol' : 'ul');
      for (const item of node.items) {
        const li = doc.createElement('li');
        for (const kid of item) build(doc, kid, li);
        list.appendChild(li);
      }
      parent.appendChild(list);
      return;
    }
    case 'deep': {
      const top = doc.createElement(node.tag);
      let at: Element = top;
      for (let i = 1; i < node.depth; i++) at = at.appendChild(doc.createElement(node.tag));
      build(doc, node.kid, at);
      parent.appendChild(top);
      return;
    }
    case 'shadow': {
      const host = doc.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      for (const kid of node.kids) build(doc, kid, root);
      parent.appendChild(host);
      return;
    }
    case 'iframe': {
      const frame = doc.createElement('iframe');
      // srcdoc gives a same-origin document synchronously (also in happy-dom, without page loading).
      frame.setAttribute('srcdoc', '<!doctype html><title>f</title>');
      parent.appendChild(frame);
      const inner = frame.contentDocument;
      if (inner?.body) for (const kid of node.kids) build(inner, kid, inner.body);
      return;
    }
  }
}

/**
 * A full structural snapshot, including open shadow roots and same-origin iframe documents, which
 * `isEqualNode` does not look into. Text is JSON-quoted so invisible characters show.
 */
export function snapshot(node: Node): string {
  const out: string[] = [];
  const walk = (n: Node, depth: number) => {
    const pad = ' '.repeat(Math.min(depth, 200));
    if (n.nodeType === 3) {
      out.push(`${pad}#text ${JSON.stringify((n as Text).data)}`);
      return;
    }
    if (n.nodeType === 1) {
      const el = n as Element;
      const attrs = Array.from(el.attributes, (a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');
      out.push(`${pad}<${el.localName}${attrs ? ` ${attrs}` : ''}>`);
      if (el.shadowRoot) {
        out.push(`${pad} #shadow-root`);
        for (const kid of Array.from(el.shadowRoot.childNodes)) walk(kid, depth + 2);
      }
      if (el.localName === 'iframe') {
        const inner = (el as HTMLIFrameElement).contentDocument?.body;
        if (inner) {
          out.push(`${pad} #frame-body`);
          for (const kid of Array.from(inner.childNodes)) walk(kid, depth + 2);
        }
      }
    } else if (n.nodeType !== 11) {
      out.push(`${pad}#node${n.nodeType}`);
    }
    for (const kid of Array.from(n.childNodes)) walk(kid, depth + 1);
  };
  walk(node, 0);
  return out.join('\n');
}

/** Every text node under `node` in order, including those in shadow roots and iframes. */
export function textNodes(node: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    const el = n as Element;
    if (n.nodeType === 1 && el.shadowRoot) walk(el.shadowRoot);
    if (n.nodeType === 1 && el.localName === 'iframe') {
      const body = (el as HTMLIFrameElement).contentDocument?.body;
      if (body) walk(body);
    }
    for (const kid of Array.from(n.childNodes)) walk(kid);
  };
  walk(node);
  return out;
}

/** The text of `node` including shadow roots and iframes: what the reader can read. */
export function deepText(node: Node): string {
  return textNodes(node)
    .map((t) => t.data)
    .join('');
}
