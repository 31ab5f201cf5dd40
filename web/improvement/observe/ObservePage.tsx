import { type FormEvent, useState } from 'react';
import { useMe } from '../../app/AuthProvider.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { TextField } from '../../ui/Field.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { UnitChoice } from '../../ui/UnitChoice.tsx';
import '../improvement.css';
import { improvementApi } from '../api.ts';
import type { ObservationInput, OpenSession } from '../types.ts';
import { BackLink } from '../ui/BackLink.tsx';
import { useMayRecord } from '../useMayRecord.ts';
import { useUnits } from '../useUnits.ts';
import { type ActiveSession, loadActive, saveActive } from './active.ts';
import { OpenSessions } from './OpenSessions.tsx';
import { shrinkPhoto } from './photo.ts';
import { QuickAddForm, type QuickObservation } from './QuickAddForm.tsx';
import { deviceLabel, newId, queueObservation, queueSession } from './queue.ts';
import { SessionHistory } from './SessionHistory.tsx';
import { SyncStatus } from './SyncStatus.tsx';
import { useObservationSync } from './useSync.ts';

/** The phone page for observing in the reception: one tap to start, quick notes, works offline. */
export function ObservePage() {
  const { t, format } = useI18n();
  const me = useMe();
  const sync = useObservationSync(me.csrfToken);
  const units = useUnits();
  const mayRecord = useMayRecord();
  const [active, setActiveState] = useState<ActiveSession | null>(loadActive);
  const [unitId, setUnitId] = useState(me.user.unitIds[0] ?? '');
  const [place, setPlace] = useState('');
  const [historyKey, setHistoryKey] = useState(0);
  // The one status line's "what just happened" (saved, closed, resumed); replaced, never stacked.
  const [notice, setNotice] = useState('');
  const chosenUnit = unitId || units[0]?.id || '';

  const setActive = (next: ActiveSession | null) => {
    saveActive(next);
    setActiveState(next);
  };

  const start = (event: FormEvent) => {
    event.preventDefault();
    const session = {
      id: newId(),
      unitId: chosenUnit,
      place: place.trim(),
      device: deviceLabel(navigator.userAgent),
      startedAt: new Date().toISOString(),
      endedAt: null,
    };
    sync.update((q) => queueSession(q, session));
    setActive({ session, observations: [] });
    void sync.sync();
  };

  const stop = async () => {
    if (!active) return;
    sync.update((q) => queueSession(q, { ...active.session, endedAt: new Date().toISOString() }));
    setActive(null);
    await sync.sync();
    setHistoryKey((k) => k + 1);
  };

  const add = async (o: QuickObservation) => {
    if (!active) return;
    const observation = {
      id: newId(),
      sessionId: active.session.id,
      observedAt: new Date().toISOString(),
      category: o.category,
      what: o.what,
      citizens: o.citizens,
      severity: o.severity,
      tags: o.tags,
    };
    const photo = o.photo ? { observationId: observation.id, ...(await shrinkPhoto(o.photo)) } : undefined;
    let stored = sync.update((q) => queueObservation(q, observation, photo));
    const photoDropped = !stored && photo !== undefined;
    if (photoDropped) stored = sync.update((q) => queueObservation(q, observation));
    if (!stored) {
      setNotice(t('improvement.observe.storageFull'));
      return;
    }
    setActive({
      ...active,
      observations: [
        { ...observation, hasPhoto: !photoDropped && photo !== undefined },
        ...active.observations,
      ],
    });
    setNotice(
      photoDropped
        ? t('improvement.observe.storageFull')
        : t(sync.online ? 'improvement.observe.saved' : 'improvement.observe.savedOffline'),
    );
    void sync.sync();
  };

  /** Continues a session left open (here or on another device) on this device. */
  const resume = async (open: OpenSession) => {
    const { session, observations } = await improvementApi.resumeSession(
      open.id,
      deviceLabel(navigator.userAgent),
    );
    setActive({
      session: {
        id: session.id,
        unitId: session.unitId,
        place: session.place,
        device: session.device,
        startedAt: session.startedAt,
        endedAt: null,
      },
      observations: observations
        .map(({ hasPhoto, ...o }) => ({
          ...o,
          category: o.category as ObservationInput['category'],
          hasPhoto,
        }))
        .reverse(),
    });
    setNotice(t('improvement.observe.resumed'));
  };

  return (
    <div className="improvement-observe">
      <BackLink />
      <PageHeader title={t('improvement.observe.title')} intro={t('improvement.observe.intro')} />
      <SyncStatus sync={sync} notice={notice} />
      {!mayRecord ? null : active ? (
        <section className="section" aria-labelledby="running-title">
          <h2 id="running-title">
            {t('improvement.observe.running', {
              time: format.dateTime(active.session.startedAt),
              count: active.observations.length,
            })}
          </h2>
          <button
            type="button"
            className="btn btn-danger btn-block improvement-big"
            onClick={() => void stop()}
          >
            {t('improvement.observe.stop')}
          </button>
          <QuickAddForm onAdd={add} />
          <h3>{t('improvement.observe.list')}</h3>
          {active.observations.length === 0 ? (
            <p className="muted">{t('improvement.observe.empty')}</p>
          ) : (
            <ol className="improvement-list" reversed>
              {active.observations.map((o) => (
                <li key={o.id}>
                  <strong>{t(`improvement.category.${o.category}`)}</strong>: {o.what}
                  {o.hasPhoto && <span className="muted"> ({t('improvement.observe.withPhoto')})</span>}
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : (
        <form className="form section" onSubmit={start}>
          <UnitChoice
            label={t('improvement.observe.unit')}
            units={units}
            value={chosenUnit}
            onChange={(id) => setUnitId(id ?? '')}
          />
          <TextField
            label={t('improvement.observe.place')}
            hint={t('improvement.observe.placeHint')}
            optional
            value={place}
            onChange={(e) => setPlace(e.target.value)}
          />
          <button type="submit" className="btn btn-primary btn-block improvement-big" disabled={!chosenUnit}>
            {t('improvement.observe.start')}
          </button>
        </form>
      )}
      {sync.online && mayRecord && (
        <OpenSessions
          reloadKey={historyKey}
          activeId={active?.session.id ?? null}
          onResume={resume}
          onNotice={setNotice}
        />
      )}
      {sync.online && <SessionHistory reloadKey={historyKey} />}
    </div>
  );
}
