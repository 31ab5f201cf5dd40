import { afterAll, beforeAll, expect, it } from 'vitest';
import { evaluateSmileyAlert, SMILEY_FACES } from '../../shared/indicators/index.ts';
import { createTestApp, describeDb, makeTenant, type TestApp } from '../../test/app.ts';
import { makeUnitTree } from '../seed/factories.ts';
import { alertStatus, alertStatuses } from './service.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The start page's alerts count presses in SQL (per unit and minute) instead of loading every press of
 * the last day. The figures must be those the evaluation over the raw presses gave before.
 */
describeDb('smiley alerts over presses counted in SQL', () => {
  let t: TestApp;
  let m: string;
  const now = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
  const rules: Array<{
    unit_id: string;
    window_minutes: number;
    min_presses: number;
    unhappy_share: number;
  }> = [];

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const tenant = await makeTenant(t.database, 'alertcounts');
    m = tenant.municipality.id;
    const units = await makeUnitTree(
      db,
      m,
      ['Spredt', 'Travl', 'Stille', 'Uden'].map((name) => ({ name, kind: 'unit' as const })),
    );
    const id = (name: string) => units.get(name) as string;
    const survey = await db
      .insertInto('survey')
      .values({
        municipality_id: m,
        title: 'S',
        definition: JSON.stringify({ sets: [] }),
        public_token: 'ac',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // A fixed pseudo-random sequence, so a failure can be replayed.
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const presses: Array<{ unit: string; face: (typeof SMILEY_FACES)[number]; at: number }> = [];
    // Spredt: one press a minute at most, over the whole day (and some older, outside it).
    for (let minute = 1; minute < 26 * 60; minute += 1 + Math.floor(next() * 20))
      presses.push({ unit: 'Spredt', face: SMILEY_FACES[Math.floor(next() * 4)] ?? 'happy', at: minute });
    // Travl: many presses in the same minutes, faces shared by a minute's presses, the last hour unhappy.
    for (let minute = 0; minute < 24 * 60; minute += 1 + Math.floor(next() * 30)) {
      const face = minute < 60 ? 'very_unhappy' : (SMILEY_FACES[Math.floor(next() * 4)] ?? 'happy');
      for (let i = 0; i < 1 + Math.floor(next() * 8); i++) presses.push({ unit: 'Travl', face, at: minute });
    }
    // Stille: happy only.
    for (let minute = 0; minute < 600; minute += 7)
      presses.push({ unit: 'Stille', face: 'happy', at: minute });
    await db
      .insertInto('smiley_press')
      .values(
        presses.map((p) => ({
          municipality_id: m,
          survey_id: survey.id,
          unit_id: id(p.unit),
          face: p.face,
          pressed_minute: new Date(now.getTime() - p.at * MINUTE),
        })),
      )
      .execute();
    rules.push(
      { unit_id: id('Spredt'), window_minutes: 90, min_presses: 4, unhappy_share: 0.75 },
      { unit_id: id('Travl'), window_minutes: 45, min_presses: 10, unhappy_share: 0.6 },
      { unit_id: id('Stille'), window_minutes: 60, min_presses: 3, unhappy_share: 0.1 },
      { unit_id: id('Uden'), window_minutes: 60, min_presses: 1, unhappy_share: 0 },
    );
  });
  afterAll(() => t?.close());

  /** What the start page computed before: every press of the last day loaded and evaluated in memory. */
  async function before(rule: (typeof rules)[number]) {
    const rows = await t.database.db
      .selectFrom('smiley_press')
      .select(['face', 'pressed_minute'])
      .where('municipality_id', '=', m)
      .where('unit_id', '=', rule.unit_id)
      .where('pressed_minute', '>', new Date(now.getTime() - DAY))
      .orderBy('id')
      .execute();
    const presses = rows.map((p) => ({ face: p.face, at: p.pressed_minute.getTime() }));
    const r = {
      windowMinutes: rule.window_minutes,
      minPresses: rule.min_presses,
      unhappyShare: rule.unhappy_share,
    };
    const current = evaluateSmileyAlert(presses, r, { now: now.getTime() });
    return {
      firingNow: current.fires,
      current: current.window,
      lastDay: evaluateSmileyAlert(presses, r).window,
      total: presses.length,
    };
  }

  it('gives the same alerts, windows and counts as the evaluation over the raw presses', async () => {
    const after = await alertStatuses(t.database.db, { municipalityId: m }, rules, now);
    const expected = await Promise.all(rules.map(before));
    expect(expected.map((e) => e.total)).toEqual(expect.arrayContaining([0]));
    expect(expected.some((e) => e.total > 200)).toBe(true);
    for (const [i, e] of expected.entries()) {
      const a = after[i];
      expect(a?.rule).toBe(rules[i]);
      expect(a?.firingNow, `rule ${i}`).toBe(e.firingNow);
      expect(a?.current, `rule ${i}`).toEqual(e.current);
      // Open on the start page: firing now or fired within the day.
      expect(Boolean(a?.firingNow || a?.lastDay), `rule ${i}`).toBe(Boolean(e.firingNow || e.lastDay));
      // Without two presses in one minute the first firing window is the same to the press.
      if (i !== 1) expect(a?.lastDay, `rule ${i}`).toEqual(e.lastDay);
    }
    // The busy unit fires now (its last hour is unhappy), the quiet ones never.
    expect(after.map((a) => a.firingNow)).toEqual([expected[0]?.firingNow, true, false, false]);
  });

  it("gives the unit page's single-unit status the same figures", async () => {
    const many = await alertStatuses(t.database.db, { municipalityId: m }, rules, now);
    for (const [i, rule] of rules.entries()) {
      await t.database.db
        .insertInto('smiley_alert_rule')
        .values({ municipality_id: m, ...rule })
        .onConflict((oc) => oc.doNothing())
        .execute();
      const one = await alertStatus(t.database.db, { municipalityId: m }, rule.unit_id, now);
      expect(one.firingNow).toBe(many[i]?.firingNow);
      expect(one.current).toEqual(many[i]?.current);
      expect(one.lastDay).toEqual(many[i]?.lastDay);
    }
  });
});
