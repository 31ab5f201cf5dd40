import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../server/db/types.ts';
import { describeE2E, seriousA11yViolations } from './harness.ts';
import { useE2E } from './use-e2e.ts';

/** Beside the demo, one complaint received 358 days ago: with a one-year period it is deleted within 14 days. */
async function addOldComplaint(db: Kysely<Database>): Promise<void> {
  const m = await db
    .selectFrom('municipality')
    .select('id')
    .where('slug', '=', 'demokommune')
    .executeTakeFirstOrThrow();
  const unit = await db
    .selectFrom('org_unit')
    .select('id')
    .where('municipality_id', '=', m.id)
    .executeTakeFirstOrThrow();
  const day = new Date(Date.now() - 358 * 86_400_000).toISOString().slice(0, 10);
  await db
    .insertInto('complaint')
    .values({
      municipality_id: m.id,
      received_on: day,
      unit_id: unit.id,
      kind: 'complaint',
      channel: 'letter',
      about_process: true,
      about_decision: false,
      severity: 1,
      outcome: 'open',
    })
    .execute();
}

describeE2E('data lifecycle in the browser', () => {
  // Each test gets its own signed-in page, so one test's state cannot leak into the next.
  const e2e = useE2E({
    seed: addOldComplaint,
    page: { context: { locale: 'da-DK', acceptDownloads: true } },
  });

  it('an admin sets a retention period and sees the 14-day warning', async () => {
    await e2e.page.getByRole('link', { name: 'Data og sletning' }).click();
    await e2e.page.getByRole('heading', { name: 'Data og sletning', level: 1 }).waitFor();
    await e2e.page.getByText('Intet slettes inden for de næste 14 dage.').waitFor();
    await e2e.page.getByLabel('Klager og konflikter').fill('365');
    await e2e.page.getByRole('button', { name: 'Gem perioder' }).click();
    await e2e.page.getByRole('heading', { name: 'Sletning inden for 14 dage' }).waitFor();
    await e2e.page.getByText(/^Klager og konflikter: 1 rækker inden for 14 dage/).waitFor();
    // A period below the limit is refused, and the field says why.
    await e2e.page.getByLabel('Klager og konflikter').fill('30');
    await e2e.page.getByRole('button', { name: 'Gem perioder' }).click();
    await e2e.page.getByText('Skal være mindst 365.').waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it('downloads the compliance pack, in Danish and Norwegian', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/lifecycle`);
    await e2e.page.getByRole('heading', { name: 'Data og sletning', level: 1 }).waitFor();
    await e2e.page.getByRole('link', { name: 'Compliance-pakke' }).click();
    await e2e.page.getByRole('heading', { name: 'Compliance-pakke', level: 1 }).waitFor();
    await e2e.page.getByRole('heading', { name: /Fortegnelse over behandlingsaktiviteter/ }).waitFor();
    await e2e.page.getByLabel('Hosting (driftsleverandør)').fill('Drift A/S');
    await e2e.page.getByRole('button', { name: 'Gem' }).click();
    await e2e.page.getByText('Hosting: Drift A/S', { exact: false }).first().waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    await e2e.page.getByLabel('Sprog for pakken').selectOption('nb');
    await e2e.page.getByRole('heading', { name: /Protokoll over behandlingsaktiviteter/ }).waitFor();
    const [download] = await Promise.all([
      e2e.page.waitForEvent('download'),
      e2e.page.getByRole('link', { name: 'Hent som HTML' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('borgerblik-compliance-nb.html');
  });
});
