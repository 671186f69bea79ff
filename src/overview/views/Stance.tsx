/** A stance shown as a symbol and a word, never colour alone. */
import type { Stance } from '../../data/types.ts';
import type { Translate } from '../i18n.ts';

const SYMBOLS: Record<Stance, string> = {
  supports: '✓',
  opposes: '✗',
  conditional: '◐',
  mixed: '±',
  unclear: '?',
};

/** The stance's symbol (decorative; the word carries the meaning). */
export function stanceSymbol(stance: Stance): string {
  return SYMBOLS[stance];
}

/** A coloured badge with symbol and translated stance word. */
export function StanceBadge({ stance, t }: { stance: Stance; t: Translate }) {
  return (
    <span class={`stance stance--${stance}`} data-stance={stance}>
      <span class="stance__symbol" aria-hidden="true">
        {SYMBOLS[stance]}
      </span>{' '}
      <span class="stance__word">{t(`stance_${stance}`)}</span>
    </span>
  );
}
