import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeDb, login, makeTenant, type Session, type TestApp } from '../../test/app.ts';
import { apiOperations, fillPath, minimalValue } from '../../test/openapi-routes.ts';

/**
 * Writes whose body the generator cannot make valid: they answer 400 for the body before the id is
 * looked up, which is right (validation first), so they are checked by their feature's own tests.
 */
const BODY_TOO_RICH = new Set(['POST /api/v1/journeys/{id}/versions']);
/** Uploads take raw bytes rather than JSON. */
const RAW_BODY: Record<string, string> = {
  'POST /api/v1/improvement/observations/{id}/photo': 'image/png',
  'PUT /api/v1/eventlogs/{id}/file': 'application/octet-stream',
};

/** Every write addressed to a missing id answers 404, like a read, and writes no audit entry. */
describeDb('writes to missing ids', () => {
  let t: TestApp;
  let admin: Session;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'missing');
    admin = await login(t.app, tenant.users.admin.email);
  });
  afterAll(() => t.close());

  const auditRows = async () =>
    (
      await t.database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('municipality_id', '=', tenant.municipality.id)
        .executeTakeFirstOrThrow()
    ).n;

  it('answers 404 to every DELETE, PUT, PATCH and POST on a random id, and audits nothing', async () => {
    const ops = (await apiOperations(t.app)).filter(
      (o) => o.method !== 'GET' && o.path.includes('{') && !o.isPublic,
    );
    expect(ops.length).toBeGreaterThan(30);
    const failures: string[] = [];
    const before = await auditRows();
    for (const op of ops) {
      const label = `${op.method} ${op.path}`;
      if (BODY_TOO_RICH.has(label)) continue;
      const url = fillPath(op.path, (name) => {
        const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
        if (param?.schema?.enum?.length) return String(param.schema.enum[0]);
        // A number in the path (a journey version) is well-formed as 1; the id beside it is what is missing.
        if (param?.schema?.type === 'integer' || param?.schema?.type === 'number') return '1';
        return param?.schema?.format === 'uuid' ? crypto.randomUUID() : `missing-${name}`;
      });
      const query = op.parameters
        .filter((p) => p.in === 'query' && (p as { required?: boolean }).required)
        .map((p) => `${p.name}=${encodeURIComponent(String(minimalValue(p.schema)))}`);
      const raw = RAW_BODY[label];
      const body = raw ? Buffer.from('raw bytes') : minimalValue(op.body);
      const res = await t.app.inject({
        method: op.method,
        url: query.length ? `${url}?${query.join('&')}` : url,
        headers: {
          cookie: admin.cookie,
          'x-csrf-token': admin.csrf,
          ...(raw ? { 'content-type': raw } : {}),
        },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      if (res.statusCode !== 404) failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
    expect(await auditRows()).toBe(before);
  });
});
