import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { describeE2E } from './harness.ts';
import { useE2E } from './use-e2e.ts';

/**
 * Planned vs actual on the demo: Demokommune's to-be sick-leave journey is mapped to a demo event log
 * with surveys on two touchpoints (server/conformance/demo-seed.ts). Map (confirm the suggestions and
 * save), see conformance, open a deviating variant beside the plan and download it as CJML, and see the
 * joint view's alert.
 * Long tasks are recorded from the first paint (PerformanceObserver 'longtask').
 */
describeE2E('planned vs actual journeys in the browser', () => {
  // Each test gets its own signed-in page (and long-task log), so no browser state leaks between tests.
  const e2e = useE2E({
    page: { context: { bypassCSP: true, locale: 'da-DK' }, heading: 'Demokommune', longTasks: true },
  });

  const openActualPage = async () => {
    await e2e.page.goto(`${e2e.baseUrl}/journeys`);
    await e2e.page
      .getByRole('link', { name: /ønsket forløb/ })
      .first()
      .click();
    await e2e.page.getByRole('link', { name: 'Planlagt mod faktisk forløb' }).click();
    await e2e.page.getByRole('heading', { name: /^Planlagt mod faktisk/, level: 1 }).waitFor();
  };

  it('maps the log onto the journey with suggested steps and sees conformance', async () => {
    await openActualPage();
    await e2e.page.getByTestId('mapping-log').selectOption({ label: 'Sygedagpenge – fagsystem (demo)' });
    const activities = e2e.page.getByTestId('mapping-activities');
    await activities.locator('tbody tr').first().waitFor();
    // Every activity of the demo log is suggested a step (names as the case system writes them).
    const unmapped = await activities
      .locator('select')
      .evaluateAll((selects) => selects.filter((s) => (s as HTMLSelectElement).value === '').length);
    expect(unmapped).toBe(0);
    await e2e.page.getByRole('button', { name: 'Gem koblingen' }).click();
    await e2e.page.getByText('Koblingen er gemt.').waitFor();
    const conformance = e2e.page.getByTestId('conformance');
    await conformance.getByText('Følger planen').waitFor();
    expect(await e2e.page.getByTestId('conformance-steps').locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await e2e.page.getByTestId('conformance-patterns').locator('tbody tr').count()).toBeGreaterThan(0);
    // The actor mapping is used: handovers between the mapped actors, compared with the plan's.
    const actors = e2e.page.getByTestId('actor-handovers');
    await actors.locator('tbody tr').first().waitFor();
    await actors.getByText('Planlagt, fulgt').first().waitFor();
  });

  it('opens a deviating variant beside the plan, differences highlighted', async () => {
    await openActualPage();
    await e2e.page
      .getByTestId('conformance-patterns')
      .getByRole('button', { name: 'Åbn ved siden af planen' })
      .first()
      .click();
    const view = e2e.page.getByTestId('deviation-view');
    await view.waitFor();
    await view.getByTestId('deviation-planned').getByTestId('journey-drawing').waitFor();
    await view.getByTestId('deviation-actual').getByTestId('journey-drawing').waitFor();
    const highlighted = await view
      .locator('[data-deviation-line], .deviation-skipped, .deviation-repeated')
      .count();
    expect(highlighted).toBeGreaterThan(0);
    // The same deviation in the swimlanes, marked with glyphs (not by colour alone).
    const swim = view.getByTestId('deviation-swimlanes');
    await swim.getByTestId('journey-swimlanes').first().waitFor();
    expect(await swim.locator('[data-swim-mark]').count()).toBeGreaterThan(0);
    // The variant goes out as a CJML actual journey of the plan, its deviations marked (issue 19).
    const [download] = await Promise.all([
      e2e.page.waitForEvent('download'),
      view.getByRole('link', { name: 'Hent varianten som faktisk rejse (CJML)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-v\d+-variant\.cjml\.xml$/);
    const xml = await readFile((await download.path()) ?? '', 'utf8');
    expect(xml).toContain('<actualJourney');
    expect(xml).toContain('<plannedReference>borgerblik-');
    expect(xml).toContain('<bb:deviation>true</bb:deviation>');
  });

  it('shows experience beside the wait, the alert, and the charts without a long task over 200 ms', async () => {
    await openActualPage();
    const joint = e2e.page.getByTestId('joint-view');
    await joint.waitFor();
    await joint.getByTestId('joint-alerts').getByText(/Alarm/).waitFor();
    await e2e.page.getByTestId('performance-spectrum').waitFor();
    await e2e.page.getByTestId('dotted-chart').waitFor();
    await e2e.page.waitForTimeout(1_000);
    const longest = await e2e.page.evaluate(() =>
      Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
    );
    expect(longest).toBeLessThan(200);
  });
});
