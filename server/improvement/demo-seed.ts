import { randomUUID } from 'node:crypto';
import type { Db } from './common.ts';
import { DEMO_IDEAS, DEMO_INTERVIEWS, DEMO_OBSERVATIONS, DEMO_PERIODS, DEMO_PROBLEMS } from './demo-data.ts';
import { seedInitiative } from './demo-initiative.ts';

const HOST_UNIT = 'Borgerservice Hovedbiblioteket';
const at = (day: string, hour: number, minute = 0) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + (hour * 60 + minute) * 60_000);
const addDays = (day: string, n: number) =>
  new Date(at(day, 0).getTime() + n * 86_400_000).toISOString().slice(0, 10);

/** Four sessions of 2½ hours in a period, each with every typical observation of that period. */
async function seedSessions(
  db: Db,
  m: string,
  unitId: string,
  observerId: string,
  period: 'before' | 'after',
) {
  const first = period === 'before' ? DEMO_PERIODS.baseline.start : DEMO_PERIODS.test.start;
  const ids: { id: string; category: string }[] = [];
  for (let s = 0; s < 4; s++) {
    const day = addDays(first, s * 5 + 1);
    const session = randomUUID();
    await db
      .insertInto('improvement_session')
      .values({
        municipality_id: m,
        id: session,
        unit_id: unitId,
        observer_id: observerId,
        place: 'Indgang og skranke',
        started_at: at(day, 9),
        ended_at: at(day, 11, 30),
      })
      .execute();
    const rows = DEMO_OBSERVATIONS[period].slice(0, period === 'before' ? 7 - (s % 2) : 3 + (s % 2));
    const values = rows.map(([category, what, citizens, severity], k) => {
      const id = randomUUID();
      ids.push({ id, category });
      return {
        municipality_id: m,
        id,
        session_id: session,
        observed_at: at(day, 9, 10 + k * 17),
        category,
        what,
        citizens,
        severity,
        tags: [],
        photo_type: null,
        created_by: observerId,
      };
    });
    await db.insertInto('improvement_observation').values(values).execute();
  }
  return ids;
}

/** Interviews and their quotes; returns quote ids in order. */
async function seedInterviews(db: Db, m: string, unitId: string, userId: string) {
  const quoteIds: string[] = [];
  for (const i of DEMO_INTERVIEWS) {
    const row = await db
      .insertInto('improvement_interview')
      .values({
        municipality_id: m,
        unit_id: unitId,
        held_at: at(i.day, 0),
        role: i.role,
        profession: i.profession,
        consent: true,
        guide: 'Hvordan fandt du vej i dag? Hvad var svært? Hvad ville have hjulpet?',
        notes: i.notes,
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const quotes = await db
      .insertInto('improvement_quote')
      .values(
        i.quotes.map((body, position) => ({ municipality_id: m, interview_id: row.id, body, position })),
      )
      .returning('id')
      .execute();
    quoteIds.push(...quotes.map((q) => q.id));
  }
  return quoteIds;
}

/**
 * One complete improvement cycle for Demokommune: observation sessions before and during the test,
 * interviews, problems with grouped evidence, ideas from several professions, the initiative "Varm
 * velkomst" with before/after survey answers, and advice in the library. Called inside the demo seed's
 * transaction, so it runs exactly once.
 */
export async function seedDemoImprovement(db: Db, municipalityId: string, units: Map<string, string>) {
  const m = municipalityId;
  const unitId = units.get(HOST_UNIT);
  const user = await db
    .selectFrom('app_user')
    .select('id')
    .where('municipality_id', '=', m)
    .orderBy('created_at')
    .executeTakeFirst();
  if (!unitId || !user) return;
  const before = await seedSessions(db, m, unitId, user.id, 'before');
  await seedSessions(db, m, unitId, user.id, 'after');
  const quoteIds = await seedInterviews(db, m, unitId, user.id);

  const problems: string[] = [];
  for (const p of DEMO_PROBLEMS) {
    const row = await db
      .insertInto('improvement_problem')
      .values({ municipality_id: m, title: p.title, created_by: user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    problems.push(row.id);
    const evidence = before.filter((o, k) => p.categories.includes(o.category) && k < 20);
    if (evidence.length > 0)
      await db
        .insertInto('improvement_evidence')
        .values(
          evidence.map((o) => ({
            municipality_id: m,
            kind: 'observation' as const,
            ref: o.id,
            problem_id: row.id,
            label: DEMO_OBSERVATIONS.before.find(([c]) => c === o.category)?.[1] ?? '',
          })),
        )
        .execute();
  }
  const quoteProblem = [0, 0, 1, 2];
  for (const [k, p] of quoteProblem.entries()) {
    const ref = quoteIds[k];
    const problem = problems[p];
    if (ref && problem)
      await db
        .insertInto('improvement_evidence')
        .values({
          municipality_id: m,
          kind: 'quote',
          ref,
          problem_id: problem,
          label: DEMO_INTERVIEWS.flatMap((i) => i.quotes)[k] ?? '',
        })
        .execute();
  }

  const ideas: string[] = [];
  for (const idea of DEMO_IDEAS) {
    const { problems: linked, ...columns } = idea;
    const row = await db
      .insertInto('improvement_idea')
      .values({ municipality_id: m, ...columns, created_by: user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    ideas.push(row.id);
    const ps = linked.map((i) => problems[i]).filter((x): x is string => x !== undefined);
    await db
      .insertInto('improvement_idea_problem')
      .values(ps.map((problem_id) => ({ municipality_id: m, idea_id: row.id, problem_id })))
      .execute();
  }
  await seedInitiative(db, m, unitId, user.id, ideas.slice(0, 2));
}
