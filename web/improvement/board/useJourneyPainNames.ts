import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { type JourneyDetail, journeysApi } from '../../journeys/api.ts';
import type { Evidence } from '../types.ts';
import { parsePainRef, stepName } from './journey-steps.ts';

/**
 * Names the journey and step behind each journey pain point on the board ("Sygemelding · 3. Ringer til
 * jobcentret"), read from the journeys API: one request per journey referenced, not per card. A
 * journey the user may not read, or that is gone, simply gets no name; the card keeps its label.
 */
export function useJourneyPainNames(evidence: readonly Evidence[]): (e: Evidence) => string | undefined {
  const { t } = useI18n();
  const ids = useMemo(
    () =>
      [
        ...new Set(
          evidence.flatMap((e) => {
            const parsed = e.kind === 'journey_pain' ? parsePainRef(e.ref) : null;
            return parsed ? [parsed.journeyId] : [];
          }),
        ),
      ]
        .sort()
        .join(','),
    [evidence],
  );
  const [journeys, setJourneys] = useState<ReadonlyMap<string, JourneyDetail>>(new Map());

  useEffect(() => {
    if (!ids) return;
    const controller = new AbortController();
    Promise.all(
      ids.split(',').map((id) => journeysApi.get(id, { signal: controller.signal }).catch(() => null)),
    ).then((found) => {
      if (controller.signal.aborted) return;
      setJourneys(new Map(found.flatMap((j) => (j ? [[j.id, j] as const] : []))));
    });
    return () => controller.abort();
  }, [ids]);

  return (e) => {
    const parsed = e.kind === 'journey_pain' ? parsePainRef(e.ref) : null;
    const journey = parsed ? journeys.get(parsed.journeyId) : undefined;
    if (!parsed || !journey) return undefined;
    const step = stepName(t, journey.journey, parsed.stepId) ?? t('improvement.board.stepGone');
    return t('improvement.board.painSource', { journey: journey.title, step });
  };
}
