// @vitest-environment happy-dom
/**
 * The extension matches in the background (background/matching.ts): the engine sends the whole text
 * and gets packed mentions back. The page must end up exactly as when the matcher runs on it, and an
 * answer that arrives after a newer pass started must not be written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator } from '../../../src/annotator/engine.ts';
import { MARK_TAG } from '../../../src/annotator/highlighter.ts';
import type { Matcher, RemoteMatcher } from '../../../src/annotator/types.ts';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { findAll } from '../../../src/matcher/pieces.ts';
import { type PackedMentions, packMentions } from '../../../src/matcher/wire.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/types.ts';
import { ROOT, realSource } from '../matcher/real-data.ts';

const SEED = fs.readFileSync(
  path.join(ROOT, '../shared/sources/unn-2025-04-25-cnn-stumbling-blocks.txt'),
  'utf8',
);
const local = compileMatcher(realSource());

/** The background's answer as the page gets it: packed, through JSON, after a task. */
function remote(onAsk?: () => void): RemoteMatcher & { asked: number } {
  const m = {
    asked: 0,
    async findAll(text: string) {
      m.asked++;
      onAsk?.();
      const wire = JSON.stringify(packMentions(findAll(local, text)));
      await new Promise((r) => setTimeout(r, 1));
      return JSON.parse(wire) as PackedMentions;
    },
  };
  return m;
}

function article(paragraphs: string[]): HTMLElement {
  const el = document.createElement('article');
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    el.append(p);
  }
  document.body.replaceChildren(el);
  return el;
}

async function marked(paragraphs: string[], matcher: Matcher) {
  const root = article(paragraphs);
  const annotator = createAnnotator({ root, matcher, settings: { ...DEFAULT_SETTINGS, density: 'every' } });
  const result = await annotator.annotate();
  annotator.marks();
  return { html: root.innerHTML, result };
}

/** Marks `paragraphs` with the matcher remote and local: one request, at least `least` marks, the same page. */
async function expectSameBothWays(paragraphs: string[], least: number) {
  const away = remote();
  const there = await marked(paragraphs, away);
  const here = await marked(paragraphs, local);
  expect(away.asked).toBe(1);
  expect(there.result.markCount).toBeGreaterThan(least);
  expect(there.result).toEqual(here.result);
  expect(there.html).toBe(here.html);
}

