// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { TOPIC_WATCH_MS, watchForTopic } from '../../../src/annotator/topic-watch.ts';

const aboutTheWar = (text: string) => /zelensky/i.test(text);
const settle = () => new Promise((r) => setTimeout(r, TOPIC_WATCH_MS + 100));

describe('watchForTopic', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    document.body.innerHTML = '';
  });

  function watch() {
    document.body.innerHTML = '<main><p id="first">Gaza truce holds</p></main>';
    const seen: string[] = [];
    const checked: string[] = [];
    stop = watchForTopic(
      document,
      (text) => {
        checked.push(text);
        return aboutTheWar(text);
      },
      () => seen.push('found'),
    );
    return { seen, checked };
  }

  it('calls back once text about the war arrives, then stops watching', async () => {
    const { seen, checked } = watch();
    const p = document.createElement('p');
    p.textContent = 'Later, Zelensky spoke.';
    document.querySelector('main')!.append(p);
    await settle();
    expect(seen).toEqual(['found']);
    const after = checked.length;
    const q = document.createElement('p');
    q.textContent = 'Zelensky again.';
    document.querySelector('main')!.append(q);
    await settle();
    expect(seen).toEqual(['found']);
    expect(checked.length).toBe(after);
  });

  it('reads a name that arrives in pieces as the page shows it', async () => {
    const { seen } = watch();
    const p = document.createElement('p');
    p.textContent = 'Zelen';
    document.querySelector('main')!.append(p);
    await settle();
    expect(seen).toEqual([]);
    const b = document.createElement('b');
    b.textContent = 'sky';
    p.append(b);
    await settle();
    expect(seen).toEqual(['found']);
  });

  it('checks changed text too, and nothing but the changes, once per interval', async () => {
    const { seen, checked } = watch();
    const first = document.getElementById('first')!.firstChild as Text;
    first.data = 'Gaza truce holds, day two';
    first.data = 'Gaza truce holds, day three';
    await settle();
    expect(seen).toEqual([]);
    expect(checked).toEqual(['Gaza truce holds, day three']);
    first.data = 'Zelensky and the truce';
    await settle();
    expect(seen).toEqual(['found']);
  });

  it('does nothing more once stopped', async () => {
    const { seen } = watch();
    stop!();
    const p = document.createElement('p');
    p.textContent = 'Zelensky spoke.';
    document.body.append(p);
    await settle();
    expect(seen).toEqual([]);
  });
});
