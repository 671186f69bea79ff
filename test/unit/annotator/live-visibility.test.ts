// @vitest-environment jsdom
// jsdom, not happy-dom: happy-dom reports no old value for a removed boolean attribute (`hidden`).
import { describe, expect, it, vi } from 'vitest';
import { watchArticle } from './live-watch.ts';

describe('live watcher, text shown or hidden', () => {
  it('reads a block again when text in it is shown or hidden, not when a style changes nothing', async () => {
    const { batches, live } = watchArticle(
      '<article id="a"><section id="s"><p id="p1">One</p><div id="more" hidden><p>Two</p></div></section><p id="p3" style="color: red">Three</p></article>',
    );
    const more = document.getElementById('more')!;
    more.hidden = false;
    await vi.waitFor(() => expect(batches).toEqual([['s']]));
    more.setAttribute('style', 'display: none');
    await vi.waitFor(() => expect(batches).toEqual([['s'], ['s']]));
    // An animation's inline style, a colour: nothing shown or hidden, nothing read.
    const p3 = document.getElementById('p3')!;
    p3.style.color = 'blue';
    p3.style.transform = 'translateX(2px)';
    document.getElementById('p1')!.setAttribute('aria-hidden', 'false');
    await new Promise((r) => setTimeout(r, 80));
    expect(batches).toEqual([['s'], ['s']]);
    live.stop();
  });
});
