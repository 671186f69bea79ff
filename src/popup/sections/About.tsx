/** "About": how current and how large the bundled dataset is, and the way to its sources. */
import type { DatasetInfo } from '../../messaging/protocol.ts';
import type { Translate } from '../i18n.ts';

interface Props {
  t: Translate;
  info: DatasetInfo | null;
  onOpenSources: () => void;
}

/** The dataset's date and counts, and a link to the overview's list of sources. */
export function About({ t, info, onOpenSources }: Props) {
  return (
    <section aria-labelledby="sec-about">
      <h2 id="sec-about">{t('section_about')}</h2>
      {info ? (
        <p data-testid="about-counts">
          {t('about_counts', { asof: info.asOf, entries: info.entries, positions: info.positions })}
        </p>
      ) : null}
      <button type="button" class="link" data-testid="open-sources" onClick={onOpenSources}>
        {t('open_sources')}
      </button>
    </section>
  );
}
