import { useCallback, useEffect, useState } from 'react';
import type { Mapping, SuggestResponse } from '../../../shared/api/conformance.ts';
import { actorLabel, type Journey } from '../../../shared/journey/index.ts';
import { listLogs } from '../../eventlog/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { actualApi } from './api.ts';

interface Props {
  journeyId: string;
  version: number;
  journey: Journey;
  mapping: Mapping | null;
  onSaved: (mapping: Mapping) => void;
}

type Choice = Record<string, string>;

/**
 * The mapping screen: choose a log, see its activities (and resources or groups) with the step (actor)
 * their names suggest, correct and confirm. A saved mapping is shown as saved, not re-suggested.
 */
export function MappingForm({ journeyId, version, journey, mapping, onSaved }: Props) {
  const { t, format } = useI18n();
  const toast = useToast();
  const logs = useAsync(useCallback((signal: AbortSignal) => listLogs({ signal }), []));
  const [logId, setLogId] = useState(mapping?.logId ?? '');
  const [actorBy, setActorBy] = useState<'resource' | 'group'>(mapping?.actorBy ?? 'resource');
  const [suggest, setSuggest] = useState<SuggestResponse | null>(null);
  const [activities, setActivities] = useState<Choice>(mapping?.activities ?? {});
  const [actors, setActors] = useState<Choice>(mapping?.actors ?? {});
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!logId) return;
    const controller = new AbortController();
    const keep = mapping && mapping.logId === logId && mapping.actorBy === actorBy;
    actualApi.suggest(journeyId, version, logId, actorBy, { signal: controller.signal }).then(
      (s) => {
        setSuggest(s);
        const pick = (rows: SuggestResponse['activities'], saved: Choice | undefined) =>
          Object.fromEntries(
            rows
              .map((r) => [r.name, keep ? (saved?.[r.name] ?? '') : (r.suggestedId ?? '')] as const)
              .filter(([, v]) => v !== ''),
          );
        setActivities(pick(s.activities, mapping?.activities));
        setActors(pick(s.actors, mapping?.actors));
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      },
    );
    return () => controller.abort();
  }, [journeyId, version, logId, actorBy, mapping]);

  const ready = (logs.data ?? []).filter((l) => l.status === 'ready');
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await actualApi.save(journeyId, version, { logId, actorBy, activities, actors });
      if (saved) onSaved(saved);
      toast({ message: t('actual.mapping.saved'), tone: 'success' });
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  if (logs.error) return <ErrorMessage error={logs.error} onRetry={logs.reload} />;
  if (logs.loading && !logs.data) return <Loading />;
  return (
    <section className="section" aria-labelledby="actual-mapping-title">
      <h2 id="actual-mapping-title">{t('actual.mapping.title')}</h2>
      {mapping && <p>{t('actual.mapping.current', { log: mapping.logName })}</p>}
      {ready.length === 0 ? (
        <p>{t('actual.mapping.noLogs')}</p>
      ) : (
        <div className="actual-mapping-controls">
          <label className="field">
            <span>{t('actual.mapping.log')}</span>
            <select value={logId} onChange={(e) => setLogId(e.target.value)} data-testid="mapping-log">
              <option value="">{t('actual.mapping.chooseLog')}</option>
              {ready.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('actual.mapping.actorBy')}</span>
            <select value={actorBy} onChange={(e) => setActorBy(e.target.value as 'resource' | 'group')}>
              <option value="resource">{t('actual.mapping.byResource')}</option>
              <option value="group">{t('actual.mapping.byGroup')}</option>
            </select>
          </label>
        </div>
      )}
      {error !== null && <ErrorMessage error={error} />}
      {suggest && logId && (
        <>
          <MatchTable
            caption={t('actual.mapping.activities')}
            hint={t('actual.mapping.activitiesHint')}
            column={t('actual.mapping.colStep')}
            rows={suggest.activities}
            options={journey.steps.map((s, i) => ({ id: s.id, label: `${i + 1}. ${s.description || s.id}` }))}
            value={activities}
            onChange={setActivities}
            testId="mapping-activities"
            format={format.number}
          />
          <MatchTable
            caption={t('actual.mapping.actors')}
            hint={suggest.actorsTruncated ? t('actual.mapping.actorsTruncated') : ''}
            column={t('actual.mapping.colActor')}
            rows={suggest.actors}
            options={journey.actors.map((a) => ({ id: a.id, label: actorLabel(a).label }))}
            value={actors}
            onChange={setActors}
            testId="mapping-actors"
            format={format.number}
          />
          <button type="button" className="button primary" onClick={save} disabled={saving}>
            {t('actual.mapping.save')}
          </button>
        </>
      )}
    </section>
  );
}

interface TableProps {
  caption: string;
  hint: string;
  column: string;
  rows: SuggestResponse['activities'];
  options: Array<{ id: string; label: string }>;
  value: Choice;
  onChange: (next: Choice) => void;
  testId: string;
  format: (n: number) => string;
}

function MatchTable({ caption, hint, column, rows, options, value, onChange, testId, format }: TableProps) {
  const { t, format: formatters } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table" data-testid={testId}>
        <caption>
          {caption}
          {hint && <span className="muted"> {hint}</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('actual.mapping.colName')}</th>
            <th scope="col" className="num">
              {t('actual.mapping.colEvents')}
            </th>
            <th scope="col">{column}</th>
            <th scope="col" className="num">
              {t('actual.mapping.colScore')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td className="num">{format(r.events)}</td>
              <td>
                <select
                  aria-label={`${column}: ${r.name}`}
                  value={value[r.name] ?? ''}
                  onChange={(e) => {
                    const next = { ...value };
                    if (e.target.value) next[r.name] = e.target.value;
                    else delete next[r.name];
                    onChange(next);
                  }}
                >
                  <option value="">{t('actual.mapping.none')}</option>
                  {options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="num">{r.suggestedId ? formatters.fixed(r.score, 2) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
