import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';

type Db = Kysely<Database>;
export type ErasureKind = 'complaint' | 'interview' | 'quote' | 'observation';

export interface ErasureHit {
  kind: ErasureKind;
  id: string;
  date: string;
  text: string;
}

/** Where personal data about a named person can sit: the table, its text column and its date. */
const SOURCES: Record<ErasureKind, { from: string; text: string; date: string }> = {
  complaint: { from: 'complaint x', text: "coalesce(x.description, '')", date: 'x.received_on::text' },
  interview: {
    from: 'improvement_interview x',
    text: "x.notes || ' ' || coalesce(x.profession, '')",
    date: '(x.held_at::date)::text',
  },
  quote: {
    from: 'improvement_quote x join improvement_interview i on i.municipality_id = x.municipality_id and i.id = x.interview_id',
    text: 'x.body',
    date: '(i.held_at::date)::text',
  },
  observation: { from: 'improvement_observation x', text: 'x.what', date: '(x.observed_at::date)::text' },
};

/** Rows of the municipality whose text contains the term (a name or a case number), case-insensitively. */
export async function searchPerson(db: Db, tenant: Tenant, term: string, limit = 200): Promise<ErasureHit[]> {
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const parts = (Object.keys(SOURCES) as ErasureKind[]).map((kind) => {
    const s = SOURCES[kind];
    return sql`select ${kind}::text as kind, x.id::text as id, ${sql.raw(s.date)} as date, ${sql.raw(s.text)} as text
      from ${sql.raw(s.from)} where x.municipality_id = ${tenant.municipalityId} and ${sql.raw(s.text)} ilike ${pattern}`;
  });
  const r =
    await sql<ErasureHit>`select * from (${sql.join(parts, sql` union all `)}) h order by date desc, kind limit ${limit}`.execute(
      db,
    );
  return r.rows;
}

/** Deletes the given rows of the municipality; returns how many of each kind went (unknown ids count 0). */
export async function eraseRows(db: Db, tenant: Tenant, items: readonly { kind: ErasureKind; id: string }[]) {
  const table: Record<ErasureKind, string> = {
    complaint: 'complaint',
    interview: 'improvement_interview',
    quote: 'improvement_quote',
    observation: 'improvement_observation',
  };
  const counts: Record<ErasureKind, number> = { complaint: 0, interview: 0, quote: 0, observation: 0 };
  for (const kind of Object.keys(table) as ErasureKind[]) {
    const ids = items.filter((i) => i.kind === kind).map((i) => i.id);
    if (ids.length === 0) continue;
    const r =
      await sql`delete from ${sql.raw(table[kind])} where municipality_id = ${tenant.municipalityId} and id = any(${ids}::uuid[])`.execute(
        db,
      );
    counts[kind] = Number(r.numAffectedRows ?? 0);
  }
  return counts;
}
