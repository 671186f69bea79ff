/**
 * The one `<style>` element that paints marks on the page, removed on clear.
 *
 * Colours are picked for the page actually shown (its computed background), not the OS theme: a
 * dark news site on a light system still gets the light-on-dark palette. Each colour keeps at least
 * 4.5:1 against its background, above WCAG's 3:1 for non-text marks, so the underline is visible and
 * the tint never lowers the text's own contrast much (the tint is 16-20% opaque).
 */
import type { EntryKind } from '../data/types.ts';
import type { Settings } from '../settings/types.ts';
import { MARK_TAG } from './highlighter.ts';

export const STYLE_ID = 'standpoint-style';

/** Per-kind colours for light and dark pages; contrast checked in test/unit/annotator/page-style.test.ts. */
export const PALETTE: Record<'light' | 'dark', Record<EntryKind, string>> = {
  light: { party: '#1d4ed8', plan: '#7e22ce', proposal: '#b45309' },
  dark: { party: '#93c5fd', plan: '#d8b4fe', proposal: '#fcd34d' },
};

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Whether an `rgb()/rgba()` computed colour is dark; transparent counts as unknown (null). */
export function isDarkColor(css: string): boolean | null {
  const m = css.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?/);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number.parseFloat(m[4]) / (m[4].endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return null;
  const hex = `#${[m[1], m[2], m[3]].map((v) => Math.round(Number(v)).toString(16).padStart(2, '0')).join('')}`;
  return luminance(hex) < 0.2;
}

/**
 * Whether the text at `from` (the article) sits on a dark background: the first ancestor, from
 * `from` up to <html>, with an opaque enough background colour decides. A site that paints its dark
 * theme on a wrapper, not on body or html, is dark too. A style read per ancestor, once per pass
 * and when the page's theme may have changed (theme-watch.ts). `seen` keeps each ancestor's answer
 * across calls, so the article and its headline parts, which share most ancestors, read each once.
 */
export function pageIsDark(doc: Document, from: Element, seen?: Map<Element, boolean | null>): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (let el: Element | null = from; el; el = el.parentElement) {
    let dark = seen?.get(el);
    if (dark === undefined) {
      dark = isDarkColor(view.getComputedStyle(el).backgroundColor);
      seen?.set(el, dark);
    }
    if (dark !== null) return dark;
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Which palette a background takes. */
export type Background = 'dark' | 'light';

/**
 * The attribute of a mark written on a background of the other kind than the article's (a headline
 * on a dark banner above a light article), valued `dark` or `light`: such marks take that
 * background's palette.
 */
export const ON_ATTR = 'data-sp-on';

/**
 * The CSS for marks in the given style and palette; with `other`, also the opposite palette for the
 * marks that carry `ON_ATTR` (left out otherwise, so the page holds only the colours it uses).
 */
export function markCss(style: Settings['style'], dark: boolean, other = false): string {
  const kinds = (on: boolean, select = '') => {
    const colors = PALETTE[on ? 'dark' : 'light'];
    return (Object.keys(colors) as EntryKind[])
      .map((k) => `${MARK_TAG}${select}[data-sp-kind="${k}"]{--sp-c:${colors[k]}}`)
      .join('\n');
  };
  const tint = (on: boolean) =>
    `background:color-mix(in srgb,var(--sp-c) ${on ? 20 : 16}%,transparent);border-radius:2px;`;
  const paint =
    style === 'background'
      ? tint(dark)
      : 'text-decoration:underline 2px var(--sp-c);text-underline-offset:0.2em;text-decoration-skip-ink:auto;';
  const elsewhere = `[${ON_ATTR}="${dark ? 'light' : 'dark'}"]`;
  return [
    // all:unset shields marks from page rules on generic selectors while inheriting font and colour.
    `${MARK_TAG}{all:unset;${paint}cursor:help}`,
    `${MARK_TAG}:focus-visible{outline:2px solid var(--sp-c);outline-offset:1px}`,
    `${MARK_TAG}[data-sp-flash]{outline:3px solid var(--sp-c);outline-offset:2px}`,
    kinds(dark),
    ...(other
      ? [
          kinds(!dark, elsewhere),
          ...(style === 'background' ? [`${MARK_TAG}${elsewhere}{${tint(!dark)}}`] : []),
        ]
      : []),
    // Forced colours (Windows high contrast) paint every background in the system colour, keeping
    // only its transparency: a tint would vanish, so there every mark is underlined.
    `@media (forced-colors: active){${MARK_TAG}{text-decoration:underline 2px;text-underline-offset:0.2em}}`,
    // On paper a mark has no tooltip to open: a printed article looks as its site prints it.
    `@media print{${MARK_TAG}${other ? `,${MARK_TAG}${elsewhere}` : ''}{background:none;text-decoration:none;outline:none}}`,
  ].join('\n');
}

/**
 * Inserts or refreshes the mark stylesheet; returns it. The element gets its text before it enters
 * the page: under a strict page policy (`style-src` without 'unsafe-inline'), Firefox let a content
 * script's `<style>` in that way, but reported a violation to the page (and so to the site: the report
 * names the extension) when the element went in empty and got its text afterwards. Later changes to
 * its text pass (e2e: "strict Content-Security-Policy").
 */
export function ensurePageStyle(
  doc: Document,
  style: Settings['style'],
  dark: boolean,
  other = false,
): HTMLStyleElement {
  const css = markCss(style, dark, other);
  let el = doc.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!el) {
    el = doc.createElement('style');
    el.id = STYLE_ID;
    el.textContent = css;
    (doc.head ?? doc.documentElement).appendChild(el);
  } else if (el.textContent !== css) el.textContent = css;
  return el;
}

/** Removes the mark stylesheet if present. */
export function removePageStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}
