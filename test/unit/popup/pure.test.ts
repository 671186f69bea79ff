import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import uk from '../../../public/_locales/uk/messages.json';
import type { EntryCount } from '../../../src/messaging/protocol.ts';
import { matchesAny, matchesPattern } from '../../../src/popup/coverage.ts';
import { emptyReason } from '../../../src/popup/empty-reason.ts';
import { popupLang, translator } from '../../../src/popup/i18n.ts';
import { groupByKind } from '../../../src/popup/sections/Article.tsx';
import { CHOICES } from '../../../src/popup/sections/SettingsForm.tsx';
import { DEFAULT_SETTINGS } from '../../../src/settings/types.ts';

describe('coverage', () => {
  it('matches hosts, wildcard subdomains and paths like the browser does', () => {
    expect(matchesPattern('https://www.unn.ua/*', new URL('https://www.unn.ua/en/news/x'))).toBe(true);
    expect(matchesPattern('https://www.unn.ua/*', new URL('http://www.unn.ua/'))).toBe(false);
    expect(matchesPattern('https://www.unn.ua/*', new URL('https://unn.ua/'))).toBe(false);
    expect(matchesPattern('https://www.bbc.com/news/*', new URL('https://www.bbc.com/sport/1'))).toBe(false);
    expect(matchesPattern('https://www.bbc.com/news/*', new URL('https://www.bbc.com/news/world'))).toBe(
      true,
    );
    expect(matchesPattern('https://*.example.org/*', new URL('https://a.b.example.org/x'))).toBe(true);
    expect(matchesPattern('https://*.example.org/*', new URL('https://example.org/'))).toBe(true);
    expect(matchesPattern('https://*.example.org/*', new URL('https://badexample.org/'))).toBe(false);
    expect(
      matchesAny(['https://cnn.com/*', 'https://edition.cnn.com/*'], new URL('https://edition.cnn.com/a')),
    ).toBe(true);
  });
});

describe('emptyReason', () => {
  const base = { url: 'https://www.unn.ua/x', settings: DEFAULT_SETTINGS, report: null, covered: true };
  it('names the first thing the reader can fix', () => {
    expect(emptyReason({ ...base, url: 'about:blank' })).toBe('empty_not_web');
    expect(emptyReason({ ...base, settings: { ...DEFAULT_SETTINGS, enabled: false } })).toBe(
      'empty_global_off',
    );
    expect(emptyReason({ ...base, settings: { ...DEFAULT_SETTINGS, disabledSites: ['unn.ua'] } })).toBe(
      'empty_site_off',
    );
    expect(
      emptyReason({
        ...base,
        settings: { ...DEFAULT_SETTINGS, kinds: { party: false, plan: false, proposal: false } },
      }),
    ).toBe('empty_kinds_off');
    expect(emptyReason({ ...base, covered: false })).toBe('empty_not_covered');
    expect(emptyReason(base)).toBe('empty_not_read');
    const report = { url: base.url, markCount: 0, entries: [] };
    expect(emptyReason({ ...base, report: { ...report, state: 'too-large' } })).toBe('empty_too_large');
    expect(emptyReason({ ...base, report: { ...report, state: 'off-topic' } })).toBe('empty_off_topic');
    expect(
      emptyReason({
        ...base,
        report: {
          ...report,
          state: 'annotated',
          markCount: 1,
          entries: [{ id: 'us', kind: 'party', count: 1, label: 'US' }],
        },
      }),
    ).toBeNull();
  });
});

describe('groupByKind', () => {
  it('orders plans, proposals, parties and sorts each by count then label', () => {
    const e = (id: string, kind: EntryCount['kind'], count: number): EntryCount => ({
      id,
      kind,
      count,
      label: id,
    });
    const groups = groupByKind([
      e('b', 'party', 1),
      e('a', 'party', 1),
      e('c', 'party', 5),
      e('p', 'plan', 1),
    ]);
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([
      ['plan', ['p']],
      ['party', ['c', 'a', 'b']],
    ]);
  });
});

describe('popup strings', () => {
  const popupKeys = (catalog: Record<string, unknown>) =>
    Object.keys(catalog).filter((k) => k.startsWith('popup_'));

  it('has the same popup_ keys in English and Ukrainian', () => {
    expect(popupKeys(uk).sort()).toEqual(popupKeys(en).sort());
  });

  it('has a label for every settings option', () => {
    for (const [field, values] of Object.entries(CHOICES)) {
      for (const value of values as string[]) expect(popupKeys(en)).toContain(`popup_${field}_${value}`);
      expect(popupKeys(en)).toContain(`popup_${field}_label`);
    }
  });

  it('fills placeholders and falls back to the key when missing', () => {
    const t = translator('uk');
    expect(t('site_on', { host: 'unn.ua' })).toBe('Увімкнено для unn.ua');
    expect(t('no_such_key')).toBe('no_such_key');
  });

  it('picks the language from the setting, else from the browser', () => {
    expect(popupLang('en', 'uk-UA')).toBe('en');
    expect(popupLang('auto', 'uk-UA')).toBe('uk');
    expect(popupLang('auto', 'de')).toBe('en');
  });
});
