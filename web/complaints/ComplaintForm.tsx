import { type FormEvent, useMemo, useState } from 'react';
import { CHANNELS, COMPLAINT_KINDS, OUTCOMES } from '../../shared/complaints/taxonomy.ts';
import { ApiError } from '../api/errors.ts';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { UnitChoice } from '../ui/UnitChoice.tsx';
import { AboutFields } from './AboutFields.tsx';
import { type Area, type Complaint, complaintsApi, type NewComplaint } from './api.ts';
import { areaLabel, tx } from './labels.ts';

const today = () => new Date().toISOString().slice(0, 10);
const blank = (unitId: string): NewComplaint => ({
  receivedOn: today(),
  unitId,
  areaKey: null,
  kind: 'complaint',
  channel: 'email',
  // Nothing pre-ticked: the recorder must say what the complaint is about (issue 14).
  aboutProcess: false,
  processReasons: [],
  aboutDecision: false,
  severity: 2,
  outcome: 'open',
  answeredOn: null,
  description: null,
});

/** Records one complaint or conflict (`units`: all active units, the leaves chosen); process reasons are offered only when the process is ticked. */
export function ComplaintForm({
  units,
  areas,
  onSaved,
}: {
  units: Unit[];
  areas: Area[];
  onSaved: (c: Complaint) => void;
}) {
  const { t } = useI18n();
  // Complaints are recorded on the units citizens meet; the departments above show as the tree around them.
  const leaves = useMemo(() => units.filter((u) => u.kind === 'unit'), [units]);
  const choosable = useMemo(() => new Set(leaves.map((u) => u.id)), [leaves]);
  const [value, setValue] = useState<NewComplaint>(() => blank(leaves[0]?.id ?? ''));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<NewComplaint>) => setValue((v) => ({ ...v, ...patch }));
  const fieldError = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await complaintsApi.create(value);
      onSaved(saved);
      setValue(blank(value.unitId));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form card" onSubmit={submit} aria-labelledby="complaint-form-title" noValidate>
      <h2 id="complaint-form-title">{t('dialog.complaints.register')}</h2>
      {error !== null && <ErrorMessage error={error} />}
      {error instanceof ApiError && error.fields.length > 0 && (
        // Name each field in error, so the message does not only say "some fields" (issue 14).
        <ul className="field-error-list" aria-label={t('dialog.complaints.fieldsInError')}>
          {error.fields.map((f) => (
            <li key={f.path}>
              {fieldName(t, f.path.split(/[.[]/)[0] ?? f.path)}: {f.message}
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-grid">
        <TextField
          label={t('dialog.field.receivedOn')}
          type="date"
          value={value.receivedOn}
          error={fieldError('receivedOn')}
          onChange={(e) => set({ receivedOn: e.target.value })}
        />
        <UnitChoice
          label={t('dialog.field.unit')}
          units={units}
          choosable={choosable}
          value={value.unitId}
          error={fieldError('unitId')}
          onChange={(unitId) => set({ unitId: unitId ?? '' })}
        />
        <SelectField
          label={t('dialog.field.area')}
          value={value.areaKey ?? ''}
          error={fieldError('areaKey')}
          onChange={(e) => set({ areaKey: e.target.value || null })}
        >
          <option value="">{t('dialog.field.noArea')}</option>
          {areas
            .filter((a) => a.active)
            .map((a) => (
              <option key={a.key} value={a.key}>
                {areaLabel(t, a)}
              </option>
            ))}
        </SelectField>
        <SelectField
          label={t('dialog.field.kind')}
          value={value.kind}
          onChange={(e) => set({ kind: e.target.value as NewComplaint['kind'] })}
        >
          {COMPLAINT_KINDS.map((k) => (
            <option key={k} value={k}>
              {tx(t, `dialog.kind.${k}`, k)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('dialog.field.channel')}
          value={value.channel}
          onChange={(e) => set({ channel: e.target.value as NewComplaint['channel'] })}
        >
          {CHANNELS.map((k) => (
            <option key={k} value={k}>
              {tx(t, `dialog.channel.${k}`, k)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('dialog.field.severity')}
          value={String(value.severity)}
          onChange={(e) => set({ severity: Number(e.target.value) as NewComplaint['severity'] })}
        >
          {[1, 2, 3].map((k) => (
            <option key={k} value={k}>
              {tx(t, `dialog.severity.${k}`, String(k))}
            </option>
          ))}
        </SelectField>
      </div>
      <AboutFields value={value} error={fieldError('aboutProcess')} onChange={set} />
      <div className="dialog-grid">
        <SelectField
          label={t('dialog.field.outcome')}
          value={value.outcome}
          onChange={(e) => set({ outcome: e.target.value as NewComplaint['outcome'] })}
        >
          {OUTCOMES.map((k) => (
            <option key={k} value={k}>
              {tx(t, `dialog.outcome.${k}`, k)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('dialog.field.answeredOn')}
          type="date"
          optional
          value={value.answeredOn ?? ''}
          error={fieldError('answeredOn')}
          onChange={(e) => set({ answeredOn: e.target.value || null })}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="complaint-description">
          {t('dialog.field.description')} <span className="field-optional">{t('common.optional')}</span>
        </label>
        <p className="field-hint" id="complaint-description-hint">
          {t('dialog.field.descriptionHint')}
        </p>
        <textarea
          id="complaint-description"
          className="input"
          rows={3}
          maxLength={2000}
          aria-describedby="complaint-description-hint"
          value={value.description ?? ''}
          onChange={(e) => set({ description: e.target.value || null })}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !value.unitId}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}

const FIELD_LABELS: Record<string, string> = {
  receivedOn: 'dialog.field.receivedOn',
  unitId: 'dialog.field.unit',
  areaKey: 'dialog.field.area',
  kind: 'dialog.field.kind',
  aboutProcess: 'dialog.field.about',
  aboutDecision: 'dialog.field.about',
  processReasons: 'dialog.field.about',
  answeredOn: 'dialog.field.answeredOn',
};

/** The form's own label of a field named in a server error. */
function fieldName(t: ReturnType<typeof useI18n>['t'], path: string): string {
  const key = FIELD_LABELS[path];
  return key ? tx(t, key, path) : path;
}
