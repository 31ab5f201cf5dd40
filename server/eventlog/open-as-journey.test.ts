import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseToJourney, variantCourse } from '../../shared/eventlog/journey.ts';
import type { HandoverReport } from '../../shared/eventlog/report-types.ts';
import { api, createAppWithAnalyst, describeDb, type Session, type TestApp } from '../../test/app.ts';
import { fixture, skipWithoutFixtures } from './parse/fixtures.ts';
import { importLog } from './test/helpers.ts';

/*
 * "Open as journey" on receipt.xes.gz (Buijs 2014, 4TU.ResearchData): its most common variants are
 * one resource doing six activities. A variant opened as a journey shows those activities as steps
 * with their actors (by the chosen attribute) and an unknown channel, through the same API calls the
 * web app makes: the report, then POST /journeys with the journey the shared builder makes.
 */
const receipt = 'receipt.xes.gz';
const suite = skipWithoutFixtures(receipt) ? describe.skip : describeDb;
suite('open a variant of receipt.xes.gz as a journey', () => {
  let t: TestApp;
  let analyst: Session;
  let logId = '';

  beforeAll(async () => {
    ({ t, analyst } = await createAppWithAnalyst('receipt-journey'));
    const log = await importLog(t.app, analyst, await readFile(fixture(receipt)), {
      name: 'receipt',
      format: 'xes',
    });
    expect(log.status).toBe('ready');
    logId = log.id;
  }, 120_000);
  afterAll(() => t?.close());

  const open = async (by: 'resource' | 'group', rank: number) => {
    const res = await api(t.app, analyst, 'GET', `/eventlogs/${logId}/report?by=${by}`);
    expect(res.statusCode, res.body).toBe(200);
    const report: HandoverReport = res.json().report;
    const variant = report.variants[rank - 1];
    if (!variant) throw new Error(`no variant ${rank}`);
    const journey = courseToJourney(
      variantCourse(variant, [...report.handovers, ...report.selfHandovers]),
      by === 'resource',
      { title: `Forløb ${rank}`, situation: 'receipt', unnamedStep: '?' },
    );
    const created = await api(t.app, analyst, 'POST', '/journeys', { journey, note: 'receipt' });
    expect(created.statusCode, created.body).toBe(201);
    const stored = (await api(t.app, analyst, 'GET', `/journeys/${created.json().journey.id}`)).json()
      .journey;
    return { variant, stored };
  };

  it('shows the activities of the most common variant as steps with their actor and an unknown channel', async () => {
    const { variant, stored } = await open('resource', 1);
    expect(variant).toMatchObject({ cases: 144, actors: Array(6).fill('Resource01') });
    const steps = stored.journey.steps;
    expect(steps.map((s: { description: string }) => s.description)).toEqual([
      'Confirmation of receipt',
      'T02 Check confirmation of receipt',
      'T04 Determine confirmation of receipt',
      'T05 Print and send confirmation of receipt',
      'T06 Determine necessity of stop advice',
      'T10 Determine necessity to stop indication',
    ]);
    expect(new Set(steps.map((s: { channel: string }) => s.channel))).toEqual(new Set(['unknown']));
    expect(stored.journey.actors).toEqual([{ id: 'a1', kind: 'employee', profession: 'Resource01' }]);
    expect(stored.metrics.handovers).toBe(0);
  });

  it('shows the handovers between groups when the variant is by group', async () => {
    for (const rank of [1, 2, 3]) {
      const { variant, stored } = await open('group', rank);
      expect(stored.journey.steps).toHaveLength(variant.actors.length);
      const changes = variant.actors.filter((a, i) => i > 0 && a !== variant.actors[i - 1]).length;
      expect(stored.metrics.handovers).toBe(changes);
      expect(stored.journey.steps.every((s: { channel: string }) => s.channel === 'unknown')).toBe(true);
    }
  });
});
