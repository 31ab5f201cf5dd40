import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixture, skipWithoutFixtures } from '../server/eventlog/parse/fixtures.ts';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), 'borgerblik.mjs');
const execFileAsync = promisify(execFile);
/** No locale in the environment, so the CLI's own default (Danish) applies unless a test sets one. */
const noLocale = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '' };

/** Runs the CLI; `env` is added to an environment without locale variables. */
const run = (args: string[], env: Record<string, string> = {}) =>
  execFileAsync(process.execPath, [bin, ...args], { env: { ...noLocale, ...env } });
/** Runs the CLI expecting it to fail; resolves to the error (code, stdout, stderr). */
const fail = (args: string[], env: Record<string, string> = {}) => run(args, env).catch((e: unknown) => e);

describe.skipIf(skipWithoutFixtures('running-example.xes'))('borgerblik eventlog analyse', () => {
  const example = fixture('running-example.xes');

  it('prints the report as JSON for running-example.xes, the same in every language', async () => {
    const { stdout } = await run(['eventlog', 'analyse', example, '--json']);
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
    const norwegian = await run(['eventlog', 'analyse', example, '--json', '--lang', 'nb']);
    expect(norwegian.stdout).toBe(stdout);
  }, 30_000);

  it('prints a text summary by group-like attribute, and fails clearly on bad input (English)', async () => {
    const { stdout } = await run([
      'eventlog',
      'analyse',
      example,
      '--by',
      'Resource',
      '--top',
      '3',
      '--lang',
      'en',
    ]);
    expect(stdout).toContain('directly-following pairs    36');
    expect(stdout).toContain('Top handovers');
    const missing = await fail(['eventlog', 'analyse', 'no-such-file.xes', '--lang', 'en']);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
    const usage = await fail(['nonsense', '--lang=en']);
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: borgerblik') });
  }, 30_000);

  it('speaks Danish by default, with the web app’s terms and Danish numbers', async () => {
    const { stdout } = await run(['eventlog', 'analyse', example, '--top', '3']);
    expect(stdout).toContain('aktører: medarbejdere (ressourcer)');
    expect(stdout).toMatch(/^direkte efterfølgende par +36$/m);
    expect(stdout).toMatch(/^selvoverdragelser +4$/m);
    expect(stdout).toContain('Største overdragelser');
    expect(stdout).toContain('Almindelige forløb');
    expect(stdout).toMatch(/^Sara +Ellen +4 +11,1\s%/m);
    expect(stdout).toContain('Overdragelser pr. sag:');
    const missing = await fail(['eventlog', 'analyse', 'no-such-file.xes']);
    expect(missing).toMatchObject({ code: 1, stderr: 'no-such-file.xes: filen findes ikke\n' });
    const usage = await fail(['eventlog', 'analyse', example, '--top', '0']);
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringMatching(/^--top skal være .*\n\nBrug: /s) });
  }, 30_000);

  it('speaks Norwegian with --lang nb or an nb/no/nn locale, and English from the locale', async () => {
    const flag = await run(['eventlog', 'analyse', example, '--top', '3', '--lang', 'nb']);
    expect(flag.stdout).toMatch(/^direkte påfølgende par +36$/m);
    expect(flag.stdout).toContain('Største overleveringer');
    expect(flag.stdout).toContain('Vanlige forløp');
    const locale = await run(['eventlog', 'analyse', example, '--top', '3'], { LANG: 'nn_NO.UTF-8' });
    expect(locale.stdout).toBe(flag.stdout);
    const english = await run(['eventlog', 'analyse', example, '--top', '3'], { LC_MESSAGES: 'en_GB.UTF-8' });
    expect(english.stdout).toContain('Top handovers');
    const badLang = await fail(['eventlog', 'analyse', example, '--lang', 'sv']);
    expect(badLang).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--lang skal være da, nb eller en'),
    });
  }, 30_000);
});

describe.skipIf(skipWithoutFixtures('receipt.xes.gz'))('borgerblik eventlog analyse receipt.xes.gz', () => {
  const receipt = fixture('receipt.xes.gz');

  it('reports the acceptance figures, in JSON and in Danish text', async () => {
    const { stdout } = await run(['eventlog', 'analyse', receipt, '--json']);
    const { report } = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ directlyFollowingPairs: 7143, selfHandovers: 5935 });
    expect(report.handovers[0]).toMatchObject({ from: 'Resource10', to: 'admin1', count: 180 });
    const text = await run(['eventlog', 'analyse', receipt, '--top', '1']);
    expect(text.stdout).toMatch(/^direkte efterfølgende par +7\.143$/m);
    expect(text.stdout).toMatch(/^selvoverdragelser +5\.935$/m);
    expect(text.stdout).toMatch(/^Resource10 +admin1 +180 +2,5\s%/m);
  }, 60_000);
});
