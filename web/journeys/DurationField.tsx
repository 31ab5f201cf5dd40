import { useState } from 'react';
import { DURATION_UNITS, type DurationUnit, splitMinutes, toMinutes } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface Props {
  id: string;
  label: string;
  minutes: number | undefined;
  readOnly: boolean;
  onChange: (minutes: number | undefined) => void;
}

/**
 * A duration typed in minutes, hours, days or weeks; stored as whole minutes. The unit shown first is
 * the largest whole one ("2 dage", not "2880 min."), and changing the unit keeps the typed number.
 */
export function DurationField({ id, label, minutes, readOnly, onChange }: Props) {
  const { t } = useI18n();
  // What is typed (amount and unit) and the minutes it stood for. When the journey's value changes from
  // outside (undo, redo, another version), the field shows that value instead of what was typed before.
  const [typed, setTyped] = useState(() => ({ ...shown(minutes), minutes }));
  let { amount, unit } = typed;
  if (typed.minutes !== minutes) {
    const next = { ...shown(minutes), minutes };
    setTyped(next);
    ({ amount, unit } = next);
  }
  const change = (nextAmount: string, nextUnit: DurationUnit) => {
    const next = toMinutes(nextAmount, nextUnit);
    setTyped({ amount: nextAmount, unit: nextUnit, minutes: next });
    onChange(next);
  };
  return (
    <div className="field journey-duration">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <span className="field-inline">
        <input
          id={id}
          className="input input-compact"
          inputMode="decimal"
          readOnly={readOnly}
          value={amount}
          onChange={(e) => change(e.target.value, unit)}
        />
        <select
          className="input input-compact"
          aria-label={t('journeys.duration.unit', { field: label })}
          value={unit}
          disabled={readOnly}
          onChange={(e) => change(amount, DURATION_UNITS.find((u) => u === e.target.value) ?? 'minutes')}
        >
          {DURATION_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`journeys.duration.unit.${u}`)}
            </option>
          ))}
        </select>
      </span>
    </div>
  );
}

/** The amount and unit a stored duration is shown in (empty when there is none). */
function shown(minutes: number | undefined): { amount: string; unit: DurationUnit } {
  if (minutes === undefined) return { amount: '', unit: 'minutes' };
  const { amount, unit } = splitMinutes(minutes);
  return { amount: String(amount), unit };
}
