// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { MARK_TAG } from '../../../src/annotator/highlighter.ts';
import { blockOf, type LiveWatcher, UNDO_LIMIT } from '../../../src/annotator/live.ts';
import { watchArticle } from './live-watch.ts';

/**
 * One round of a page fighting Standpoint over `el`: Standpoint marks "ceasefire" after `before`,
 * the page puts its own text back.
 */
async function fightRound(live: LiveWatcher, el: Element, before: string): Promise<void> {
  live.ownWrites(() => {
    const mark = document.createElement(MARK_TAG);
    mark.textContent = 'ceasefire';
    el.replaceChildren(before, mark);
  });
  el.textContent = `${before}ceasefire`;
  await new Promise((r) => setTimeout(r, 30));
}

const setup = () =>
  watchArticle('<article id="a"><p id="p1">One</p></article><aside id="side"><p>x</p></aside>');

describe('live watcher', () => {
  it('queues added and changed blocks and hands them over later, in one batch', async () => {
    const { scope, batches, live } = setup();
    const p2 = document.createElement('p');
    p2.id = 'p2';
    p2.textContent = 'Two';
    scope.appendChild(p2);
    (document.getElementById('p1')!.firstChild as Text).data = 'One changed';
    // Nothing runs inside the observer callback itself.
    expect(batches).toEqual([]);
    await vi.waitFor(() => expect(batches.length).toBe(1));
    expect(new Set(batches[0])).toEqual(new Set(['p1', 'p2']));
    live.stop();
  });

  it('collects what the page adds during the first pass and hands it over once the pass is done', async () => {
    let finish = () => {};
    const firstPass = new Promise<void>((ok) => {
      finish = ok;
    });
    const { scope, batches, live } = watchArticle(
      '<article id="a"><p id="p1">One</p></article>',
      [],
      firstPass,
    );
    const p2 = document.createElement('p');
    p2.id = 'p2';
    p2.textContent = 'Two';
    scope.appendChild(p2);
    await new Promise((r) => setTimeout(r, 50));
    // Not while the pass runs: the engine would read the article twice at once.
    expect(batches).toEqual([]);
    finish();
    await vi.waitFor(() => expect(batches).toEqual([['p2']]));
    live.stop();
  });

  it('ignores its own writes and changes outside the article', async () => {
    const { scope, batches, live } = setup();
    live.ownWrites(() => {
      const mark = document.createElement(MARK_TAG);
      mark.textContent = 'x';
      scope.querySelector('p')!.appendChild(mark);
    });
    document.getElementById('side')!.appendChild(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 50));
    expect(batches).toEqual([]);
    live.stop();
  });

  it('hands over the headline outside the article when its text changes, and re-runs when it is replaced', async () => {
    const { batches, reruns, removed, live } = watchArticle(
      '<header id="top"><h1 id="h">Ukraine talks</h1><p id="lead">Lead</p></header><aside id="side"><p id="s1">x</p></aside><article id="a"><p id="p1">One</p></article>',
      ['h', 'lead'],
    );
    (document.getElementById('h')!.firstChild as Text).data = 'Ukraine talks: the US plan';
    document.getElementById('lead')!.append(document.createElement('b'));
    document.getElementById('s1')!.append('y');
    await vi.waitFor(() => expect(batches.length).toBe(1));
    expect(new Set(batches[0])).toEqual(new Set(['h', 'lead']));
    // A part of the headline taken out: its mentions leave the counts, as in the article.
    const b = document.querySelector('#lead b')!;
    b.id = 'b';
    b.remove();
    await vi.waitFor(() => expect(removed).toEqual([['b']]));
    expect(reruns).toEqual([]);
    // The page renders its header anew: the new headline is looked for by a full pass.
    const fresh = document.createElement('header');
    fresh.innerHTML = '<h1>Ukraine talks: the US plan, updated</h1>';
    document.getElementById('top')!.replaceWith(fresh);
    await vi.waitFor(() => expect(reruns.length).toBe(1), { timeout: 3000 });
    live.stop();
  });

  it('reports blocks the page removed from the article, then a pass so the counts are sent', async () => {
    const { batches, removed, live } = watchArticle(
      '<article id="a"><p id="p1">One</p><p id="p2">Two</p></article><aside id="side"><p id="s1">x</p></aside>',
    );
    document.getElementById('p2')!.remove();
    // Outside the article: not reported.
    document.getElementById('s1')!.remove();
    await vi.waitFor(() => expect(batches.length).toBe(1));
    expect(removed).toEqual([['p2']]);
    expect(batches).toEqual([[]]);
    live.stop();
  });

  it('leaves alone a block the page keeps taking marks out of, but never the article as a whole', async () => {
    const { scope, batches, removed, live } = watchArticle(
      '<article id="a"><p id="p1">One ceasefire</p><p id="p2">Two</p></article>',
    );
    const p1 = document.getElementById('p1')!;
    const round = () => fightRound(live, p1, 'One ');
    for (let k = 1; k < UNDO_LIMIT; k++) await round();
    await vi.waitFor(() => expect(batches.flat()).toContain('p1'));
    expect(removed.flat()).not.toContain('p1');
    await round();
    // The last undo: the block leaves the counts (a pass with no block to read), and is not read again.
    await vi.waitFor(() => expect(removed.flat()).toContain('p1'));
    batches.length = 0;
    p1.textContent = 'One ceasefire, changed';
    document.getElementById('p2')!.textContent = 'Two changed';
    await vi.waitFor(() => expect(batches.flat()).toContain('p2'));
    expect(batches.flat()).not.toContain('p1');

    // A page that replaces the whole article, marks and all, gets its new blocks read every time.
    batches.length = 0;
    for (let k = 0; k <= UNDO_LIMIT; k++) {
      live.ownWrites(() => {
        const mark = document.createElement(MARK_TAG);
        mark.textContent = 'x';
        scope.querySelector('p')!.appendChild(mark);
      });
      scope.innerHTML = `<p id="n${k}">New ${k}</p>`;
      await vi.waitFor(() => expect(batches.flat()).toContain(`n${k}`));
    }
    expect(removed.flat()).not.toContain('a');
    live.stop();
  });

  it('leaves alone a headline outside the article that the page keeps taking marks out of', async () => {
    const { batches, removed, live } = watchArticle(
      '<h1 id="h">Ukraine seeks a ceasefire</h1><article id="a"><p id="p1">One</p></article>',
      ['h'],
    );
    const h = document.getElementById('h')!;
    const round = () => fightRound(live, h, 'Ukraine seeks a ');
    for (let k = 1; k < UNDO_LIMIT; k++) await round();
    await vi.waitFor(() => expect(batches.flat()).toContain('h'));
    await round();
    await vi.waitFor(() => expect(removed.flat()).toContain('h'));
    batches.length = 0;
    h.textContent = 'Ukraine seeks a ceasefire now';
    document.getElementById('p1')!.textContent = 'One changed';
    await vi.waitFor(() => expect(batches.flat()).toContain('p1'));
    expect(batches.flat()).not.toContain('h');
    live.stop();
  });

  it('re-runs everything after a single-page navigation', async () => {
    const { scope, reruns, live } = setup();
    history.pushState({}, '', '/next-article');
    scope.appendChild(document.createElement('p'));
    await vi.waitFor(() => expect(reruns.length).toBe(1), { timeout: 3000 });
    live.stop();
  });

  it('finds the block of a changed node, or nothing outside the scope', () => {
    document.body.innerHTML = '<article id="a"><p id="p"><b>bold</b></p></article><nav id="n">nav</nav>';
    const scope = document.getElementById('a')!;
    expect(blockOf(document.querySelector('b')!.firstChild!, scope)?.id).toBe('p');
    expect(blockOf(document.getElementById('n')!.firstChild!, scope)).toBeNull();
  });

  it("uses the extractor's block rule: the engine's own groups, a line break never a block", () => {
    document.body.innerHTML =
      '<article id="a"><header id="h"><span>Kyiv</span></header><figure id="f"><img alt="">caption-less text</figure>' +
      '<p id="p">one<br id="br">two</p><span id="s">loose</span></article>';
    const scope = document.getElementById('a')!;
    expect(blockOf(document.querySelector('#h span')!.firstChild!, scope)?.id).toBe('h');
    expect(blockOf(document.getElementById('f')!.lastChild!, scope)?.id).toBe('f');
    expect(blockOf(document.getElementById('br')!, scope)?.id).toBe('p');
    expect(blockOf(document.getElementById('s')!.firstChild!, scope)).toBe(scope);
  });
});
