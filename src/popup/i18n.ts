/**
 * Popup strings in English and Ukrainian, keys `popup_*` in public/_locales. Read from the bundled
 * catalogs rather than `browser.i18n.getMessage`, because the reader's language setting may differ
 * from the browser's, and so components render the same in unit tests.
 */
import en from '../../public/_locales/en/messages.json';
import uk from '../../public/_locales/uk/messages.json';
import type { Settings } from '../settings/types.ts';

export type PopupLang = 'en' | 'uk';
export type Translate = (key: string, params?: Record<string, string | number>) => string;

interface Message {
  message: string;
}

const CATALOGS: Record<PopupLang, Record<string, Message>> = {
  en: en as Record<string, Message>,
  uk: uk as Record<string, Message>,
};

/** The popup's language: the setting, or for 'auto' the browser's UI language when it is Ukrainian. */
export function popupLang(setting: Settings['language'], uiLanguage: string | undefined): PopupLang {
  if (setting !== 'auto') return setting;
  return uiLanguage?.toLowerCase().startsWith('uk') ? 'uk' : 'en';
}

/** A translator: `t('site_on')` reads `popup_site_on`, filling `$NAME$` from params (English if missing). */
export function translator(lang: PopupLang): Translate {
  return (key, params = {}) => {
    const id = `popup_${key}`;
    const msg = CATALOGS[lang][id] ?? CATALOGS.en[id];
    if (!msg) return key;
    return msg.message.replace(/\$([A-Za-z_]+)\$/g, (whole, name: string) => {
      const value = params[name.toLowerCase()];
      return value === undefined ? whole : String(value);
    });
  };
}
