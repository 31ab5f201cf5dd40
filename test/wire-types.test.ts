import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * Guard for issue 13's "no hand-written copies of wire types in web/": the web app takes its API types
 * from the zod schemas in shared/api with `z.infer` (type-only imports). This test fails when a file in
 * web/ declares an interface or object type that looks like a wire object — every one of its (at least
 * three) fields is a field of one schema object in shared/api, covering most of that object — or that
 * bears the name of a wire type. Component props and UI state share few field names with the wire objects;
 * a real copy of a response shares nearly all of them.
 */

const root = fileURLToPath(new URL('..', import.meta.url));

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path, pattern);
    return pattern.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every object shape (three fields or more) reachable from the exported schemas of shared/api. */
async function wireShapes(): Promise<{ name: string; keys: Set<string> }[]> {
  const shapes: { name: string; keys: Set<string> }[] = [];
  const seen = new Set<unknown>();
  const walk = (name: string, schema: unknown, depth: number): void => {
    if (depth > 6 || seen.has(schema) || !(schema instanceof z.ZodType)) return;
    seen.add(schema);
    if (schema instanceof z.ZodObject) {
      const keys = Object.keys(schema.shape);
      if (keys.length >= 3) shapes.push({ name, keys: new Set(keys) });
      for (const [key, field] of Object.entries(schema.shape)) walk(`${name}.${key}`, field, depth + 1);
    } else if (schema instanceof z.ZodArray) walk(`${name}[]`, schema.element, depth + 1);
    else if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
      walk(name, schema.unwrap(), depth + 1);
    else if (schema instanceof z.ZodDefault) walk(name, schema.def.innerType, depth + 1);
    else if (schema instanceof z.ZodUnion) for (const o of schema.options) walk(name, o, depth + 1);
  };
  for (const file of files(join(root, 'shared/api'), /\.ts$/)) {
    const mod: Record<string, unknown> = await import(pathToFileURL(file).href);
    for (const [name, value] of Object.entries(mod)) walk(`${relative(root, file)}:${name}`, value, 0);
  }
  return shapes;
}

/** Names exported as types or schemas from shared/api (a web type of the same name is a copy). */
function wireNames(): Set<string> {
  const names = new Set<string>();
  for (const file of files(join(root, 'shared/api'), /\.ts$/)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^export (?:type|const) ([A-Z]\w*)/gm)) if (m[1]) names.add(m[1]);
  }
  return names;
}

/** Declarations that share a wire object's field names but are not a copy of it, with the reason. */
const NOT_COPIES: Record<string, string> = {
  'web/units/tree.ts:TreeItem': 'the generic tree helper’s constraint (id, parentId, name), not a response',
  'web/eventlog/types.ts:ReportParams':
    'the report page’s own state: every field filled (from/to always set), serialised to the query',
  'web/eventlog/upload/CsvSettingsFields.tsx:CsvChoice':
    'the upload form’s state: every column a string, empty meaning “none”, before it becomes CsvSettings',
};

interface Declared {
  file: string;
  name: string;
  keys: string[];
}

/** Interfaces and object type aliases of one source text, with their top-level field names. */
function declaredObjectTypes(file: string, text: string): Declared[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Declared[] = [];
  const fields = (members: ts.NodeArray<ts.TypeElement>) =>
    members.flatMap((m) => (ts.isPropertySignature(m) && m.name ? [m.name.getText(source)] : []));
  const visit = (node: ts.Node): void => {
    if (ts.isInterfaceDeclaration(node))
      found.push({ file, name: node.name.text, keys: fields(node.members) });
    else if (ts.isTypeAliasDeclaration(node) && ts.isTypeLiteralNode(node.type))
      found.push({ file, name: node.name.text, keys: fields(node.type.members) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The wire shape a declared type copies, if any. */
function copies(declared: Declared, shapes: { name: string; keys: Set<string> }[]): string | undefined {
  if (declared.keys.length < 3) return undefined;
  const match = shapes.find(
    (s) => declared.keys.every((k) => s.keys.has(k)) && declared.keys.length >= 0.6 * s.keys.size,
  );
  return match?.name;
}

describe('web/ declares no copies of wire types', () => {
  it('finds a hand-written copy (the check itself works)', { timeout: 60_000 }, async () => {
    const shapes = await wireShapes();
    const copy = `export interface KioskDevice { id: string; name: string; unitId: string | null;
      lastSeenAt: string | null; revokedAt: string | null }`;
    const [declared] = declaredObjectTypes('x.ts', copy);
    expect(declared && copies(declared, shapes)).toBe('shared/api/kiosk.ts:KioskDevice');
    expect(wireNames().has('KioskDevice')).toBe(true);
  });

  it('no interface or object type in web/ has the fields or the name of a wire type', {
    timeout: 60_000,
  }, async () => {
    const shapes = await wireShapes();
    const names = wireNames();
    const offenders = files(join(root, 'web'), /\.tsx?$/)
      .flatMap((file) => declaredObjectTypes(relative(root, file), readFileSync(file, 'utf8')))
      .filter((d) => !NOT_COPIES[`${d.file}:${d.name}`])
      .flatMap((d) => {
        const copied = copies(d, shapes);
        if (copied) return [`${d.file}: ${d.name} copies ${copied}`];
        return names.has(d.name) ? [`${d.file}: ${d.name} has the name of a wire type`] : [];
      });
    expect(offenders).toEqual([]);
  });
});
