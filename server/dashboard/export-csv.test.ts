import { parseString } from '@fast-csv/parse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../test/app.ts';
import { danishNumber, parseDanishCsv } from '../../test/csv-da.ts';
import { makeUnitTree } from '../seed/factories.ts';
import { coherence, insertResponses } from './test-responses.ts';

/*
 * The dashboard CSV in its two dialects. Unit B's "coherence.solutions" answers are 5, 4, 4, 2, 1:
 * mean 3.2, sd 1.6431676725 (SciPy, ddof=1), 95 % CI [1.1597379, 5.2402621], 3 of 5 positive.
 */
const HOUR = '2026-03-10T10:00:00Z';
const Q = 'from=2026-01-01&to=2026-06-30&item=coherence.solutions';

describeDb('dashboard CSV dialects', () => {
  let t: TestApp;
  let session: Session;
  let unitB: string;

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'csvd');
    const m = tenant.municipality.id;
    const units = await makeUnitTree(t.database.db, m, [{ name: 'Borgerservice Øst', kind: 'unit' }]);
    unitB = units.get('Borgerservice Øst') as string;
    const survey = await t.database.db
      .insertInto('survey')
      .values({
        municipality_id: m,
        title: 'T',
        definition: JSON.stringify({ sets: ['coherence'] }),
        public_token: 'csv-d',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertResponses(t.database.db, m, survey.id, [
      { unitId: unitB, hour: HOUR, answers: coherence([5, 5, 5, 5, 5, 5]) },
      { unitId: unitB, hour: HOUR, answers: coherence([4, 4, 4, 4, 4, 4]) },
      { unitId: unitB, hour: HOUR, answers: coherence([4, 4, 5, 3, 4, 4]) },
      { unitId: unitB, hour: HOUR, answers: coherence([2, 2, 2, 2, 2, 'dk']) },
      { unitId: unitB, hour: HOUR, answers: coherence([1, 1, 'dk', 'dk', 'dk', 1]) },
    ]);
    session = await login(t.app, tenant.users.viewer.email);
  });
  afterAll(() => t?.close());

  const download = async (query: string) => {
    const res = await api(t.app, session, 'GET', `/dashboard/export?${Q}&unitId=${unitB}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const overviewRow = (rows: string[][], header: string[]) => {
    const row = rows.find((r) => r[0] === 'Overblik' && r[2] === 'coherence.solutions');
    if (!row) throw new Error('no overview row');
    return (name: string) => row[header.indexOf(name)];
  };

  it('opens in Danish Excel by default: semicolons, decimal commas, BOM, rounded values', async () => {
    const res = await download('');
    expect(res.headers['content-type']).toContain('text/csv');
    const rows = await parseDanishCsv(res.body);
    const header = rows[2] ?? [];
    expect(header.slice(0, 4)).toEqual(['Afsnit', 'Gruppe', 'Spørgsmål (id)', 'Spørgsmål']);
    expect(rows[0]?.[1]).toContain('Borgerservice Øst');
    const cell = overviewRow(rows, header);
    expect(danishNumber(cell('n (gyldige svar)'))).toBe(5);
    expect(cell('Gennemsnit')).toBe('3,2');
    expect(danishNumber(cell('Standardafvigelse'))).toBe(1.64);
    expect(danishNumber(cell('95 % KI nedre'))).toBe(1.16);
    expect(danishNumber(cell('95 % KI øvre'))).toBe(5.24);
    expect(danishNumber(cell('Andel positive (top-2)'))).toBe(0.6);
    // Every number in the file reads as a Danish number: none is written with a decimal point.
    expect(res.body).not.toMatch(/;-?\d+\.\d+(;|\r\n)/);
  });

  it('gives the machine-readable variant on request: commas, decimal point, full precision', async () => {
    const res = await download('&dialect=machine');
    const rows = await new Promise<string[][]>((resolve, reject) => {
      const out: string[][] = [];
      parseString<string[], string[]>(res.body.replace(/^\uFEFF/, ''), { delimiter: ',' })
        .on('error', reject)
        .on('data', (r: string[]) => out.push(r))
        .on('end', () => resolve(out));
    });
    const header = rows[2] ?? [];
    const cell = overviewRow(rows, header);
    expect(Number(cell('Gennemsnit'))).toBe(3.2);
    expect(Number(cell('Standardafvigelse'))).toBeCloseTo(1.6431676725, 9);
    expect(cell('Standardafvigelse')?.length).toBeGreaterThan(10);
    expect(Number(cell('95 % KI nedre'))).toBeCloseTo(1.1597379, 6);
  });

  it('refuses an unknown dialect with 400, naming the field', async () => {
    const res = await api(t.app, session, 'GET', `/dashboard/export?${Q}&dialect=excel97`);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.fields ?? res.json().error)).toContain('dialect');
  });
});
