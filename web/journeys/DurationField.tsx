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
  const initial =
    minutes === undefined ? { amount: '', unit: 'minutes' as DurationUnit } : splitMinutes(minutes);
  const [unit, setUnit] = useState<DurationUnit>(initial.unit);
  const [amount, setAmount] = useState(String(initial.amount));
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
          onChange={(e) => {
            setAmount(e.target.value);
            onChange(toMinutes(e.target.value, unit));
          }}
        />
        <select
          className="input input-compact"
          aria-label={t('journeys.duration.unit', { field: label })}
          value={unit}
          disabled={readOnly}
          onChange={(e) => {
            const next = DURATION_UNITS.find((u) => u === e.target.value) ?? 'minutes';
            setUnit(next);
            onChange(toMinutes(amount, next));
          }}
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
