// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import {
  addStrings,
  leadingText,
  looksRussian,
  makeTranslate,
  pageLanguage,
} from '../../../src/annotator/i18n.ts';
import { articleDate, buildView, referencedIds, stanceAt } from '../../../src/annotator/tooltip/model.ts';
import { TOOLTIP_STRINGS } from '../../../src/annotator/tooltip/strings.ts';
import { Tooltip } from '../../../src/annotator/tooltip/Tooltip.tsx';
import type { Entry, Position, Source } from '../../../src/data/types.ts';
import type { EntryDetails } from '../../../src/messaging/protocol.ts';

// As content.ts does when tooltip.js arrives.
addStrings(TOOLTIP_STRINGS);

const src = (date: string, url?: string): Source => ({
  publisher: 'UNN',
  title: 'Test source',
  date,
  language: 'en',
  ...(url ? { url } : {}),
});
const loc = (en: string) => ({ en, uk: `uk:${en}` });

const entries: Entry[] = [
  {
    id: 'ukraine',
    kind: 'party',
    type: 'state',
    names: { en: ['Ukraine'], uk: ['Україна'] },
    description: loc('Ukraine.'),
  },
  {
    id: 'us',
    kind: 'party',
    type: 'state',
    names: { en: ['United States'], uk: ['США'] },
    description: loc('USA.'),
  },
  {
    id: 'kellogg',
    kind: 'party',
    type: 'person',
    represents: 'us',
    role: loc('US special envoy for Ukraine'),
    names: { en: ['Keith Kellogg'], uk: ['Кіт Келлог'] },
    description: loc('US envoy.'),
  },
  {
    id: 'security-guarantees',
    kind: 'proposal',
    label: loc('Security guarantees'),
    names: { en: ['security guarantees'], uk: ['гарантії безпеки'] },
    description: loc('Guarantees for Ukraine after the war.'),
  },
  {
    id: 'ceasefire',
    kind: 'proposal',
    names: { en: ['ceasefire'], uk: ['перемир’я'] },
    description: loc('A ceasefire.'),
  },
  {
    id: 'us-framework-2025-04',
    kind: 'plan',
    label: loc('Initial US framework'),
    names: { en: ['initial US framework'], uk: ['рамкова пропозиція'] },
    description: loc('The US framework of April 2025.'),
    date: '2025-04-17',
    authors: ['us'],
    status: 'leaked',
    points: [
      {
        proposal: 'security-guarantees',
        says: loc('Guarantees from Europe only.'),
        sources: [src('2025-04-25')],
      },
    ],
    sources: [src('2025-04-25', 'https://example.org/framework')],
  },
];

const pos = (party: string, subject: string, stance: Position['stance'], date: string): Position => ({
  id: `${party}/${subject}/${date}`,
  party,
  subject,
  stance,
  date,
  summary: loc(`${party} ${stance} ${subject} on ${date}`),
  sources: [src(date, `https://example.org/${party}/${date}`)],
});

const positions: Position[] = [
  pos('ukraine', 'security-guarantees', 'supports', '2025-04-25'),
  pos('us', 'security-guarantees', 'opposes', '2025-04-17'),
  pos('us', 'security-guarantees', 'supports', '2025-11-20'),
  pos('us', 'ceasefire', 'supports', '2025-03-11'),
  pos('ukraine', 'us-framework-2025-04', 'mixed', '2025-04-25'),
];
const details: EntryDetails = { asOf: '2026-01-10', entries, positions };

