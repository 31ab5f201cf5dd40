import type { Kysely } from 'kysely';
import { PULSE_ITEMS, pulseSurveyDefinition } from '../../shared/complaints/pulse-items.ts';
import { insertComplaints, upsertVolumes } from '../complaints/repository.ts';
import type { Database } from '../db/types.ts';
import { insertPulseResponses, type PulseResponseRow } from '../pulse/answer-repository.ts';
import { insertPulseSurvey } from '../pulse/repository.ts';
import { demoComplaints, demoDates, likert, random } from './demo-data.ts';
import { seedDemoPlan } from './demo-plan.ts';

type Db = Kysely<Database>;
type Period = 'before' | 'after';

/** Participants improve; the comparison unit stays roughly where it was. */
const LEVELS = {
  participant: {
    before: { citizen: 3.2, pulse: 3.1, complaints: 30, process: 0.72 },
    after: { citizen: 3.9, pulse: 3.9, complaints: 14, process: 0.45 },
  },
  comparison: {
    before: { citizen: 3.4, pulse: 3.4, complaints: 16, process: 0.65 },
    after: { citizen: 3.5, pulse: 3.4, complaints: 15, process: 0.62 },
  },
} as const;

/**
 * Demokommune's "Bedre Borgerdialog" programme over two Jobcenter units, with a comparison unit that
 * did not take part: citizen survey answers, pulse rounds, complaints and contact volumes before and
 * after, and the plan itself (phases, focus-group notes, quotes, action plans).
 */
export async function seedDemoDialog(
  db: Db,
  municipalityId: string,
  units: ReadonlyMap<string, string>,
  today = new Date(),
) {
  const participants = ['Jobcenterets reception', 'Sygedagpenge']
    .map((n) => units.get(n))
    .filter((id): id is string => !!id);
  const comparison = units.get('Boligstøtte og pension');
  if (participants.length !== 2 || !comparison) return;
  const tenant = { municipalityId };
  const rnd = random(8);
  const d = demoDates(today);
  const ranges: Record<Period, { from: string; to: string }> = {
    before: {
      from: d.baselineFrom,
      to: new Date(Date.parse(`${d.startsOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10),
    },
    after: {
      from: new Date(Date.parse(`${d.endsOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      to: d.followUpTo,
    },
  };
  const all = [
    ...participants.map((id) => ({ id, role: 'participant' as const })),
    { id: comparison, role: 'comparison' as const },
  ];

  const citizen = await insertPulseSurvey(db, tenant, {
    title: 'Borgertilfredshed – Jobcenter og Ydelsesservice',
    unitIds: all.map((u) => u.id),
    languages: ['da', 'en'],
    definition: { sets: ['satisfaction'], localQuestions: [] },
    token: `demo-dialog-citizen-${municipalityId.slice(0, 8)}`,
    opensAt: d.baselineFrom,
    closesAt: null,
    createdBy: null,
    mode: 'questionnaire',
  });
  // Collected and written in one statement each: one round trip per response made a first start slow.
  const responses: PulseResponseRow[] = [];
  for (const period of ['before', 'after'] as const) {
    const pulse = await insertPulseSurvey(db, tenant, {
      title: period === 'before' ? 'Medarbejderpuls før forløbet' : 'Medarbejderpuls efter forløbet',
      unitIds: all.map((u) => u.id),
      languages: ['da', 'en'],
      definition: pulseSurveyDefinition(),
      token: `demo-dialog-pulse-${period}-${municipalityId.slice(0, 8)}`,
      opensAt: ranges[period].from,
      closesAt: ranges[period].to,
      createdBy: null,
      status: 'closed',
    });
    for (const unit of all) {
      const level = LEVELS[unit.role][period];
      for (let i = 0; i < 45; i++) {
        responses.push({
          surveyId: citizen.id,
          unitId: unit.id,
          locale: 'da',
          submittedAt: new Date(
            Date.parse(`${ranges[period].from}T10:00:00Z`) + Math.floor(rnd() * 150) * 86_400_000,
          ),
          answers: [{ itemId: 'satisfaction.overall', value: likert(rnd, level.citizen), dontKnow: false }],
        });
      }
      for (let i = 0; i < 12; i++) {
        responses.push({
          surveyId: pulse.id,
          unitId: unit.id,
          locale: 'da',
          submittedAt: new Date(
            Date.parse(`${ranges[period].from}T09:00:00Z`) + Math.floor(rnd() * 20) * 86_400_000,
          ),
          answers: PULSE_ITEMS.map((item) => ({
            itemId: item.id,
            value: likert(rnd, level.pulse),
            dontKnow: false,
          })),
        });
      }
      const drafts = demoComplaints(rnd, unit.id, ranges[period], {
        count: level.complaints,
        processShare: level.process,
        days: period === 'before' ? 24 : 15,
      });
      await insertComplaints(
        db,
        tenant,
        drafts.map((c) => ({
          received_on: c.receivedOn,
          unit_id: c.unitId,
          area_key: c.areaKey,
          kind: c.kind,
          channel: c.channel,
          about_process: c.aboutProcess,
          process_reasons: c.processReasons,
          about_decision: c.aboutDecision,
          severity: c.severity,
          outcome: c.outcome,
          answered_on: c.answeredOn,
          description: null,
          import_batch: null,
          created_by: null,
        })),
      );
    }
  }
  await insertPulseResponses(db, tenant, responses);
  const volumes: { unitId: string; month: string; contacts: number }[] = [];
  for (const unit of all) {
    for (let m = 0; m < 24; m++) {
      const month = new Date(Date.parse(`${d.baselineFrom}T00:00:00Z`));
      month.setUTCMonth(month.getUTCMonth() + m);
      if (month.toISOString().slice(0, 10) > d.followUpTo) break;
      volumes.push({
        unitId: unit.id,
        month: month.toISOString().slice(0, 7),
        contacts: 1400 + Math.floor(rnd() * 300),
      });
    }
  }
  await upsertVolumes(db, tenant, volumes);
  await seedDemoPlan(db, tenant, { ...d, participants, comparison });
}
