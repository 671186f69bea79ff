/** A list of sources: publisher, date, linked title, the outlet relayed, and the exact phrase read. */
import type { Source } from '../../data/types.ts';
import type { Translate } from '../i18n.ts';

/** True for links the page may open: plain http(s) only, never script or data URLs. */
export function isSafeUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

/** Renders sources as a list; links open in a new tab without a referrer. */
export function SourceList({ sources, t }: { sources: readonly Source[]; t: Translate }) {
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li key={`${s.publisher}|${s.date}|${s.title}`}>
          <span class="sources__publisher">{s.publisher}</span>, <time dateTime={s.date}>{s.date}</time>
          {s.via ? ` (${t('via', { outlet: s.via })})` : ''}:{' '}
          {isSafeUrl(s.url) ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            <cite>{s.title}</cite>
          )}
          {s.quote ? <q class="sources__quote">{s.quote}</q> : null}
        </li>
      ))}
    </ul>
  );
}
