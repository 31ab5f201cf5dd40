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
import { apiOperations, fillPath, type JsonSchema } from '../../test/openapi-routes.ts';
import { openSurveyFor, postForm } from '../surveys/test-helpers.ts';

const NUL = 'a\u0000b';

/** A body in the shape of the schema with NUL in every string; the paths of those strings. */
function nulBody(schema: JsonSchema | undefined, at = ''): { value: unknown; paths: string[] } {
  const types = [schema?.type ?? [], ...(schema?.anyOf ?? []).map((s) => s.type ?? [])].flat();
  if (schema?.properties) {
    const value: Record<string, unknown> = {};
    const paths: string[] = [];
    for (const [key, inner] of Object.entries(schema.properties)) {
      const sub = nulBody(inner, at ? `${at}.${key}` : key);
      value[key] = sub.value;
      paths.push(...sub.paths);
    }
    return { value, paths };
  }
  if (schema?.items) {
    const sub = nulBody(schema.items, `${at}[0]`);
    return { value: [sub.value], paths: sub.paths };
  }
  if (types.includes('string') || !schema) return { value: NUL, paths: [at || 'body'] };
  return { value: 1, paths: [] };
}

/** The one input rule: U+0000 anywhere is refused with 400 naming the field, never a 500. */
describeDb('NUL in any text input', () => {
  let t: TestApp;
  let admin: Session;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'nul');
    admin = await login(t.app, tenant.users.admin.email);
  });
  afterAll(() => t.close());

  it('refuses NUL in every path parameter, query parameter and body field of the OpenAPI document', async () => {
    const ops = (await apiOperations(t.app)).filter((o) => o.path !== '/api/v1/auth/login');
    const failures: string[] = [];
    let inputs = 0;
    const check = async (label: string, res: Awaited<ReturnType<typeof t.app.inject>>, paths: string[]) => {
      inputs += 1;
      const named =
        res.statusCode === 400 ? res.json().error.fields?.map((f: { path: string }) => f.path) : [];
      if (res.statusCode !== 400 || !paths.every((p) => named.includes(p)))
        failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 120)}`);
    };
    for (const op of ops) {
      const url = (name?: string) =>
        fillPath(op.path, (p) => (p === name ? NUL : '00000000-0000-4000-8000-000000000000'));
      const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrf };
      for (const p of op.parameters.filter((x) => x.in === 'path'))
        await check(
          `${op.method} ${op.path} params.${p.name}`,
          await t.app.inject({ method: op.method, url: url(p.name), headers }),
          [`params.${p.name}`],
        );
      for (const p of op.parameters.filter((x) => x.in === 'query'))
        await check(
          `${op.method} ${op.path} ?${p.name}`,
          await t.app.inject({ method: op.method, url: `${url()}?${p.name}=a%00b`, headers }),
          [`querystring.${p.name}`],
        );
      if (op.body) {
        const { value, paths } = nulBody(op.body);
        if (paths.length)
          await check(
            `${op.method} ${op.path} body`,
            await t.app.inject({ method: op.method, url: url(), headers, payload: value as object }),
            paths,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(inputs).toBeGreaterThan(150);
  });

  it('names the field inside arrays and localises the message', async () => {
    const res = await api(t.app, admin, 'POST', '/users', {
      email: 'x@nul.dk',
      name: 'Borger\u0000service',
      role: 'staff',
      unitIds: [tenant.unit.id, 'x\u0000'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'name', message: 'Må ikke indeholde nul-tegnet (U+0000).' },
      { path: 'unitIds[1]', message: 'Må ikke indeholde nul-tegnet (U+0000).' },
    ]);
  });

  it('answers the citizen form with its own HTML page and the kiosk with the JSON contract', async () => {
    const analyst = await login(t.app, tenant.users.analyst.email);
    const survey = await openSurveyFor(t.app, analyst, tenant.unit.id);
    const form = await postForm(t.app, survey.path, 'step=0&lang=da&nav=next&a.local.comment=hej%00du');
    expect(form.statusCode).toBe(400);
    expect(form.headers['content-type']).toContain('text/html');
    expect(form.body).toContain('<html lang="da" dir="ltr">');
    for (const url of [`${survey.path}?lang=%00`, '/s/ab%00cd', `${survey.path}/thanks?lang=x%00`]) {
      const page = await t.app.inject({ url });
      expect(page.statusCode, url).toBe(400);
      expect(page.headers['content-type'], url).toContain('text/html');
    }
    const device = await api(t.app, analyst, 'POST', `/surveys/${survey.id}/kiosks`, { name: 'Skranke' });
    const token = (device.json().kioskPath as string).split('#')[1] as string;
    const kiosk = await t.app.inject({
      method: 'POST',
      url: survey.path,
      headers: { 'x-kiosk-token': token },
      payload: { idempotencyKey: 'abcdefgh12', locale: 'da', answers: { 'local.comment': 'x\u0000' } },
    });
    expect(kiosk.statusCode).toBe(400);
    expect(kiosk.json().error.fields[0].path).toBe('answers.local.comment');
    const config = await t.app.inject({ url: '/kiosk/config?x=%00', headers: { 'x-kiosk-token': token } });
    expect(config.statusCode).toBe(400);
    expect(config.json().error.code).toBe('validation_failed');
  });
});