describe('an engine whose matcher is in the background', () => {
  it('marks the seed article exactly as the matcher on the page does, in one request', async () => {
    await expectSameBothWays(
      SEED.split(/\n+/).filter((p) => p.trim()),
      50,
    );
  });

  it('marks a long page exactly as the matcher on the page does, piece for piece', async () => {
    const paragraphs = Array.from({ length: 900 }, (_, i) =>
      i % 2
        ? `Update ${i}: Zelensky said Ukraine will not recognize Russia's control over Crimea.`
        : `Оновлення ${i}: Європа обговорює гарантії безпеки та припинення вогню.`,
    );
    await expectSameBothWays(paragraphs, 2000);
  });

  describe('task boundaries around the request', () => {
    const scheduler = (globalThis as { scheduler?: unknown }).scheduler;
    afterEach(() => {
      (globalThis as { scheduler?: unknown }).scheduler = scheduler;
      vi.restoreAllMocks();
    });

    /**
     * What happened, in order: each yield of the engine, the request sent, the (packed) answer
     * returned, the engine unpacking it and, with `more`, each geometry read and each write to the page
     * (happy-dom lays nothing out, so every block is far from the view).
     */
    async function sequence(paragraphs: string[], more = false): Promise<string[]> {
      const events: string[] = [];
      if (more) {
        const read = Element.prototype.getBoundingClientRect;
        vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
          events.push('geometry');
          return read.call(this);
        });
      }
      (globalThis as { scheduler?: unknown }).scheduler = {
        yield: () => {
          events.push('yield');
          return new Promise<void>((r) => setTimeout(r, 0));
        },
      };
      const inner = remote(() => events.push('send'));
      const matcher: RemoteMatcher = {
        async findAll(text) {
          const { at, ...rest } = await inner.findAll(text);
          events.push('answer');
          // The unpacking is the one reader of the mentions' numbers.
          return Object.defineProperty(rest, 'at', {
            get: () => {
              events.push('unpack');
              return at;
            },
          }) as PackedMentions;
        },
      };
      const root = article(paragraphs);
      const ownWrites = (write: () => void) => {
        if (more) events.push('write');
        write();
      };
      await createAnnotator({ root, matcher, settings: DEFAULT_SETTINGS, ownWrites }).annotate();
      return events;
    }

    const longPage = () =>
      Array.from(
        { length: 1200 },
        (_, i) => `Update ${i}: Ukraine and Europe discussed security guarantees.`,
      );

    it('a long text is sent, and its answer unpacked, each in a task apart from the work around them', async () => {
      const events = await sequence(longPage());
      const send = events.indexOf('send');
      expect(events.filter((e) => e === 'send')).toHaveLength(1);
      expect(events.filter((e) => e === 'unpack')).toHaveLength(1);
      expect(events.slice(send - 1, send + 4)).toEqual(['yield', 'send', 'answer', 'yield', 'unpack']);
    });

    it('on a long text, unpacking, reading where blocks are, setting the far ones aside and writing each start a task', async () => {
      // A clock that never moves: no budget is ever spent, so only the yields a long text always
      // gets are left (with a real clock, a slow run would yield here anyway and hide a missing one).
      vi.spyOn(performance, 'now').mockReturnValue(0);
      const events = await sequence(longPage(), true);
      const answer = events.indexOf('answer');
      const geometry = events.indexOf('geometry');
      const lastGeometry = events.lastIndexOf('geometry');
      const write = events.indexOf('write');
      expect(events.slice(answer + 1, answer + 4)).toEqual(['yield', 'unpack', 'yield']);
      expect(geometry).toBeGreaterThan(answer + 3);
      expect(events.slice(answer + 4, geometry)).toContain('yield');
      // Every block is far (see sequence): one yield before setting them aside, one before the first write.
      expect(events.slice(lastGeometry + 1, write)).toEqual(['yield', 'yield']);
    });

    it('a normal article is read, sent and marked without a yield', async () => {
      // The task budget's clock stands still: on a loaded machine the reading alone may spend it, and
      // a yield for time is right there. What is tested is that a normal article gets no other.
      vi.spyOn(performance, 'now').mockReturnValue(0);
      expect(await sequence(SEED.split(/\n+/).filter((p) => p.trim()))).toEqual(['send', 'answer', 'unpack']);
    });
  });

  it('writes nothing from an answer that arrives after the page was cleared and annotated again', async () => {
    const root = article(['Ukraine asks for security guarantees and a ceasefire.']);
    let annotator: ReturnType<typeof createAnnotator> | null = null;
    let first = true;
    const matcher = remote(() => {
      // While the first request is out, the settings change: a new pass starts.
      if (first) {
        first = false;
        void annotator!.update({
          ...DEFAULT_SETTINGS,
          density: 'every',
          kinds: { ...DEFAULT_SETTINGS.kinds, party: false },
        });
      }
    });
    annotator = createAnnotator({ root, matcher, settings: { ...DEFAULT_SETTINGS, density: 'every' } });
    await annotator.annotate();
    await new Promise((r) => setTimeout(r, 20));
    const ids = [...root.querySelectorAll(`${MARK_TAG}:not([data-sp-part])`)].map((m) =>
      m.getAttribute('data-sp-id'),
    );
    expect(matcher.asked).toBe(2);
    // Only the newer pass's marks (no party), each once.
    expect(ids).toEqual(['security-guarantees', 'ceasefire']);
  });
});
