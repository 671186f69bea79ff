/** Reader settings, stored in storage.sync (see settings/storage.ts for defaults and migrations). */
export interface Settings {
  /** Global on/off. */
  enabled: boolean;
  /** Hostnames the reader turned off (built-in sites stay on unless listed here). */
  disabledSites: string[];
  kinds: { party: boolean; plan: boolean; proposal: boolean };
  density: 'first' | 'every';
  style: 'underline' | 'background';
  trigger: 'hover' | 'click';
  language: 'auto' | 'en' | 'uk';
  theme: 'auto' | 'light' | 'dark';
  scope: 'article' | 'page';
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  kinds: { party: true, plan: true, proposal: true },
  density: 'first',
  style: 'underline',
  trigger: 'hover',
  language: 'auto',
  theme: 'auto',
  scope: 'article',
};
