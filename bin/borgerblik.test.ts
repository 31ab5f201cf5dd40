import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixture, skipWithoutFixtures } from '../server/eventlog/parse/fixtures.ts';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), 'borgerblik.mjs');
const run = promisify(execFile);

describe.skipIf(skipWithoutFixtures('running-example.xes'))('borgerblik eventlog analyse', () => {
  it('prints the report as JSON for running-example.xes', async () => {
    const { stdout } = await run(process.execPath, [
      bin,
      'eventlog',
      'analyse',
      fixture('running-example.xes'),
      '--json',
    ]);
    const result = JSON.parse(stdout);
    expect(result.format).toBe('xes');
    expect(result.report.summary).toMatchObject({
      cases: 6,
      events: 42,
      actors: 6,
      directlyFollowingPairs: 36,
      selfHandovers: 4,
      handovers: 32,
    });
    expect(result.report.handovers[0]).toMatchObject({ from: 'Sara', to: 'Ellen', count: 4 });
    expect(result.report.variants).toHaveLength(6);
  }, 30_000);

  it('prints a text summary by group-like attribute, and fails clearly on bad input', async () => {
    const { stdout } = await run(process.execPath, [
      bin,
      'eventlog',
      'analyse',
      fixture('running-example.xes'),
      '--by',
      'Resource',
      '--top',
      '3',
    ]);
    expect(stdout).toContain('directly-following pairs    36');
    expect(stdout).toContain('Top handovers');
    const missing = await run(process.execPath, [bin, 'eventlog', 'analyse', 'no-such-file.xes']).catch(
      (e: unknown) => e,
    );
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
    const usage = await run(process.execPath, [bin, 'nonsense']).catch((e: unknown) => e);
    expect(usage).toMatchObject({ code: 2 });
  }, 30_000);
});
