// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { attributeSkips, SKIPPING_ATTRIBUTES, skippedByAttributes } from '../../../src/extract/rules.ts';

// Attribute names a page's elements carry, the hiding ones among them (spelled out too, so a name
// dropped from SKIPPING_ATTRIBUTES is still tried).
const NAMES = [
  ...new Set([...SKIPPING_ATTRIBUTES, 'hidden', 'aria-hidden', 'contenteditable', 'style']),
  'class',
  'id',
  'role',
  'title',
  'lang',
  'dir',
  'inert',
  'tabindex',
  'aria-label',
  'aria-expanded',
  'aria-live',
  'data-hidden',
  'data-style',
];
const VALUES = [
  '',
  'true',
  'false',
  'until-found',
  'plaintext-only',
  'display:none',
  'color: red',
  'visibility: hidden',
];

describe('the hiding attributes', () => {
  // The reader's per-element check spells the names out; the live watcher observes SKIPPING_ATTRIBUTES
  // and asks attributeSkips. A name added to one and not the other would make them disagree.
  it('skippedByAttributes says yes exactly where a name of SKIPPING_ATTRIBUTES with its value skips', () => {
    for (const name of NAMES)
      for (const value of VALUES) {
        const el = document.createElement('div');
        el.setAttribute(name, value);
        const expected = SKIPPING_ATTRIBUTES.includes(name) && attributeSkips(name, value);
        expect(skippedByAttributes(el), `${name}="${value}"`).toBe(expected);
      }
  });

  it('an element with no attribute at all is read', () => {
    expect(skippedByAttributes(document.createElement('p'))).toBe(false);
    expect(attributeSkips('hidden', null)).toBe(false);
  });
});
