import { useCallback } from 'react';
import { Link, useParams } from 'wouter';
import { unitsApi } from '../api/endpoints.ts';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { intlLocale } from '../i18n/translate.ts';
import { InPageNav } from '../ui/InPageNav.tsx';
import './dialog.css';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { programmesApi } from './api.ts';
import { GoalChart } from './GoalChart.tsx';
import { GoalsTable } from './GoalsTable.tsx';
import { PlanActions } from './PlanActions.tsx';
import { PlanNotes } from './PlanNotes.tsx';
import { PlanPhases } from './PlanPhases.tsx';
import { ProgrammeForm } from './ProgrammeForm.tsx';

/** One programme: its units and teams, phases, notes, action plans and the four-goal view. */
export function ProgrammePage() {
  const { id = '' } = useParams();
  const { t, locale, format } = useI18n();
  const me = useMe();
  const toast = useToast();
  const plan = useAsync(useCallback((signal: AbortSignal) => programmesApi.get(id, { signal }), [id]));
  const goals = useAsync(useCallback((signal: AbortSignal) => programmesApi.goals(id, { signal }), [id]));
  const reload = () => {
    plan.reload();
    goals.reload();
  };
  const units = useAsync(useCallback((signal: AbortSignal) => unitsApi.list(true, { signal }), []));
  const mayManage = me.user.role === 'admin' || me.user.role === 'analyst';
  const unitName = (uid: string) => units.data?.find((u) => u.id === uid)?.name ?? uid;
  const p = plan.data;
  const range = (r: { from: string; to: string }) =>
    t('dialog.programmes.period', { from: format.date(r.from), to: format.date(r.to) });
  return (
    <>
      <PageHeader title={p?.name ?? t('dialog.programmes.title')} intro={p?.purpose}>
        {p && (
          <Link className="btn btn-primary" to={`/programmes/${id}/report`}>
            {t('dialog.plan.report')}
          </Link>
        )}
      </PageHeader>
      {plan.loading && !p && <Loading />}
      {plan.error !== undefined && <ErrorMessage error={plan.error} onRetry={reload} />}
      {p && units.data && (
        <div className="dialog-stack">
          <section className="card" aria-labelledby="units-title">
            <h2 id="units-title">{t('dialog.plan.units')}</h2>
            <p>
              {t('dialog.programmes.period', { from: format.date(p.startsOn), to: format.date(p.endsOn) })}
            </p>
            <ul className="dialog-list">
              {p.units.map((u) => (
                <li key={u.unitId}>
                  {unitName(u.unitId)} –{' '}
                  {u.role === 'participant'
                    ? t('dialog.plan.role.participant')
                    : t('dialog.plan.role.comparison')}
                  {u.teams && (
                    <span className="muted">
                      {' '}
                      ({t('dialog.plan.teams')}: {u.teams})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
          {mayManage && (
            <details className="card">
              <summary>{t('dialog.programmes.edit')}</summary>
              <ProgrammeForm
                units={units.data.filter((u) => u.kind === 'unit' && !u.archivedAt)}
                existing={{
                  id: p.id,
                  name: p.name,
                  purpose: p.purpose,
                  startsOn: p.startsOn,
                  endsOn: p.endsOn,
                  baselineMonths: p.baselineMonths,
                  followUpMonths: p.followUpMonths,
                  nextSteps: p.nextSteps,
                  units: p.units,
                }}
                onDone={() => {
                  toast({ message: t('dialog.programmes.saved') });
                  reload();
                }}
              />
            </details>
          )}
          <InPageNav
            items={[
              { id: 'phases-title', label: t('dialog.plan.phases') },
              { id: 'notes-title', label: t('dialog.plan.notes') },
              { id: 'plans-title', label: t('dialog.plan.actionPlans') },
              { id: 'goals-title', label: t('dialog.goals.title') },
            ]}
          />
          <PlanPhases plan={p} mayManage={mayManage} onChanged={reload} />
          <PlanNotes plan={p} units={units.data} mayManage={mayManage} onChanged={reload} />
          <PlanActions plan={p} units={units.data} mayManage={mayManage} onChanged={reload} />
          <section className="card" aria-labelledby="goals-title">
            <h2 id="goals-title">{t('dialog.goals.title')}</h2>
            <p className="muted">{t('dialog.goals.intro')}</p>
            {goals.error !== undefined && <ErrorMessage error={goals.error} onRetry={goals.reload} />}
            {goals.data && (
              <>
                <p>
                  {t('dialog.goals.periods', {
                    before: range(goals.data.periods.before),
                    during: range(goals.data.periods.during),
                    after: range(goals.data.periods.after),
                  })}
                </p>
                <GoalsTable
                  view={goals.data}
                  t={t}
                  tag={intlLocale(locale)}
                  aside={(g) => goals.data && <GoalChart goal={g} view={goals.data} />}
                />
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
