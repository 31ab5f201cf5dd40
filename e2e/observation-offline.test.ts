import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeE2E, seriousA11yViolations } from './harness.ts';
import { chooseUnit } from './unit-choice.ts';
import { useE2E } from './use-e2e.ts';

interface ObservationRow {
  what: string;
}

/**
 * Issue 14: recording without network, one status line, and a session left open on another phone. Each
 * test signs in in its own context; the second leaves its session open through the API itself.
 */
describeE2E('observation offline and open sessions', () => {
  const e2e = useE2E();

  const what = 'E2E offline: kan ikke finde nummerautomaten';

  it('queues an observation while offline, says it waits, and sends it exactly once when online', async () => {
    const { context: phone, page } = await e2e.signedIn(undefined, {
      viewport: { width: 390, height: 844 },
    });
    await page.goto(`${e2e.baseUrl}/improvement/observe`);
    await page.getByRole('heading', { name: 'Observation', level: 1 }).waitFor();
    await chooseUnit(page, 'Sted (enhed)', 'Borgerservice Hovedbiblioteket');
    await page.getByRole('button', { name: 'Start observation' }).click();
    const status = page.getByTestId('sync-status');
    await status.getByText('Alt er sendt').waitFor();

    await phone.setOffline(true);
    await page.getByLabel('Venten og kø').check();
    await page.getByLabel('Hvad skete der?').fill(what);
    await page.getByRole('button', { name: 'Gem observation' }).click();
    await status.getByText('Venter på at blive sendt (1)').waitFor();
    expect(await status.textContent()).toContain('Observationen er gemt på enheden.');
    // One live region, replaced rather than stacked: no toast over the page.
    expect(await page.locator('.toast').count()).toBe(0);
    expect(await page.getByRole('status').count()).toBeLessThanOrEqual(2);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await phone.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await status.getByText('Alt er sendt').waitFor();
    const open = await (await page.request.get(`${e2e.baseUrl}/api/v1/improvement/sessions/open`)).json();
    const mine = open.sessions.filter((s: { mine: boolean; observationCount: number }) => s.mine);
    expect(mine.length).toBeGreaterThanOrEqual(1);
    const sessionId = mine[0].id;
    const detail = await (
      await page.request.get(`${e2e.baseUrl}/api/v1/improvement/sessions/${sessionId}`)
    ).json();
    expect(detail.observations.filter((o: ObservationRow) => o.what === what)).toHaveLength(1);
    expect(detail.session.endedAt).toBeNull();
  });

  it('lists the session on another device and closes it there after confirmation', async () => {
    // The phone's session, left open with one observation (sent as the phone's queue sends it).
    const phone = await e2e.signedIn(undefined, { viewport: { width: 390, height: 844 } });
    const units = (await (await phone.context.request.get('/api/v1/units')).json()).units as {
      id: string;
      name: string;
    }[];
    const unitId = units.find((u) => u.name === 'Borgerservice Hovedbiblioteket')?.id;
    const sessionId = randomUUID();
    const now = new Date().toISOString();
    const sync = await phone.context.request.post('/api/v1/improvement/sync', {
      headers: { 'x-csrf-token': phone.csrf },
      data: {
        sessions: [{ id: sessionId, unitId, device: 'iPhone · Safari', startedAt: now, endedAt: null }],
        observations: [{ id: randomUUID(), sessionId, observedAt: now, category: 'waiting', what }],
      },
    });
    expect(sync.status()).toBe(200);
    const { page: other } = await e2e.signedIn(undefined, { viewport: { width: 1024, height: 768 } });
    await other.goto(`${e2e.baseUrl}/improvement/observe`);
    const list = other.getByTestId('open-sessions');
    const row = list.locator(`[data-session-id="${sessionId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('sidst aktiv');
    await row.getByRole('button', { name: 'Afslut' }).click();
    const dialog = other.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Afslut' }).click();
    await other.getByTestId('sync-status').getByText('Sessionen er afsluttet.').waitFor();
    await row.waitFor({ state: 'detached' });
    const detail = await (
      await other.request.get(`${e2e.baseUrl}/api/v1/improvement/sessions/${sessionId}`)
    ).json();
    expect(detail.session.endedAt).not.toBeNull();
    expect(detail.observations.filter((o: ObservationRow) => o.what === what)).toHaveLength(1);
  });
});
