/** "Settings": every field of Settings, each applied the moment it changes. */
import type { Settings } from '../../settings/types.ts';
import type { Translate } from '../i18n.ts';

type Choice = 'density' | 'style' | 'trigger' | 'language' | 'theme' | 'scope';

/** The options of each choice, in display order; labels come from `popup_<field>_<value>`. */
export const CHOICES: { [K in Choice]: Settings[K][] } = {
  density: ['first', 'every'],
  style: ['underline', 'background'],
  trigger: ['hover', 'click'],
  language: ['auto', 'en', 'uk'],
  theme: ['auto', 'light', 'dark'],
  scope: ['article', 'page'],
};

const KINDS: (keyof Settings['kinds'])[] = ['plan', 'proposal', 'party'];

interface Props {
  t: Translate;
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

/** Kinds as checkboxes, every other setting as a labelled select. */
export function SettingsForm({ t, settings, onChange }: Props) {
  return (
    <section aria-labelledby="sec-settings">
      <h2 id="sec-settings">{t('section_settings')}</h2>
      <fieldset>
        <legend>{t('kinds_legend')}</legend>
        {KINDS.map((kind) => (
          <label class="check" key={kind}>
            <input
              type="checkbox"
              name={`kind-${kind}`}
              checked={settings.kinds[kind]}
              onChange={(e) => onChange({ kinds: { ...settings.kinds, [kind]: e.currentTarget.checked } })}
            />
            <span>{t(`kind_${kind}`)}</span>
          </label>
        ))}
      </fieldset>
      <div class="fields">
        {(Object.keys(CHOICES) as Choice[]).map((field) => (
          <label class="field" key={field}>
            <span>{t(`${field}_label`)}</span>
            <select
              name={field}
              value={settings[field]}
              onChange={(e) => onChange({ [field]: e.currentTarget.value } as Partial<Settings>)}
            >
              {CHOICES[field].map((value) => (
                <option value={value} key={value}>
                  {t(`${field}_${value}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </section>
  );
}
