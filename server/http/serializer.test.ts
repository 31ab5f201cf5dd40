import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ComparisonResponse, Overview, TrendResponse } from '../../shared/api/dashboard.ts';
import { loadConfig } from '../config.ts';
import { isPlainSchema, responseSerializer } from './serializer.ts';

const serialize = (schema: z.ZodType, check: boolean) =>
  responseSerializer(check)({ schema, method: 'GET', url: '/x', httpStatus: '200' }) as (
    d: unknown,
  ) => string;

const figure = {
  status: 'shown',
  n: 12,
  dontKnow: 1,
  mean: 3.25,
  sd: 1.1,
  ci: { lower: 2.55, upper: 3.95 },
  positiveShare: 0.5,
  positiveCi: { lower: 0.25, upper: 0.75 },
  dontKnowShare: 1 / 13,
  distribution: [{ value: 5, count: 3 }],
};
const scope = {
  municipality: 'Æblekøbing "Nord"',
  unitId: null,
  unitName: null,
  from: '2026-01-01',
  to: '2026-06-30',
  channel: null,
  journeyId: null,
  touchpointId: null,
  languages: ['uk'],
  excludeLanguages: [],
  statuses: [],
  excludeStatuses: [],
  minGroupSize: 5,
};

describe('response serializer', () => {
  it('compiles only schemas whose encoding cannot change a value', () => {
    expect(isPlainSchema(Overview)).toBe(true);
    expect(isPlainSchema(TrendResponse)).toBe(true);
    expect(isPlainSchema(ComparisonResponse)).toBe(true);
    expect(isPlainSchema(z.object({ a: z.string().optional(), b: z.record(z.string(), z.number()) }))).toBe(
      true,
    );
    expect(isPlainSchema(z.object({ at: z.date() }))).toBe(false);
    expect(isPlainSchema(z.object({ a: z.string().trim() }))).toBe(false);
    expect(isPlainSchema(z.object({ a: z.number().default(1) }))).toBe(false);
    expect(isPlainSchema(z.object({ a: z.string().transform((s) => s.length) }))).toBe(false);
    expect(isPlainSchema(z.strictObject({ a: z.string() }))).toBe(false);
    expect(isPlainSchema(z.looseObject({ a: z.string() }))).toBe(false);
    expect(isPlainSchema(z.codec(z.string(), z.number(), { decode: Number, encode: String }))).toBe(false);
  });

  it('writes exactly what the zod check writes, unknown keys left out', () => {
    const overview = {
      scope: { ...scope, secret: 'not for the client' },
      respondents: { status: 'suppressed', n: null },
      indicators: [
        { itemId: 'coherence.solutions', setKey: 'coherence', scaleId: 'agree5', reverse: false, figure },
        {
          itemId: 'index.coherence',
          setKey: 'coherence',
          scaleId: 'agree5',
          reverse: true,
          figure: { ...figure, status: 'empty', ci: null, distribution: null, extra: [1] },
        },
      ],
    };
    const fast = serialize(Overview, false)(overview);
    expect(fast).toBe(serialize(Overview, true)(overview));
    expect(fast).not.toContain('secret');
    const optional = z.object({ a: z.string().optional(), b: z.number().nullable() });
    expect(serialize(optional, false)({ a: undefined, b: null })).toBe('{"b":null}');
    expect(serialize(optional, false)({ b: 1 })).toBe(serialize(optional, true)({ b: 1 }));
  });

  it('refuses a missing required field in both modes', () => {
    expect(() => serialize(Overview, false)({ scope })).toThrow();
    expect(() => serialize(Overview, true)({ scope })).toThrow();
  });

  it('checks answers while Vitest runs, and in production only when asked to', () => {
    expect(loadConfig({}).checkResponses).toBe(true);
    expect(loadConfig({ BORGERBLIK_CHECK_RESPONSES: 'false' }).checkResponses).toBe(false);
    expect(loadConfig({ BORGERBLIK_CHECK_RESPONSES: 'true' }).checkResponses).toBe(true);
  });
});
