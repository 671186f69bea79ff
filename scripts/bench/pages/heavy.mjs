/**
 * The heavy page: about 30,000 elements inside the article, built from what makes real pages heavy —
 * large data tables, nested lists, deeply nested wrappers (framework output), threaded comments.
 * Text per element is short, so element count, not word count, is what this page stresses.
 */
import { esc, pageShell, rng } from './common.mjs';
import { paragraph } from './corpus.mjs';

/** Elements the heavy page aims for (the issue: "about 30,000 elements"). */
export const HEAVY_ELEMENTS = 30_000;

const COUNTRIES = [
  'Ukraine',
  'Russia',
  'United States',
  'France',
  'Germany',
  'UK',
  'Poland',
  'EU',
  'NATO',
  'Україна',
  'США',
];
const ITEMS = [
  'air defence',
  'artillery shells',
  'security guarantees',
  'sanctions relief',
  'ceasefire monitors',
  'grain',
  'energy equipment',
  'гарантії безпеки',
  "перемир'я",
];

function table(r, rows) {
  const head =
    '<tr><th>#</th><th>Party</th><th>Item</th><th>Pledged</th><th>Delivered</th><th>Note</th></tr>';
  const body = [];
  for (let i = 0; i < rows; i++) {
    body.push(
      `<tr><td>${i + 1}</td><td><a href="/c/${i}">${esc(r.pick(COUNTRIES))}</a></td><td>${esc(r.pick(ITEMS))}</td><td>${r.int(900)}</td><td><span class="v">${r.int(900)}</span></td><td>${r.next() < 0.2 ? esc(r.pick(ITEMS)) : '—'}</td></tr>`,
    );
  }
  return `<table><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}

function list(r, depth, breadth) {
  const items = [];
  for (let i = 0; i < breadth; i++) {
    const text = `${esc(r.pick(COUNTRIES))}: ${esc(r.pick(ITEMS))}`;
    items.push(`<li>${text}${depth > 1 ? list(r, depth - 1, breadth) : ''}</li>`);
  }
  return `<ul>${items.join('')}</ul>`;
}

function deep(r, depth) {
  // Framework-style wrappers: a long chain of divs/spans with the text only at the bottom.
  let html = `<p>${paragraph(r, r.next() < 0.3 ? 'uk' : 'en')}</p>`;
  for (let i = 0; i < depth; i++)
    html = i % 3 === 0 ? `<div class="w${i}">${html}</div>` : `<span class="s${i}">${html}</span>`;
  return `<div class="card">${html}</div>`;
}

function comments(r, depth, breadth) {
  const out = [];
  for (let i = 0; i < breadth; i++) {
    out.push(
      `<li class="comment"><div class="meta"><b>reader${r.int(9999)}</b> <time>${r.int(59)} min</time></div><div class="text">${paragraph(r, r.next() < 0.4 ? 'uk' : 'en')}</div>${depth > 1 ? `<ol>${comments(r, depth - 1, breadth)}</ol>` : ''}</li>`,
    );
  }
  return out.join('');
}

/** Counts opening tags: the element count a browser will build from this HTML. */
export function countElements(html) {
  return (html.match(/<[a-zA-Z][^>]*>/g) ?? []).length;
}

/** The heavy page as { name, html, root, elements }. */
export function heavyPage(targetElements = HEAVY_ELEMENTS, seedValue = 30000) {
  const r = rng(seedValue);
  const blocks = [];
  let elements = 0;
  const add = (html) => {
    blocks.push(html);
    elements += countElements(html);
  };
  add(`<h1>Who has pledged what: the aid and guarantees tracker</h1><p>${paragraph(r)}</p>`);
  while (elements < targetElements) {
    const roll = r.int(4);
    if (roll === 0) add(`<section><h2>${esc(r.pick(COUNTRIES))}</h2>${table(r, 40 + r.int(60))}</section>`);
    else if (roll === 1) add(`<section class="tree">${list(r, 4, 3 + r.int(2))}</section>`);
    else if (roll === 2) add(deep(r, 30 + r.int(30)));
    else add(`<section class="comments"><ol>${comments(r, 3, 3)}</ol></section>`);
  }
  const articleHtml = `<article class="tracker">${blocks.join('\n')}</article>`;
  return {
    name: 'heavy',
    html: pageShell({ title: 'Aid tracker', articleHtml }),
    root: 'article',
    elements: countElements(articleHtml),
  };
}
