import { describe, expect, it } from 'vitest';
import { compileMatcher, loadMatcher, serializeMatcher } from '../../../src/matcher/index.ts';
import { devset } from './devset.ts';
import { realSource } from './real-data.ts';

const m = compileMatcher(realSource());
const found = (text: string) => m.find(text).map((x) => `${x.id}${x.nested ? '*' : ''}:${x.text}`);

describe('the real dataset', () => {
  it("reports the issue's nesting example", () => {
    expect(found("Ukraine's non-accession to NATO")).toEqual([
      "nato-non-accession:Ukraine's non-accession to NATO",
      'ukraine*:Ukraine',
      'nato*:NATO',
    ]);
  });
  it('finds NATO as British outlets spell it, never a lower-case word', () => {
    expect(found('Nato allies met; the NATO summit')).toEqual(['nato:Nato', 'nato:NATO']);
    expect(found('nato')).toEqual([]);
  });
  it('keeps "us" and Kellogg\'s cereal out, and finds Ukrainian inflections', () => {
    expect(found('Tell us about Kellogg’s cereal.')).toEqual([]);
    expect(found('визнання контролю Росії над Кримом, перемир’я, Путіна')).toEqual([
      'crimea-recognition:визнання контролю Росії над Кримом',
      'russia*:Росії',
      'ceasefire:перемир’я',
      'putin:Путіна',
    ]);
  });
  it('ignores datelines and venues but finds cities as actors', () => {
    expect(found('KYIV, April 25 (Reuters) - Talks in London ended. Kyiv insists.')).toEqual([
      'ukraine:Kyiv',
    ]);
    expect(found('Київ • УНН\nКиїв наполягає.')).toEqual(['ukraine:Київ']);
  });
});

describe('the build-time matcher (serialised, as pages load it)', () => {
  it('finds exactly what compiling the names finds, on every development article', () => {
    const loaded = loadMatcher(JSON.parse(JSON.stringify(serializeMatcher(realSource()))));
    let mentions = 0;
    for (const article of devset()) {
      const want = m.find(article.text, { lang: 'auto' });
      expect(loaded.find(article.text, { lang: 'auto' }), article.name).toEqual(want);
      mentions += want.length;
    }
    expect(mentions).toBeGreaterThan(500);
    expect(loaded.stats.nodes).toBe(m.stats.nodes);
    expect(loaded.stats.edges).toBe(m.stats.edges);
  });
});
