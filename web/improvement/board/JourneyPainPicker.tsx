import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { journeysApi } from '../../journeys/api.ts';
import { SelectField } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Status.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { painChoices } from './journey-steps.ts';

/** What the picker hands back: the ids the reference is made of and the pain point's own words. */
export interface PainPick {
  journeyId: string;
  stepId: string;
  pain: string;
}

/**
 * Picks a journey pain point by name: first the journey (from the journey list), then one of its
 * steps' pain points (from the journey's current version). Both selects are required, so the form
 * cannot be sent with half a reference.
 */
export function JourneyPainPicker({ onPick }: { onPick: (pick: PainPick | null) => void }) {
  const { t } = useI18n();
  const [journeyId, setJourneyId] = useState('');
  const [choice, setChoice] = useState('');
  const journeys = useAsync(
    useCallback((signal: AbortSignal) => journeysApi.list({ sort: 'title', order: 'asc' }, { signal }), []),
  );
  const detail = useAsync(
    useCallback(
      (signal: AbortSignal) => (journeyId ? journeysApi.get(journeyId, { signal }) : Promise.resolve(null)),
      [journeyId],
    ),
  );
  const loaded = detail.data && detail.data.id === journeyId ? detail.data : null;
  const choices = useMemo(() => (loaded ? painChoices(t, loaded.journey) : []), [loaded, t]);

  if (journeys.error !== undefined) return <ErrorMessage error={journeys.error} onRetry={journeys.reload} />;
  if (journeys.data?.length === 0) return <p className="muted">{t('improvement.board.noJourneys')}</p>;
  return (
    <>
      <SelectField
        label={t('improvement.board.journey')}
        value={journeyId}
        required
        onChange={(e) => {
          setJourneyId(e.target.value);
          setChoice('');
          onPick(null);
        }}
      >
        <option value="">{t('improvement.board.chooseJourney')}</option>
        {journeys.data?.map((j) => (
          <option key={j.id} value={j.id}>
            {j.title}
          </option>
        ))}
      </SelectField>
      {detail.error !== undefined && <ErrorMessage error={detail.error} onRetry={detail.reload} />}
      <SelectField
        label={t('improvement.board.painPoint')}
        value={choice}
        required
        disabled={!loaded}
        onChange={(e) => {
          setChoice(e.target.value);
          const c = choices.find((x) => x.value === e.target.value);
          onPick(c ? { journeyId, stepId: c.stepId, pain: c.pain } : null);
        }}
      >
        <option value="">{t('improvement.board.choosePain')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.text}
          </option>
        ))}
      </SelectField>
    </>
  );
}
