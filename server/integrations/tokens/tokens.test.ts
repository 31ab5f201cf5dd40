import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../../test/app.ts';
import { TOKEN_RATE_PER_MINUTE } from './bearer.ts';

/** API tokens: created once with their secret, used as bearer, audited, revoked, limited. */
describeDb('API tokens', () => {
  let t: TestApp;
  let admin: Session;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'tokena');
    await makeTenant(t.database, 'tokenb');
    admin = await login(t.app, tenant.users.admin.email);
  });
  afterAll(() => t.close());

  const create = async (body: object, as = admin) => api(t.app, as, 'POST', '/integrations/tokens', body);
  const bearer = (secret: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${secret}` },
      ...(payload ? { payload } : {}),
    });

  it('shows the secret once, stores only its hash and lists the token without it', async () => {
    const res = await create({
      name: 'Nattelig upload',
      scopes: ['eventlogs:write', 'eventlogs:read'],
      expiresInDays: 30,
    });
    expect(res.statusCode).toBe(201);
    const { token, secret } = res.json();
    expect(secret).toMatch(new RegExp(`^bbk_${tenant.municipality.id}_${token.id}_`));
    const stored = await t.database.db
      .selectFrom('api_token')
      .selectAll()
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(secret.slice(-43));
    const list = (await api(t.app, admin, 'GET', '/integrations/tokens')).json().tokens;
    expect(list[0]).toMatchObject({
      id: token.id,
      name: 'Nattelig upload',
      status: 'active',
      lastUsedAt: null,
    });
    expect(JSON.stringify(list)).not.toContain(secret.slice(-43));
    const audit = (await api(t.app, admin, 'GET', '/audit?limit=20')).json().entries;
    expect(audit.map((e: { action: string }) => e.action)).toContain('api_token.create');
  });

  it('only admins manage tokens', async () => {
    const analyst = await login(t.app, tenant.users.analyst.email);
    expect(
      (await create({ name: 'x', scopes: ['dashboard:read'], expiresInDays: 1 }, analyst)).statusCode,
    ).toBe(403);
    expect((await api(t.app, analyst, 'GET', '/integrations/tokens')).statusCode).toBe(403);
  });

  it('authenticates without cookie or CSRF, writes with its scope, records last use once a minute', async () => {
    const { token, secret } = (
      await create({ name: 'Sag', scopes: ['eventlogs:write'], expiresInDays: 5 })
    ).json();
    const res = await bearer(secret, 'POST', '/eventlogs/preview', { name: 'x' });
    expect(res.statusCode).not.toBe(401);
    expect(res.statusCode).not.toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
    const first = await t.database.db
      .selectFrom('api_token')
      .select('last_used_at')
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(first.last_used_at).not.toBeNull();
    await bearer(secret, 'POST', '/eventlogs/preview', { name: 'x' });
    const second = await t.database.db
      .selectFrom('api_token')
      .select('last_used_at')
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(second.last_used_at?.getTime()).toBe(first.last_used_at?.getTime());
    // Reading needs eventlogs:read, which this token lacks.
    const read = await bearer(secret, 'GET', '/eventlogs');
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('token_scope_missing');
  });

  it('refuses unknown, forged, re-labelled, revoked and expired tokens with 401', async () => {
    const { token, secret } = (
      await create({ name: 'Kort', scopes: ['organisation:read'], expiresInDays: 1 })
    ).json();
    expect((await bearer(secret, 'GET', '/units')).statusCode).toBe(200);
    const forged = `${secret.slice(0, -4)}AAAA`;
    expect((await bearer(forged, 'GET', '/units')).json().error.code).toBe('token_invalid');
    const other = (
      await t.database.db
        .selectFrom('municipality')
        .select('id')
        .where('slug', '=', 'tokenb')
        .executeTakeFirstOrThrow()
    ).id;
    expect((await bearer(secret.replace(tenant.municipality.id, other), 'GET', '/units')).statusCode).toBe(
      401,
    );
    expect((await bearer('nonsense', 'GET', '/units')).statusCode).toBe(401);
    await t.database.db
      .updateTable('api_token')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', token.id)
      .execute();
    expect((await bearer(secret, 'GET', '/units')).statusCode).toBe(401);
    await t.database.db
      .updateTable('api_token')
      .set({ expires_at: new Date(Date.now() + 86_400_000) })
      .where('id', '=', token.id)
      .execute();
    expect((await api(t.app, admin, 'DELETE', `/integrations/tokens/${token.id}`)).statusCode).toBe(204);
    expect((await bearer(secret, 'GET', '/units')).statusCode).toBe(401);
    expect((await api(t.app, admin, 'DELETE', `/integrations/tokens/${token.id}`)).statusCode).toBe(404);
  });

  it('never lets a token manage tokens, users or the audit log', async () => {
    const { secret } = (
      await create({ name: 'Alt', scopes: ['organisation:read', 'dashboard:read'], expiresInDays: 1 })
    ).json();
    for (const url of ['/integrations/tokens', '/users', '/audit', '/auth/me']) {
      expect((await bearer(secret, 'GET', url)).statusCode).toBe(403);
    }
  });

  it('limits requests per token', async () => {
    const { secret } = (
      await create({ name: 'Travl', scopes: ['organisation:read'], expiresInDays: 1 })
    ).json();
    const other = (await create({ name: 'Rolig', scopes: ['organisation:read'], expiresInDays: 1 })).json()
      .secret;
    let last = 0;
    for (let i = 0; i <= TOKEN_RATE_PER_MINUTE; i++)
      last = (await bearer(secret, 'GET', '/units')).statusCode;
    expect(last).toBe(429);
    expect((await bearer(other, 'GET', '/units')).statusCode).toBe(200);
  }, 120_000);
});

describe('token format', () => {
  it('parses only its own shape', async () => {
    const { formatToken, parseToken } = await import('./token-format.ts');
    const m = '11111111-1111-4111-8111-111111111111';
    const id = '22222222-2222-4222-8222-222222222222';
    const secret = 'a'.repeat(43);
    expect(parseToken(formatToken(m, id, secret))).toEqual({ municipalityId: m, tokenId: id, secret });
    expect(parseToken(`bbk_${m}_${id}_short`)).toBeUndefined();
  });
});
