import { JOURNEY_STATUSES, type Journey } from '../../shared/journey/index.ts';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { UnitChoice } from '../ui/UnitChoice.tsx';

interface Props {
  journey: Journey;
  units: Unit[];
  readOnly: boolean;
  fieldError: (path: string) => string | undefined;
  onChange: (patch: Partial<Journey>) => void;
  /** A new journey: the cursor starts in the title, its placeholder text selected. */
  focusTitle?: boolean;
}

/** Title, persona, situation, owner unit and status. */
export function DetailsForm({ journey, units, readOnly, fieldError, onChange, focusTitle = false }: Props) {
  const { t } = useI18n();
  return (
    <div className="journey-details">
      <TextField
        id="journey-title"
        ref={(input) => {
          if (!input || !focusTitle || input.dataset.focused) return;
          input.dataset.focused = 'yes';
          // After the browser settles focus from the page load (a plain effect was overridden).
          requestAnimationFrame(() => {
            input.focus();
            input.select();
          });
        }}
        label={t('journeys.field.title')}
        value={journey.title}
        readOnly={readOnly}
        maxLength={200}
        error={fieldError('journey.title')}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <TextField
        label={t('journeys.field.persona')}
        value={journey.persona}
        readOnly={readOnly}
        optional
        error={fieldError('journey.persona')}
        onChange={(e) => onChange({ persona: e.target.value })}
      />
      <div className="field">
        <label className="field-label" htmlFor="journey-situation">
          {t('journeys.field.situation')}
        </label>
        <textarea
          id="journey-situation"
          className="input"
          rows={3}
          readOnly={readOnly}
          value={journey.situation}
          onChange={(e) => onChange({ situation: e.target.value })}
        />
      </div>
      <UnitChoice
        label={t('journeys.field.owner')}
        units={units}
        value={journey.ownerUnitId}
        noneLabel={t('journeys.field.noOwner')}
        disabled={readOnly}
        error={fieldError('journey.ownerUnitId')}
        onChange={(ownerUnitId) => onChange({ ownerUnitId })}
      />
      <SelectField
        label={t('journeys.field.status')}
        value={journey.status}
        disabled={readOnly}
        onChange={(e) => {
          const status = JOURNEY_STATUSES.find((s) => s === e.target.value);
          if (status) onChange({ status });
        }}
      >
        {JOURNEY_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`journeys.status.${status}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
