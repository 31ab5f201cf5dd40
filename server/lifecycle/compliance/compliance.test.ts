import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../../test/app.ts';

describeDb('compliance pack', () => {
  let t: TestApp;
  let admin: Session;
  let other: Session;
  beforeAll(async () => {
    t = await createTestApp();
    const a = await makeTenant(t.database, 'compa');
    const b = await makeTenant(t.database, 'compb');
    admin = await login(t.app, a.users.admin.email);
    other = await login(t.app, b.users.admin.email);
    const analyst = await login(t.app, a.users.analyst.email);
    expect((await api(t.app, analyst, 'GET', '/lifecycle/compliance')).statusCode).toBe(403);
  });
  afterAll(() => t.close());

  it('is generated from the live configuration and the entered fields, in Danish and Norwegian', async () => {
    const empty = (await api(t.app, admin, 'GET', '/lifecycle/compliance?lang=da')).json();
    expect(empty.missing).toContain('hostingProvider');
    expect(empty.sections.map((s: { id: string }) => s.id)).toEqual(['ropa', 'dpa', 'anonymity']);

    const profile = {
      controllerName: 'Kommune compa',
      controllerAddress: 'Torvet 1',
      contactName: 'Dorthe Data',
      contactEmail: 'dpo@compa.dk',
      dpoName: 'Dorthe Data',
      dpoEmail: 'dpo@compa.dk',
      supplierName: 'Drift A/S',
      hostingProvider: 'Drift A/S',
      hostingLocation: 'Danmark (EU)',
    };
    expect((await api(t.app, admin, 'PATCH', '/lifecycle/compliance/profile', profile)).statusCode).toBe(200);
    await api(t.app, admin, 'PATCH', '/lifecycle/retention', {
      settings: [{ kind: 'complaints', days: 730, keepAggregates: false }],
    });
    const da = (await api(t.app, admin, 'GET', '/lifecycle/compliance?lang=da')).json();
    expect(da.missing).toEqual([]);
    const text = JSON.stringify(da);
    expect(text).toContain('Drift A/S (Danmark (EU))');
    expect(text).toContain('"Sletning: Klager og konflikter","2 år"');
    expect(text).toContain('argon2id');
    expect(text).toContain('HTTPS er IKKE konfigureret');
    expect(text).toContain('færre end 5');
    const nb = (await api(t.app, admin, 'GET', '/lifecycle/compliance?lang=nb')).json();
    expect(nb.sections[0].heading).toContain('Protokoll over behandlingsaktiviteter');
    // Another municipality's pack knows nothing of these fields.
    expect((await api(t.app, other, 'GET', '/lifecycle/compliance/profile')).json().hostingProvider).toBe('');
  });

  it('downloads as a self-contained HTML file with the text escaped', async () => {
    await api(t.app, admin, 'PATCH', '/lifecycle/compliance/profile', {
      controllerName: '<script>x</script>',
      controllerAddress: '',
      contactName: '',
      contactEmail: '',
      dpoName: '',
      dpoEmail: '',
      supplierName: '',
      hostingProvider: '',
      hostingLocation: '',
    });
    const res = await api(t.app, admin, 'GET', '/lifecycle/compliance.html?lang=nb');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('borgerblik-compliance-nb.html');
    expect(res.body).toContain('<html lang="nb">');
    expect(res.body).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(res.body).not.toContain('<script>');
    expect((await api(t.app, admin, 'GET', '/lifecycle/compliance?lang=sv')).statusCode).toBe(400);
  });
});
