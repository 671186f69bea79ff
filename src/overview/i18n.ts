/**
 * Overview strings in English and Ukrainian. The words live in public/_locales (keys `overview_*`)
 * and are read from the bundled JSON rather than browser.i18n, so the reader can switch language
 * on the page and the views render the same in unit tests, where no extension API exists.
 */
import en from '../../public/_locales/en/messages.json';
import uk from '../../public/_locales/uk/messages.json';
import type { UiLang } from './model/labels.ts';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const CATALOGS: Record<UiLang, Record<string, Message>> = {
  en: en as Record<string, Message>,
  uk: uk as Record<string, Message>,
};

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A translator for `lang`: `t('date_label')` reads `overview_date_label`, filling `$NAME$` from params. */
export function translator(lang: UiLang): Translate {
  return (key, params = {}) => {
    const id = `overview_${key}`;
    const msg = CATALOGS[lang][id] ?? CATALOGS.en[id];
    if (!msg) return key;
    return msg.message.replace(/\$([A-Za-z_]+)\$/g, (whole, name: string) => {
      const value = params[name.toLowerCase()];
      return value === undefined ? whole : String(value);
    });
  };
}

/** The language to start in: the link's choice, else the browser's UI language when it is Ukrainian. */
export function initialLang(fromLink: UiLang | undefined, uiLanguage: string | undefined): UiLang {
  if (fromLink) return fromLink;
  return uiLanguage?.toLowerCase().startsWith('uk') ? 'uk' : 'en';
}
