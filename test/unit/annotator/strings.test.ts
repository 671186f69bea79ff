import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addStrings, makeTranslate } from '../../../src/annotator/i18n.ts';
import { contrast, PALETTE } from '../../../src/annotator/page-style.ts';
import { MARK_STRINGS } from '../../../src/annotator/strings.ts';
import { TOOLTIP_STRINGS } from '../../../src/annotator/tooltip/strings.ts';

const locale = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
  ) as Record<string, { message: string }>;

describe('annotator strings', () => {
  it('a translator made before the tooltip script arrives knows its strings once it has', () => {
    const t = makeTranslate('uk');
    expect(t('mark_kind_plan')).toBe('План');
    // Not in the content script: the key itself until the tooltip script hands its strings over.
    expect(t('tooltip_close')).toBe('tooltip_close');
    addStrings(TOOLTIP_STRINGS);
    expect(t('tooltip_close')).toBe('Закрити');
  });

  it('bundled strings equal the mark_ and tooltip_ keys of public/_locales in both languages', () => {
    for (const lang of ['en', 'uk'] as const) {
      const of = (prefix: string) =>
        Object.fromEntries(
          Object.entries(locale(lang))
            .filter(([k]) => k.startsWith(prefix))
            .map(([k, v]) => [k, v.message]),
        );
      expect(of('mark_')).toEqual(MARK_STRINGS[lang]);
      expect(of('tooltip_')).toEqual(TOOLTIP_STRINGS[lang]);
    }
  });

  it('translates with $n substitutions, prefers browser.i18n in the browser language', () => {
    addStrings(TOOLTIP_STRINGS);
    expect(makeTranslate('uk')('tooltip_as_of', '2026-01-10')).toBe('Дані станом на 2026-01-10');
    const native = {
      uiLang: 'en-US',
      getMessage: (k: string) => (k === 'tooltip_close' ? 'Close (native)' : ''),
    };
    expect(makeTranslate('en', native)('tooltip_close')).toBe('Close (native)');
    expect(makeTranslate('uk', native)('tooltip_close')).toBe('Закрити');
  });

  it('asks the browser once per key without substitutions, and each time with them', () => {
    const asked: string[] = [];
    const native = {
      uiLang: 'en',
      getMessage: (k: string, subs?: string[]) => {
        asked.push(k);
        if (k === 'mark_kind_party') return 'Party';
        return k === 'tooltip_as_of' ? `As of ${subs?.[0]}` : '';
      },
    };
    const t = makeTranslate('en', native);
    for (let i = 0; i < 40; i++) expect(t('mark_kind_party')).toBe('Party');
    expect(t('tooltip_as_of', '2026-01-10')).toBe('As of 2026-01-10');
    expect(t('tooltip_as_of', '2026-02-01')).toBe('As of 2026-02-01');
    // A key the catalogue lacks falls back to the bundled strings, still asked only once.
    expect(t('tooltip_close')).toBe('Close');
    expect(t('tooltip_close')).toBe('Close');
    expect(asked).toEqual(['mark_kind_party', 'tooltip_as_of', 'tooltip_as_of', 'tooltip_close']);
  });
});

describe('mark colours', () => {
  it('keep at least 4.5:1 against white/near-white and black/near-black page backgrounds', () => {
    for (const c of Object.values(PALETTE.light))
      for (const bg of ['#ffffff', '#f5f5f5']) expect(contrast(c, bg)).toBeGreaterThanOrEqual(4.5);
    for (const c of Object.values(PALETTE.dark))
      for (const bg of ['#000000', '#1a1a1a']) expect(contrast(c, bg)).toBeGreaterThanOrEqual(4.5);
  });
});