describe('stanceAt', () => {
  it('says what held on the article date when the stance changed since', () => {
    const list = positions.filter((p) => p.party === 'us' && p.subject === 'security-guarantees');
    const at = stanceAt(list, '2025-04-25');
    expect(at?.now.stance).toBe('supports');
    expect(at?.held?.stance).toBe('opposes');
    expect(at?.held?.date).toBe('2025-04-17');
  });
  it('gives no "held" when the article is newer, undated, or predates every position', () => {
    const list = positions.filter((p) => p.party === 'us' && p.subject === 'security-guarantees');
    expect(stanceAt(list, '2025-12-01')?.held).toBeUndefined();
    expect(stanceAt(list, null)?.held).toBeUndefined();
    expect(stanceAt(list, '2025-01-01')?.held).toBeUndefined();
    expect(stanceAt([], '2025-01-01')).toBeNull();
  });
});

describe('articleDate', () => {
  it('reads article:published_time, else JSON-LD datePublished (also inside @graph)', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2025-04-25T15:31:00+03:00">';
    expect(articleDate(document)).toBe('2025-04-25');
    document.head.innerHTML =
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-04-24"}]}</script>';
    expect(articleDate(document)).toBe('2025-04-24');
    document.head.innerHTML = '<script type="application/ld+json">{broken</script>';
    expect(articleDate(document)).toBeNull();
  });
});

describe('buildView', () => {
  it('proposal: every party with its stance, summary and sources, and the change since the article', () => {
    const view = buildView('security-guarantees', details, 'en', [], '2025-04-25');
    expect(view?.kind).toBe('proposal');
    if (view?.kind !== 'proposal') return;
    expect(view.title).toBe('Security guarantees');
    expect(view.rows.map((r) => [r.party, r.stance])).toEqual([
      ['ukraine', 'supports'],
      ['us', 'supports'],
    ]);
    expect(view.rows[1]!.held?.stance).toBe('opposes');
    expect(view.rows[0]!.sources[0]!.url).toBe('https://example.org/ukraine/2025-04-25');
  });

  it('plan: date, authors, status, points and reactions', () => {
    const view = buildView('us-framework-2025-04', details, 'en', [], null);
    if (view?.kind !== 'plan') throw new Error('expected a plan');
    expect(view.authors).toEqual(['United States']);
    expect(view.status).toBe('leaked');
    expect(view.points[0]).toMatchObject({
      title: 'Security guarantees',
      says: 'Guarantees from Europe only.',
    });
    expect(view.reactions.map((r) => [r.partyTitle, r.stance])).toEqual([['Ukraine', 'mixed']]);
  });

  it('person: whom they represent, and their party’s positions with those mentioned on the page first', () => {
    const view = buildView('kellogg', details, 'en', ['ceasefire'], null);
    if (view?.kind !== 'party') throw new Error('expected a party');
    expect(view.represents).toEqual({ id: 'us', title: 'United States' });
    expect(view.role).toBe('US special envoy for Ukraine');
    expect(view.rowsOf).toBe('represented');
    expect(view.rows.map((r) => r.subject)).toEqual(['ceasefire', 'security-guarantees']);
  });

  it('uses the Ukrainian texts for Ukrainian', () => {
    const view = buildView('ukraine', details, 'uk', [], null);
    expect(view?.title).toBe('Україна');
    expect(view?.what).toBe('uk:Ukraine.');
  });

  it('lists the ids a view needs names for', () => {
    expect(new Set(referencedIds('kellogg', details))).toEqual(new Set(['us']));
    expect(new Set(referencedIds('security-guarantees', details))).toEqual(
      new Set(['ukraine', 'us', 'security-guarantees']),
    );
  });
});

