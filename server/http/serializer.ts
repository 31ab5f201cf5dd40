import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler as checkingSerializer } from 'fastify-type-provider-zod';
import { type ZodType, z } from 'zod';

type ZodDef = ZodType['_zod']['def'] & Record<string, unknown>;

/** Leaves that serialize the same whether zod encodes them or not (no transform, no default). */
const LEAVES = new Set(['string', 'number', 'boolean', 'null', 'enum', 'literal']);

const isZod = (value: unknown): value is ZodType =>
  typeof value === 'object' && value !== null && '_zod' in value;

/**
 * True when encoding with zod can only check the value, never change it: objects (non-strict, not
 * passing unknown keys through), arrays, nullable/optional, unions and string-keyed records of
 * plain leaves. Transforms, codecs, pipes, defaults, dates, strict or loose objects and overwriting
 * checks (`.trim()`) change or refuse data, so such schemas keep zod's serializer.
 */
export function isPlainSchema(schema: ZodType): boolean {
  const def = schema._zod.def as ZodDef;
  const checks = (def.checks as { _zod: { def: { check: string } } }[] | undefined) ?? [];
  if (checks.some((c) => c._zod.def.check === 'overwrite')) return false;
  if (LEAVES.has(def.type)) return true;
  const all = (xs: unknown[]) => xs.every((x) => isZod(x) && isPlainSchema(x));
  switch (def.type) {
    case 'object':
      return def.catchall === undefined && all(Object.values(def.shape as Record<string, unknown>));
    case 'array':
      return all([def.element]);
    case 'nullable':
    case 'optional':
      return all([def.innerType]);
    case 'union':
      return all(def.options as unknown[]);
    case 'record': {
      const key = def.keyType as ZodType;
      return key._zod.def.type === 'string' && all([key, def.valueType]);
    }
    default:
      return false;
  }
}

/**
 * The serializer of every route's response schemas. With `check` (tests, and production when asked
 * for) each answer is encoded with its zod schema first (`fastify-type-provider-zod`): an answer that
 * breaks its contract fails with 500 instead of reaching a client. Without it (production), a plain
 * schema ({@link isPlainSchema}) becomes JSON Schema and a compiled fast-json-stringify function,
 * which writes exactly the declared properties (unknown keys are left out, as zod's encode does) at
 * the cost of JSON.stringify or less, with no validation pass; other schemas stay with zod.
 */
export function responseSerializer(check: boolean): FastifySerializerCompiler<unknown> {
  return (route) => {
    const { schema } = route;
    if (check || !isZod(schema) || !isPlainSchema(schema)) return checkingSerializer(route as never);
    // OpenAPI 3.0 writes `nullable: true` where JSON Schema would write anyOf [X, null]: fast-json-
    // stringify handles the former inline, the latter with a validator call per value.
    const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'throw' });
    return fastJson(json as Parameters<typeof fastJson>[0]);
  };
}
