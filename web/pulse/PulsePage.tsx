import { type FormEvent, useCallback, useState } from 'react';
import { unitsApi } from '../api/endpoints.ts';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import '../programmes/dialog.css';
import { PageHeader } from '../ui/PageHeader.tsx';
import { Badge, EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { answerUrl, pulseApi } from './api.ts';
import { PulseResults } from './PulseResults.tsx';
import { RoundForm } from './RoundForm.tsx';

/** Pulse rounds with their answer links, results per unit over time, and (analysts) new rounds. */
export function PulsePage() {
  const { t, format } = useI18n();
  const me = useMe();
  const toast = useToast();
  const [version, setVersion] = useState(0);
  const [minDraft, setMinDraft] = useState('');
  const mayManage = me.user.role === 'admin' || me.user.role === 'analyst';
  const units = useAsync(useCallback((signal: AbortSignal) => unitsApi.list(false, { signal }), []));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` reloads after changes.
  const rounds = useAsync(useCallback((signal: AbortSignal) => pulseApi.rounds({ signal }), [version]));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` reloads after changes.
  const results = useAsync(useCallback((signal: AbortSignal) => pulseApi.results({ signal }), [version]));
  const reload = () => setVersion((v) => v + 1);
  const close = async (id: string) => {
    await pulseApi.close(id);
    toast({ message: t('dialog.pulse.closed') });
    reload();
  };
  const saveMin = async (e: FormEvent) => {
    e.preventDefault();
    await pulseApi.setMinGroupSize(Number(minDraft));
    toast({ message: t('dialog.pulse.settingsSaved') });
    reload();
  };
  const error = units.error ?? rounds.error ?? results.error;
  return (
    <>
      <PageHeader title={t('dialog.pulse.title')} intro={t('dialog.pulse.intro')} />
      {error !== undefined && <ErrorMessage error={error} onRetry={reload} />}
      {(!rounds.data || !units.data) && error === undefined && <Loading />}
      {rounds.data && units.data && (
        <div className="dialog-stack">
          <section aria-labelledby="rounds-title">
            <h2 id="rounds-title">{t('dialog.pulse.rounds')}</h2>
            {rounds.data.length === 0 && <EmptyState>{t('dialog.pulse.noRounds')}</EmptyState>}
            <ul className="dialog-list">
              {rounds.data.map((r) => (
                <li key={r.id}>
                  <strong>{r.title}</strong>{' '}
                  <Badge tone={r.status === 'open' ? 'info' : 'neutral'}>
                    {t(`dialog.pulse.status.${r.status}`)}
                  </Badge>{' '}
                  <span className="muted">
                    {r.opensAt ? format.date(r.opensAt) : ''} · {t('dialog.pulse.responses')}: {r.responses}
                  </span>
                  {r.status === 'open' && (
                    <>
                      {' · '}
                      <a href={answerUrl(r.token)} aria-label={t('dialog.pulse.linkFor', { title: r.title })}>
                        {t('dialog.pulse.link')}
                      </a>
                      {mayManage && (
                        <>
                          {' '}
                          {' · '}
                          <button
                            type="button"
                            className="btn btn-link btn-small"
                            onClick={() => void close(r.id)}
                          >
                            {t('dialog.pulse.close')}
                          </button>
                        </>
                      )}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
          {results.data && (
            <section aria-labelledby="pulse-results-title">
              <h2 id="pulse-results-title">{t('dialog.pulse.results')}</h2>
              <p className="muted">{t('dialog.pulse.resultsIntro', { min: results.data.minGroupSize })}</p>
              {results.data.rounds.map((round) => (
                <PulseResults
                  key={round.id}
                  round={round}
                  units={units.data ?? []}
                  minGroupSize={results.data?.minGroupSize ?? 5}
                />
              ))}
            </section>
          )}
          {mayManage && (
            <RoundForm
              units={units.data.filter((u) => u.kind === 'unit')}
              onCreated={() => {
                toast({ message: t('dialog.pulse.created') });
                reload();
              }}
            />
          )}
          {mayManage && (
            <form className="card form-inline" onSubmit={(e) => void saveMin(e)}>
              <label className="field-label" htmlFor="pulse-min">
                {t('dialog.pulse.settings')}
              </label>
              <input
                id="pulse-min"
                type="number"
                min={3}
                max={20}
                className="input"
                required
                value={minDraft || String(results.data?.minGroupSize ?? 5)}
                aria-describedby="pulse-min-hint"
                onChange={(e) => setMinDraft(e.target.value)}
              />
              <button type="submit" className="btn btn-secondary">
                {t('dialog.pulse.saveSettings')}
              </button>
              <p className="field-hint" id="pulse-min-hint">
                {t('dialog.pulse.settingsHint')}
              </p>
            </form>
          )}
        </div>
      )}
    </>
  );
}