describe('Tooltip', () => {
  const t = makeTranslate('en');
  const mount = (view: ReturnType<typeof buildView>, pinned = false) => {
    const el = document.createElement('div');
    const opened: string[] = [];
    render(
      <Tooltip
        state={{ status: 'ready', view: view!, asOf: details.asOf }}
        mention="security guarantees"
        t={t}
        pinned={pinned}
        onOpenOverview={(h) => opened.push(h)}
        onClose={() => undefined}
      />,
      el,
    );
    return { el, opened };
  };

  it('shows stances as badges with words, dated sources opening in a new tab, asOf and the overview link', () => {
    const { el, opened } = mount(buildView('security-guarantees', details, 'en', [], '2025-04-25'));
    // Ukraine; then the US now, what it held on the article's date, and the change since.
    expect([...el.querySelectorAll('.badge')].map((b) => b.textContent)).toEqual([
      'supports',
      'supports',
      'opposes',
      'supports',
    ]);
    expect(el.textContent).toContain('When the article appeared (position of 2025-04-17):');
    expect(el.textContent).toContain('Changed since, on 2025-11-20');
    expect(el.textContent).toContain('Data as of 2026-01-10');
    const links = [...el.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    (el.querySelector('button.link') as HTMLButtonElement).click();
    expect(opened).toEqual(['proposal=security-guarantees']);
  });

  it('names whom a person speaks for', () => {
    const { el } = mount(buildView('kellogg', details, 'en', [], null));
    expect(el.querySelector('.kind')?.textContent).toBe('Person');
    expect(el.textContent).toContain('Speaks for United States');
    expect(el.textContent).toContain('Positions of United States');
  });

  it('shows a close button only when pinned', () => {
    expect(mount(buildView('ukraine', details, 'en', [], null)).el.querySelector('.close')).toBeNull();
    expect(
      mount(buildView('ukraine', details, 'en', [], null), true).el.querySelector('.close'),
    ).not.toBeNull();
  });
});

describe('pageLanguage', () => {
  it('follows the setting, then <html lang>, then the text', () => {
    document.documentElement.setAttribute('lang', 'uk');
    expect(pageLanguage(document, 'auto')).toBe('uk');
    expect(pageLanguage(document, 'en')).toBe('en');
    document.documentElement.setAttribute('lang', 'en');
    expect(pageLanguage(document, 'auto')).toBe('en');
    document.documentElement.removeAttribute('lang');
    expect(pageLanguage(document, 'auto', () => 'Україна не погоджується з пропозицією США щодо Криму')).toBe(
      'uk',
    );
    expect(pageLanguage(document, 'auto', () => 'Ukraine does not agree')).toBe('en');
  });
});

describe('looksRussian', () => {
  it('reads <html lang> first, then whether Russian-only letters outnumber Ukrainian-only ones', () => {
    document.documentElement.setAttribute('lang', 'ru');
    expect(looksRussian(document, () => 'Ukraine')).toBe(true);
    document.documentElement.setAttribute('lang', 'uk');
    expect(looksRussian(document, () => 'Россия отвергла предложение')).toBe(false);
    // A declared language is enough: the page's text is not read at all.
    let read = 0;
    expect(looksRussian(document, () => String(++read))).toBe(false);
    expect(read).toBe(0);
    document.documentElement.removeAttribute('lang');
    expect(looksRussian(document, () => 'Россия отвергла предложение США по Крыму')).toBe(true);
    expect(looksRussian(document, () => 'Росія відкинула пропозицію США щодо Криму')).toBe(false);
    expect(looksRussian(document, () => 'Russia rejected the US proposal')).toBe(false);
    // A quoted Ukrainian name does not make a Russian page Ukrainian, nor a quote the reverse.
    expect(looksRussian(document, () => 'Россия отвергла «Київ» и условия, выдвинутые Зеленским')).toBe(true);
    expect(
      looksRussian(document, () => 'Росія відкинула «вывод войск», якого вимагає Київ від її армії'),
    ).toBe(false);
  });
});

describe('leadingText', () => {
  it('reads the first characters across text nodes, and no more', () => {
    const div = document.createElement('div');
    div.append(
      'Україна ',
      Object.assign(document.createElement('b'), { textContent: 'і США' }),
      ' '.repeat(10) + 'x'.repeat(50),
    );
    expect(leadingText(div, 13)).toBe('Україна і США');
    expect(leadingText(div, 1000)).toBe(div.textContent);
    expect(leadingText(null)).toBe('');
  });
});
