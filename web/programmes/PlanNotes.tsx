import { type FormEvent, useState } from 'react';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { type Plan, programmesApi } from './api.ts';

/** Focus-group notes (before the start) and quotes for the report; text is screened on the server. */
export function PlanNotes({
  plan,
  units,
  mayManage,
  onChanged,
}: {
  plan: Plan;
  units: Unit[];
  mayManage: boolean;
  onChanged: () => void;
}) {
  const { t, format } = useI18n();
  const [draft, setDraft] = useState({
    kind: 'focus_group' as 'focus_group' | 'quote',
    heldOn: '',
    body: '',
  });
  const [error, setError] = useState<unknown>(null);
  const notes = usePaged(plan.notes);
  const interviews = usePaged(plan.interviews);
  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name;
  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await programmesApi.add(plan.id, 'notes', draft);
      setDraft({ ...draft, body: '' });
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('dialog.plan.notes')}</h2>
      {plan.notes.length === 0 && <p className="muted">{t('dialog.plan.none')}</p>}
      <ul className="dialog-list">
        {notes.rows.map((n) => (
          <li key={n.id}>
            <strong>
              {n.kind === 'quote' ? t('dialog.plan.note.quote') : t('dialog.plan.note.focus_group')}
            </strong>{' '}
            <span className="muted">
              {format.date(n.heldOn)}
              {unitName(n.unitId) ? ` · ${unitName(n.unitId)}` : ''}
            </span>
            <p>{n.body}</p>
          </li>
        ))}
      </ul>
      <PagedControls paged={notes} label={t('dialog.plan.notes')} />
      {plan.interviews.length > 0 && (
        <>
          <h3>{t('dialog.plan.interviews')}</h3>
          <ul className="dialog-list">
            {interviews.rows.map((i) => (
              <li key={`${i.heldOn}-${i.notes}`}>
                <span className="muted">
                  {format.date(i.heldOn)}
                  {unitName(i.unitId) ? ` · ${unitName(i.unitId)}` : ''}
                </span>
                <p>{i.notes}</p>
                {i.quotes.map((q) => (
                  <blockquote key={q}>{q}</blockquote>
                ))}
              </li>
            ))}
          </ul>
          <PagedControls paged={interviews} label={t('dialog.plan.interviews')} />
        </>
      )}
      {mayManage && (
        <form className="form" onSubmit={add}>
          {error !== null && <ErrorMessage error={error} />}
          <div className="form-inline">
            <label className="field-label" htmlFor="note-kind">
              {t('dialog.plan.noteKind')}
            </label>
            <select
              id="note-kind"
              className="input"
              value={draft.kind}
              onChange={(e) =>
                setDraft({ ...draft, kind: e.target.value === 'quote' ? 'quote' : 'focus_group' })
              }
            >
              <option value="focus_group">{t('dialog.plan.note.focus_group')}</option>
              <option value="quote">{t('dialog.plan.note.quote')}</option>
            </select>
            <label className="field-label" htmlFor="note-date">
              {t('dialog.plan.date')}
            </label>
            <input
              id="note-date"
              type="date"
              className="input"
              required
              value={draft.heldOn}
              onChange={(e) => setDraft({ ...draft, heldOn: e.target.value })}
            />
          </div>
          <label className="field-label" htmlFor="note-body">
            {t('dialog.plan.body')}
          </label>
          <p className="field-hint" id="note-body-hint">
            {t('dialog.field.descriptionHint')}
          </p>
          <textarea
            id="note-body"
            className="input"
            rows={3}
            required
            aria-describedby="note-body-hint"
            value={draft.body}
            onChange={(e) => setDraft({ ...draft, body: e.target.value })}
          />
          <div className="form-actions">
            <button type="submit" className="btn btn-secondary">
              {t('dialog.plan.addNote')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
