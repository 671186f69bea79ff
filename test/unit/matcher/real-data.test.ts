import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
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
