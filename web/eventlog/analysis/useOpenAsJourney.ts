import { useState } from 'react';
import { useLocation } from 'wouter';
import {
  caseCourse,
  courseToJourney,
  type VariantRow,
  variantCourse,
} from '../../../shared/eventlog/index.ts';
import type { Journey } from '../../../shared/journey/index.ts';
import { request } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { getCase } from '../api.ts';
import type { EventLog, HandoverReport } from '../types.ts';

/**
 * "Open as journey": builds a journey map from a variant or a case (shared/journey model) and
 * creates it through the journeys API, then opens it in the journey editor.
 */
export function useOpenAsJourney(log: EventLog, report: HandoverReport) {
  const { t, format } = useI18n();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const byResource = report.by === 'resource' || report.by === 'org:resource';
  const unnamedStep = t('eventlog.journey.unnamedStep');
  const pairs = [...report.handovers, ...report.selfHandovers];

  const create = async (journey: Journey) => {
    setBusy(true);
    setError(null);
    try {
      const created = await request<{ journey: { id: string } }>('POST', '/journeys', {
        journey,
        note: t('eventlog.journey.note', { log: log.name }),
      });
      navigate(`/journeys/${created.journey.id}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const openVariant = (variant: VariantRow, rank: number) =>
    create(
      courseToJourney(variantCourse(variant, pairs), byResource, {
        title: t('eventlog.journey.variantTitle', { rank, log: log.name }),
        situation: t('eventlog.journey.variantSituation', {
          cases: format.number(variant.cases),
          share: format.percent(variant.share, 1),
        }),
        unnamedStep,
      }),
    );

  const openCase = async (key: string) => {
    try {
      const found = await getCase(log.id, key);
      const actor = (e: { resource: string | null; group: string | null }) =>
        (byResource ? e.resource : e.group) ?? '';
      const course = caseCourse(
        found.events.map((e) => ({ activity: e.activity, timestamp: e.timestamp, actor: actor(e) })),
      );
      await create(
        courseToJourney(course, byResource, {
          title: t('eventlog.journey.caseTitle', { key: found.key, log: log.name }),
          situation: t('eventlog.journey.caseSituation', { events: found.events.length }),
          unnamedStep,
        }),
      );
    } catch (e) {
      setError(e);
    }
  };

  return {
    busy,
    error,
    openVariant,
    openCase,
    variantJourney: (v: VariantRow, rank: number) =>
      courseToJourney(variantCourse(v, pairs), byResource, {
        title: `#${rank}`,
        situation: '',
        unnamedStep,
      }),
  };
}
