import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, sourceFiles } from '../test/import-graph.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** No value-import cycles anywhere: a cycle makes load order decide whether a binding exists yet. */
describe('import graph', () => {
  it('has no value-import cycles in server, shared, web and bin', () => {
    const files = sourceFiles(root, ['server', 'shared', 'web', 'bin', 'test']);
    expect(files.length).toBeGreaterThan(300);
    expect(importCycles(root, files)).toEqual([]);
  });
});
