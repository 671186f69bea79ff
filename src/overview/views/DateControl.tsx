/** The "as of" date control: a date field, a slider over the dates that have positions, and steps. */
import type { IsoDate } from '../../data/types.ts';
import type { Translate } from '../i18n.ts';
import { isIsoDate } from '../model/dates.ts';

interface Props {
  date: IsoDate;
  min: IsoDate;
  max: IsoDate;
  /** Dates with at least one position, ascending, ending with max. */
  steps: IsoDate[];
  onDate: (date: IsoDate) => void;
  t: Translate;
}

/** The index of the last step on or before `date` (the step the slider shows). */
export function stepIndex(steps: readonly IsoDate[], date: IsoDate): number {
  let found = 0;
  steps.forEach((s, i) => {
    if (s <= date) found = i;
  });
  return found;
}

/** Date field, slider and previous/next buttons, all kept in the dataset's range. */
export function DateControl({ date, min, max, steps, onDate, t }: Props) {
  const index = stepIndex(steps, date);
  const prev = [...steps].reverse().find((s) => s < date);
  const next = steps.find((s) => s > date);
  return (
    <fieldset class="date-control" aria-labelledby="date-label">
      <label id="date-label" for="as-of">
        {t('date_label')}
      </label>
      <input
        id="as-of"
        type="date"
        value={date}
        min={min}
        max={max}
        aria-describedby="date-range"
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isIsoDate(value)) onDate(value);
        }}
      />
      <button type="button" disabled={!prev} onClick={() => prev && onDate(prev)} aria-label={t('date_prev')}>
        ◀
      </button>
      <input
        type="range"
        class="date-control__slider"
        min={0}
        max={Math.max(0, steps.length - 1)}
        step={1}
        value={index}
        aria-label={t('date_step')}
        aria-valuetext={steps[index] ?? date}
        onInput={(e) => {
          const step = steps[Number(e.currentTarget.value)];
          if (step) onDate(step);
        }}
      />
      <button type="button" disabled={!next} onClick={() => next && onDate(next)} aria-label={t('date_next')}>
        ▶
      </button>
      <span id="date-range" class="hint">
        {t('date_range', { min, max })}
      </span>
    </fieldset>
  );
}
