import { type FormEvent, useState } from 'react';
import { PHASE_KINDS } from '../../shared/complaints/programme.ts';
import { tx } from '../complaints/labels.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { type Plan, programmesApi } from './api.ts';

/** The programme's phases in date order, with "held"/"planned", and a form to add one. */
export function PlanPhases({
  plan,
  mayManage,
  onChanged,
}: {
  plan: Plan;
  mayManage: boolean;
  onChanged: () => void;
}) {
  const { t, format } = useI18n();
  const [draft, setDraft] = useState({ kind: 'training_day', title: '', startsOn: '', team: '' });
  const [error, setError] = useState<unknown>(null);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await programmesApi.add(plan.id, 'phases', draft);
      setDraft({ ...draft, title: '', startsOn: '' });
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card" aria-labelledby="phases-title">
      <h2 id="phases-title">{t('dialog.plan.phases')}</h2>
      <ol className="dialog-list">
        {plan.phases.map((p) => (
          <li key={p.id}>
            <strong>{format.date(p.startsOn)}</strong> · {tx(t, `dialog.plan.phase.${p.kind}`, p.kind)}
            {p.title && ` – ${p.title}`}
            {p.team && <span className="muted"> ({p.team})</span>} ·{' '}
            <span className="muted">{p.done ? t('dialog.plan.done') : t('dialog.plan.planned')}</span>
          </li>
        ))}
      </ol>
      {mayManage && (
        <form className="form-inline" onSubmit={add}>
          {error !== null && <ErrorMessage error={error} />}
          <label className="field-label" htmlFor="phase-kind">
            {t('dialog.plan.phaseKind')}
          </label>
          <select
            id="phase-kind"
            className="input"
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
          >
            {PHASE_KINDS.map((k) => (
              <option key={k} value={k}>
                {tx(t, `dialog.plan.phase.${k}`, k)}
              </option>
            ))}
          </select>
          <label className="field-label" htmlFor="phase-title">
            {t('dialog.plan.title')}
          </label>
          <input
            id="phase-title"
            className="input"
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          />
          <label className="field-label" htmlFor="phase-date">
            {t('dialog.plan.date')}
          </label>
          <input
            id="phase-date"
            type="date"
            className="input"
            required
            value={draft.startsOn}
            onChange={(e) => setDraft({ ...draft, startsOn: e.target.value })}
          />
          <label className="field-label" htmlFor="phase-team">
            {t('dialog.plan.team')}
          </label>
          <input
            id="phase-team"
            className="input"
            value={draft.team}
            onChange={(e) => setDraft({ ...draft, team: e.target.value })}
          />
          <button type="submit" className="btn btn-secondary">
            {t('dialog.plan.addPhase')}
          </button>
        </form>
      )}
    </section>
  );
}
