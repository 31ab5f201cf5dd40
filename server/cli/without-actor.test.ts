import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

/** `eventlog analyse` on a log where one event has no resource: left out of actor figures, and said so. */
describe('eventlog analyse: events without an actor', () => {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bb-cli-'));
    file = path.join(dir, 'log.csv');
    await writeFile(
      file,
      'case,activity,time,resource\n1,A,2024-01-02 10:00,ann\n1,B,2024-01-02 10:05,\n1,C,2024-01-02 10:20,bo\n',
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = async (...args: string[]) => {
    let out = '';
    const code = await main(['eventlog', 'analyse', file, ...args], {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        out += t;
      },
      env: {},
    });
    return { code, out };
  };

  it('links the actors around it and says how many were left out, in every language', async () => {
    const da = await run('--lang', 'da');
    expect(da.code).toBe(0);
    expect(da.out).toContain(
      'Hændelser uden aktør (medarbejdere (ressourcer)): 1. De er udeladt af aktørtallene',
    );
    expect(da.out).toMatch(/ann\s+bo\s+1\b/);
    expect(da.out).not.toContain('(ingen aktør)');
    expect((await run('--lang', 'nb')).out).toContain('Hendelser uten aktør (medarbeidere (ressurser)): 1.');
    expect((await run('--lang', 'en')).out).toContain('Events without an actor (resource): 1.');
  });

  it('gives the count and actor-free figures in --json', async () => {
    const { code, out } = await run('--json');
    expect(code).toBe(0);
    const { report } = JSON.parse(out);
    expect(report.summary).toMatchObject({ events: 3, eventsWithoutActor: 1, actors: 2, handovers: 1 });
    expect(report.handovers).toMatchObject([{ from: 'ann', to: 'bo', count: 1, medianWaitMs: 20 * 60_000 }]);
  });
});
