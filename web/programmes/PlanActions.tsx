import { type FormEvent, useState } from 'react';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { EmptyState, ErrorMessage } from '../ui/Status.tsx';
import { type ActionPlan, type Plan, programmesApi } from './api.ts';

const STATUS_KEY = {
  planned: 'dialog.plan.status.planned',
  in_progress: 'dialog.plan.status.in_progress',
  followed_up: 'dialog.plan.status.followed_up',
} as const;

/** Each participant's action plan with buddy, follow-up date and status; "mark as followed up". */
export function PlanActions({
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
  const participants = plan.units.filter((u) => u.role === 'participant');
  const [draft, setDraft] = useState({
    unitId: participants[0]?.unitId ?? '',
    participant: '',
    buddy: '',
    goal: '',
    followUpOn: '',
  });
  const [error, setError] = useState<unknown>(null);
  const paged = usePaged(plan.actionPlans);
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? '–';
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    void run(() =>
      programmesApi.add(plan.id, 'action-plans', { ...draft, followUpOn: draft.followUpOn || null }),
    );
  };
  const followUp = (a: ActionPlan) => {
    const { id: _id, ...rest } = a;
    return run(() => programmesApi.change(plan.id, 'action-plans', a.id, { ...rest, status: 'followed_up' }));
  };
  return (
    <section className="card" aria-labelledby="plans-title">
      <h2 id="plans-title">{t('dialog.plan.actionPlans')}</h2>
      {error !== null && <ErrorMessage error={error} />}
      {plan.actionPlans.length === 0 && <EmptyState>{t('dialog.plan.actionPlansEmpty')}</EmptyState>}
      {plan.actionPlans.length > 0 && (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{t('dialog.plan.actionPlans')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dialog.plan.participant')}</th>
                <th scope="col">{t('dialog.plan.buddy')}</th>
                <th scope="col">{t('dialog.field.unit')}</th>
                <th scope="col">{t('dialog.plan.goal')}</th>
                <th scope="col">{t('dialog.plan.followUpOn')}</th>
                <th scope="col">{t('dialog.plan.status')}</th>
              </tr>
            </thead>
            <tbody>
              {paged.rows.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.participant}</th>
                  <td>{a.buddy || '–'}</td>
                  <td>{unitName(a.unitId)}</td>
                  <td>
                    {a.goal}
                    {a.shared && <span className="muted"> · {t('dialog.plan.shared')}</span>}
                  </td>
                  <td>{a.followUpOn ? format.date(a.followUpOn) : '–'}</td>
                  <td>
                    {t(STATUS_KEY[a.status])}
                    {mayManage && a.status !== 'followed_up' && (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="btn btn-link btn-small"
                          onClick={() => void followUp(a)}
                        >
                          {t('dialog.plan.markFollowedUp')}
                          <span className="visually-hidden">: {a.participant}</span>
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PagedControls paged={paged} label={t('dialog.plan.actionPlans')} />
      {mayManage && participants.length > 0 && (
        <form className="form-inline" onSubmit={add}>
          <label className="field-label" htmlFor="plan-unit">
            {t('dialog.field.unit')}
          </label>
          <select
            id="plan-unit"
            className="input"
            value={draft.unitId}
            onChange={(e) => setDraft({ ...draft, unitId: e.target.value })}
          >
            {participants.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {unitName(u.unitId)}
              </option>
            ))}
          </select>
          <label className="field-label" htmlFor="plan-participant">
            {t('dialog.plan.participant')}
          </label>
          <input
            id="plan-participant"
            className="input"
            required
            value={draft.participant}
            onChange={(e) => setDraft({ ...draft, participant: e.target.value })}
          />
          <label className="field-label" htmlFor="plan-buddy">
            {t('dialog.plan.buddy')}
          </label>
          <input
            id="plan-buddy"
            className="input"
            value={draft.buddy}
            onChange={(e) => setDraft({ ...draft, buddy: e.target.value })}
          />
          <label className="field-label" htmlFor="plan-goal">
            {t('dialog.plan.goal')}
          </label>
          <input
            id="plan-goal"
            className="input"
            required
            value={draft.goal}
            onChange={(e) => setDraft({ ...draft, goal: e.target.value })}
          />
          <label className="field-label" htmlFor="plan-follow">
            {t('dialog.plan.followUpOn')}
          </label>
          <input
            id="plan-follow"
            type="date"
            className="input"
            value={draft.followUpOn}
            onChange={(e) => setDraft({ ...draft, followUpOn: e.target.value })}
          />
          <button type="submit" className="btn btn-secondary">
            {t('dialog.plan.addPlan')}
          </button>
        </form>
      )}
    </section>
  );
}
