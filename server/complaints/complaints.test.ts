import ExcelJS from 'exceljs';
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
import { makeUnit } from '../seed/factories.ts';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describeDb('complaints register', () => {
  let t: TestApp;
  let staff: Session;
  let analyst: Session;
  let other: Session;
  let unitId: string;
  let unit2: string;
  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'klager');
    unitId = tenant.unit.id;
    unit2 = (await makeUnit(t.database.db, tenant.municipality.id, { name: 'Jobcenter', kind: 'unit' })).id;
    await makeTenant(t.database, 'andre');
    staff = await login(t.app, 'staff@klager.dk');
    analyst = await login(t.app, 'analyst@klager.dk');
    other = await login(t.app, 'admin@andre.dk');
  });
  afterAll(() => t.close());

  const complaint = (over: Record<string, unknown> = {}) => ({
    receivedOn: '2025-02-03',
    unitId,
    areaKey: 'citizen_service',
    channel: 'email',
    aboutProcess: true,
    processReasons: ['waiting'],
    aboutDecision: false,
    severity: 2,
    answeredOn: '2025-02-13',
    outcome: 'resolved_in_dialog',
    description: 'Borgeren (CPR 010203-1234, tlf. 22 33 44 55) ventede for længe.',
    ...over,
  });

  it('records a complaint with screened free text and derived days to answer', async () => {
    const res = await api(t.app, staff, 'POST', '/complaints', complaint());
    expect(res.statusCode).toBe(201);
    const c = res.json().complaint;
    expect(c).toMatchObject({
      receivedOn: '2025-02-03',
      answeredOn: '2025-02-13',
      daysToAnswer: 10,
      aboutProcess: true,
    });
    expect(c.description).not.toContain('010203');
    expect(c.description).not.toContain('22 33 44 55');
  });

  it('refuses a complaint about nothing, an answer before receipt, and another tenant', async () => {
    const none = await api(
      t.app,
      staff,
      'POST',
      '/complaints',
      complaint({ aboutProcess: false, processReasons: [] }),
    );
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields[0].path).toBe('aboutProcess');
    const early = await api(t.app, staff, 'POST', '/complaints', complaint({ answeredOn: '2025-01-01' }));
    expect(early.json().error.fields[0]).toMatchObject({ path: 'answeredOn' });
    const foreign = await api(t.app, other, 'POST', '/complaints', complaint());
    expect(foreign.json().error.fields[0]).toMatchObject({ path: 'unitId' });
    expect((await api(t.app, other, 'GET', '/complaints')).json().complaints).toEqual([]);
  });

  it('lets the municipality edit its service areas', async () => {
    const added = await api(t.app, analyst, 'POST', '/complaints/areas', { name: 'Kultur og fritid' });
    expect(added.statusCode).toBe(201);
    const hidden = await api(t.app, analyst, 'PATCH', '/complaints/areas/handicap', { active: false });
    expect(hidden.json().area.active).toBe(false);
    expect((await api(t.app, staff, 'POST', '/complaints/areas', { name: 'x' })).statusCode).toBe(403);
    const refused = await api(t.app, staff, 'POST', '/complaints', complaint({ areaKey: 'handicap' }));
    expect(refused.statusCode).toBe(400);
  });

  it('imports a CSV all-or-nothing with problems per row', async () => {
    const bad =
      'Dato;Enhed;Handler om;Procesårsag\n2025-03-01;Jobcenter;proces;ventetid\n31.02.2025;Månen;;\n';
    const preview = await api(t.app, staff, 'POST', '/complaints/import/preview', {
      fileName: 'k.csv',
      content: b64(bad),
    });
    expect(preview.json()).toMatchObject({
      header: ['Dato', 'Enhed', 'Handler om', 'Procesårsag'],
      rowCount: 2,
    });
    const mapping = preview.json().mapping;
    const refused = await api(t.app, staff, 'POST', '/complaints/import', {
      fileName: 'k.csv',
      content: b64(bad),
      mapping,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('complaint_import_invalid');
    const paths = refused.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['rows.3.receivedOn', 'rows.3.unit', 'rows.3.about']);
    const before = (await api(t.app, staff, 'GET', `/complaints?unitId=${unit2}`)).json().complaints;
    expect(before).toHaveLength(0);

    const good = bad.split('\n').slice(0, 2).join('\n');
    const ok = await api(t.app, staff, 'POST', '/complaints/import', {
      fileName: 'k.csv',
      content: b64(good),
      mapping,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().imported).toBe(1);
  });

  it('imports XLSX with real dates', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Klager');
    ws.addRow(['Modtaget', 'Enhed', 'Handler om', 'Alvor']);
    for (let i = 0; i < 6; i++)
      ws.addRow([new Date(Date.UTC(2025, 3, 1 + i)), 'Jobcenter', 'afgørelse', 'høj']);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const mapping = { receivedOn: 0, unit: 1, about: 2, severity: 3 };
    const ok = await api(t.app, staff, 'POST', '/complaints/import', {
      fileName: 'k.xlsx',
      content,
      mapping,
    });
    expect(ok.json()).toMatchObject({ imported: 6 });
    const list = (await api(t.app, staff, 'GET', `/complaints?unitId=${unit2}&from=2025-04-01`)).json()
      .complaints;
    expect(list[0]).toMatchObject({ aboutDecision: true, aboutProcess: false, severity: 3 });
  });

  it('computes figures per unit with rates and hides small groups', async () => {
    for (const m of ['2025-02', '2025-03', '2025-04']) {
      const r = await api(t.app, analyst, 'POST', '/complaints/volumes', {
        unitId: unit2,
        month: m,
        contacts: 1000,
      });
      expect(r.statusCode).toBe(204);
    }
    const url = '/complaints/figures?from=2025-02-01&to=2025-04-30';
    const first = (await api(t.app, staff, 'GET', url)).json();
    expect(first.minGroupSize).toBe(5);
    type Row = {
      unitId: string;
      status: string;
      figures: { ratePer1000: number; decisionShare: number } | null;
      months: unknown[];
    };
    const find = (f: { units: Row[] }, id: string) => f.units.find((u) => u.unitId === id) as Row;
    // One complaint at the first unit is hidden; the other unit is hidden too, or total − it would reveal it.
    expect(find(first, unitId)).toMatchObject({ status: 'suppressed', figures: null });
    expect(find(first, unit2)).toMatchObject({ status: 'complementary', figures: null });

    const csv = `Dato;Enhed;Handler om\n${'2025-02-10;Borgerservice klager;proces\n'.repeat(5)}`;
    await api(t.app, staff, 'POST', '/complaints/import', {
      fileName: 'k.csv',
      content: b64(csv),
      mapping: { receivedOn: 0, unit: 1, about: 2 },
    });
    const figures = (await api(t.app, staff, 'GET', url)).json();
    const job = find(figures, unit2);
    expect(job.status).toBe('shown');
    expect(job.figures).toMatchObject({ count: 7, contacts: 3000 });
    expect(job.figures?.ratePer1000).toBeCloseTo(7 / 3);
    expect(job.figures?.decisionShare).toBeCloseTo(6 / 7);
    expect(figures.total.figures).toMatchObject({ count: 13, contacts: null, medianDaysToAnswer: 10 });
    expect(job.months).toHaveLength(3);
  });
});
