import { expect, it } from 'vitest';
import { describeE2E, seriousA11yViolations } from './harness.ts';
import { useE2E } from './use-e2e.ts';

describeE2E('improvement cycle in the browser', () => {
  // Each test gets its own signed-in page (a phone held in the reception), so one test's browser state
  // (offline mode, viewport, open page) cannot leak into the next.
  const e2e = useE2E({
    page: { context: { viewport: { width: 390, height: 844 }, locale: 'da-DK' }, heading: true },
  });
  /** The problem board on a desktop screen (it scrolls sideways). */
  const openBoard = async () => {
    await e2e.page.setViewportSize({ width: 1280, height: 900 });
    await e2e.page.goto(`${e2e.baseUrl}/improvement/board`);
    await e2e.page.getByRole('heading', { name: 'Problemer', level: 1 }).waitFor();
  };

  it('records an observation session offline and syncs it without loss or duplicates', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/improvement/observe`);
    await e2e.page.getByRole('heading', { name: 'Observation', level: 1 }).waitFor();
    // The unit by keyboard alone (issue 14): Enter opens the tree on its search box, Enter there chooses the
    // match and closes the tree, back on its button, without submitting the form.
    const unit = e2e.page.getByRole('group', { name: 'Sted (enhed)', exact: true });
    const toggle = unit.getByRole('button', { name: 'Vælg enhed' });
    await toggle.focus();
    await e2e.page.keyboard.press('Enter');
    await e2e.page.keyboard.type('Hovedbibliotek');
    await e2e.page.keyboard.press('Enter');
    await unit
      .getByTestId('unit-choice-current')
      .filter({ hasText: 'Borgerservice Hovedbiblioteket' })
      .waitFor();
    expect(await toggle.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await unit.getByRole('radio').count()).toBe(0);
    expect(await e2e.page.getByRole('button', { name: 'Stop observation' }).count()).toBe(0);
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    await e2e.page.getByRole('button', { name: 'Start observation' }).click();
    await e2e.page.getByText('Alt er sendt').waitFor();

    await e2e.page.context().setOffline(true);
    await e2e.page.getByText('Offline – observationerne gemmes på enheden').waitFor();
    for (const what of ['E2E: leder efter elevatoren', 'E2E: står i kø uden nummer']) {
      await e2e.page.getByLabel('Venten og kø').check();
      await e2e.page.getByLabel('Hvad skete der?').fill(what);
      await e2e.page.getByRole('button', { name: 'Gem observation' }).click();
      await e2e.page.getByRole('listitem').filter({ hasText: what }).waitFor();
    }
    await e2e.page.getByRole('button', { name: 'Stop observation' }).click();
    await e2e.page.getByText('Venter på at blive sendt (3)').waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);

    await e2e.page.context().setOffline(false);
    await e2e.page.getByText('Alt er sendt').waitFor();
    const sessions = await (await e2e.page.request.get(`${e2e.baseUrl}/api/v1/improvement/sessions`)).json();
    const mine = sessions.sessions.filter(
      (s: { endedAt: string | null; observationCount: number }) => s.observationCount === 2,
    );
    expect(mine).toHaveLength(1);
    expect(mine[0].endedAt).not.toBeNull();
  });

  it('groups evidence into a problem with the keyboard alternative and by dragging', async () => {
    await openBoard();
    await e2e.page.getByLabel('Problemets navn').fill('Kø uden overblik');
    await e2e.page.getByRole('button', { name: 'Opret problem' }).click();
    await e2e.page.getByRole('heading', { name: 'Kø uden overblik' }).waitFor();
    const card = e2e.page.getByRole('listitem').filter({ hasText: 'E2E: står i kø uden nummer' });
    await card.getByRole('combobox').selectOption({ label: 'Flyt til: Kø uden overblik' });
    await card.getByRole('button', { name: 'Flyt' }).click();
    const column = e2e.page.getByTestId('column-Kø uden overblik');
    await column.getByText('E2E: står i kø uden nummer').waitFor();
    await column.getByText('1 observation, 0 citater').waitFor();
    // And by drag-and-drop: the board scrolls sideways, so the drag events are dispatched directly.
    const dataTransfer = await e2e.page.evaluateHandle(() => new DataTransfer());
    await e2e.page
      .getByRole('listitem')
      .filter({ hasText: 'E2E: leder efter elevatoren' })
      .dispatchEvent('dragstart', { dataTransfer });
    await column.dispatchEvent('dragover', { dataTransfer });
    await column.dispatchEvent('drop', { dataTransfer });
    await column.getByText('E2E: leder efter elevatoren').waitFor();
    await column.getByText('2 observationer, 0 citater').waitFor();
  });

  it('adds a journey pain point picked by journey and step name, and names its source on the card', async () => {
    await openBoard();
    const form = e2e.page.getByRole('form', { name: 'Tilføj evidens fra spørgeskema eller borgerrejse' });
    await form.getByLabel('Slags', { exact: true }).selectOption({ label: 'Smertepunkt' });
    await form
      .getByLabel('Borgerrejse', { exact: true })
      .selectOption({ label: 'Sygemeldt med diskusprolaps' });
    const pain = form.getByLabel('Trin og smertepunkt');
    const option = pain.locator('option', { hasText: 'Lang telefonkø om morgenen' });
    await option.waitFor({ state: 'attached' });
    const text = (await option.textContent()) ?? '';
    expect(text).toMatch(/^\d+\. .+ – Lang telefonkø om morgenen$/);
    await pain.selectOption({ label: text });
    expect(await form.getByLabel('Kort beskrivelse af smertepunktet').inputValue()).toBe(
      'Lang telefonkø om morgenen',
    );
    await form.getByLabel('Problem', { exact: true }).selectOption({ label: 'Kø uden overblik' });
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    await form.getByRole('button', { name: 'Tilføj', exact: true }).click();
    const column = e2e.page.getByTestId('column-Kø uden overblik');
    const card = column.getByRole('listitem').filter({ hasText: 'Lang telefonkø om morgenen' });
    const step = text.replace(/ – Lang telefonkø om morgenen$/, '');
    await card.getByText(`Fra Sygemeldt med diskusprolaps: ${step}`, { exact: true }).waitFor();
    await column.getByText(/, 1 smertepunkt$/).waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it('creates an idea and an initiative', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/improvement/ideas`);
    await e2e.page.getByLabel('Idé', { exact: true }).fill('Kønumre ved døren');
    await e2e.page.getByLabel('Foreslået af (faggrupper)').fill('HK-medarbejder, Socialrådgiver');
    await e2e.page.getByLabel('Kø uden overblik').check();
    await e2e.page.getByRole('button', { name: 'Gem idé' }).click();
    await e2e.page.getByRole('heading', { name: 'Kønumre ved døren' }).waitFor();

    await e2e.page.goto(`${e2e.baseUrl}/improvement/initiatives`);
    await e2e.page.getByLabel('Tiltagets navn').fill('Kønumre-forsøg');
    await e2e.page
      .getByRole('group', { name: 'Forsøgsenheder' })
      .getByLabel('Borgerservice Rådhuset')
      .check();
    await e2e.page.getByRole('group', { name: 'Idéer bag tiltaget' }).getByLabel('Kønumre ved døren').check();
    await e2e.page
      .getByLabel('Note om succeskriterierne (tidligere fritekst)')
      .fill('Færre borgere venter uden nummer pr. observeret time.');
    await e2e.page.getByRole('button', { name: 'Tilføj succeskriterium' }).click();
    const criterion = e2e.page.getByRole('group', { name: 'Succeskriterium 1' });
    await criterion.getByLabel('Retning').selectOption('down');
    await criterion.getByLabel('Mål', { exact: true }).selectOption('percent');
    await criterion.getByLabel('Tal').fill('20');
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    await e2e.page.getByRole('button', { name: 'Gem tiltag' }).click();
    await e2e.page.getByRole('heading', { name: 'Kønumre-forsøg' }).waitFor();
    const saved = await (await e2e.page.request.get(`${e2e.baseUrl}/api/v1/improvement/initiatives`)).json();
    const trial = saved.initiatives.find((i: { title: string }) => i.title === 'Kønumre-forsøg');
    expect(trial.criteria).toHaveLength(1);
    expect(trial.criteria[0]).toMatchObject({ direction: 'down', target: { type: 'percent', value: 20 } });
  });

  it('opens the evaluation report of "Varm velkomst" with a real result and shares it', async () => {
    await e2e.page.setViewportSize({ width: 1280, height: 900 });
    await e2e.page.goto(`${e2e.baseUrl}/improvement/initiatives`);
    await e2e.page.getByRole('link', { name: 'Evalueringsrapport: Varm velkomst' }).click();
    const headline = e2e.page.getByTestId('report-headline');
    await headline.waitFor();
    expect(await headline.textContent()).toContain('blevet bedre');
    await e2e.page.getByRole('columnheader', { name: 'Forskel (95 %-interval)' }).waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    await e2e.page.getByRole('button', { name: 'Del som offentligt link' }).click();
    const href = await e2e.page.getByTestId('public-link').getAttribute('href');
    const anonymous = await e2e.browser.newPage();
    await anonymous.goto(href ?? '');
    await anonymous.getByRole('heading', { name: 'Evaluering af Varm velkomst' }).waitFor();
    expect(await seriousA11yViolations(anonymous)).toEqual([]);
    await anonymous.close();
  });
});
