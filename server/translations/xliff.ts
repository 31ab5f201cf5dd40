import { SaxesParser } from 'saxes';
import type { FieldProblem } from '../../shared/i18n/fields.ts';
import type { TranslationStatus } from '../../shared/languages/status.ts';
import type { CatalogEntry } from './catalog.ts';

const NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** XLIFF 2.0 segment states for our statuses; a unit without a target is `initial`. */
const STATE: Record<TranslationStatus, string> = {
  unreviewed: 'translated',
  reviewed: 'reviewed',
  validated: 'final',
};
const FROM_STATE: Record<string, TranslationStatus | null> = {
  initial: null,
  translated: 'unreviewed',
  reviewed: 'reviewed',
  final: 'validated',
};

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => xml(s).replace(/"/g, '&quot;');

/**
 * The catalogue of one language as an XLIFF 2.0 document for a translation agency: one unit per
 * text (id = key), source and target, the status as the segment's state. Written the same way every
 * time (fixed order, indentation and escaping), so an exported file imported again and exported once
 * more is byte for byte the same file.
 */
export function toXliff(entries: readonly CatalogEntry[], source: string, target: string): string {
  const units = entries.map((e) => {
    const state = e.text === null || e.status === null ? 'initial' : STATE[e.status];
    const tgt = e.text === null ? '' : `\n        <target>${xml(e.text)}</target>`;
    return `    <unit id="${attr(e.key)}">
      <segment state="${state}">
        <source>${xml(e.source)}</source>${tgt}
      </segment>
    </unit>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="${NS}" version="2.0" srcLang="${attr(source)}" trgLang="${attr(target)}">
  <file id="borgerblik">
${units.join('\n')}
  </file>
</xliff>
`;
}

/** One unit read from an import file, with the line it starts on (for error messages). */
export interface ImportedUnit {
  key: string;
  line: number;
  text: string | null;
  status: TranslationStatus | null;
}

/** A problem in an import file: the line, the element and what is wrong (a code, localised when sent). */
export class ImportProblem extends Error {
  constructor(
    readonly line: number,
    readonly element: string,
    readonly reason: FieldProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`line ${line}, ${element}: ${reason}`);
  }
}

/**
 * Reads an XLIFF 2.0 document (strict XML: saxes reports the line of any syntax error). Checks the
 * root (version 2.0, the XLIFF namespace, trgLang = the language being imported); every unit must hold
 * one segment with a source and at most one target, plain text only (no inline codes).
 */
export function parseXliff(text: string, language: string): { source: string; units: ImportedUnit[] } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const units: ImportedUnit[] = [];
  const stack: string[] = [];
  let source = '';
  let unit: ImportedUnit | null = null;
  let buffer: string | null = null;
  const fail = (element: string, reason: FieldProblem, params?: Record<string, string>): never => {
    throw new ImportProblem(parser.line, element, reason, params);
  };
  parser.on('opentag', (tag) => {
    const name = tag.local;
    const parent = stack.at(-1);
    if (tag.uri !== NS) fail(`<${tag.name}>`, 'xliff_namespace', { namespace: tag.uri || '–' });
    if (stack.length === 0) {
      if (name !== 'xliff') fail(`<${name}>`, 'xliff_root');
      if (tag.attributes.version?.value !== '2.0') fail('<xliff version>', 'xliff_version');
      const trg = tag.attributes.trgLang?.value ?? '';
      if (trg !== language) fail('<xliff trgLang>', 'xliff_language', { found: trg, expected: language });
      source = tag.attributes.srcLang?.value ?? '';
    } else if (name === 'unit') {
      const id = tag.attributes.id?.value ?? '';
      if (!id) fail('<unit>', 'xliff_unit_id');
      unit = { key: id, line: parser.line, text: null, status: null };
    } else if (name === 'segment') {
      if (!unit || parent !== 'unit') fail('<segment>', 'xliff_segment');
      const state = tag.attributes.state?.value ?? 'initial';
      if (!(state in FROM_STATE)) fail(`<segment state="${state}">`, 'xliff_state');
      if (unit) unit.status = FROM_STATE[state] ?? null;
    } else if (name === 'source' || name === 'target') {
      if (parent !== 'segment') fail(`<${name}>`, 'xliff_place', { name });
      buffer = '';
    } else if (parent === 'source' || parent === 'target') {
      fail(`<${name}>`, 'xliff_inline');
    } else if (!['file', 'notes', 'note', 'skeleton', 'ignorable', 'group'].includes(name)) {
      fail(`<${name}>`, 'xliff_unexpected');
    }
    stack.push(name);
  });
  parser.on('text', (t) => {
    if (buffer !== null) buffer += t;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.local === 'target' && unit) {
      if (unit.text !== null) fail('<target>', 'xliff_one_target');
      unit.text = buffer ?? '';
    }
    if (tag.local === 'source' || tag.local === 'target') buffer = null;
    if (tag.local === 'unit' && unit) {
      units.push(unit);
      unit = null;
    }
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof ImportProblem) throw e;
    // saxes messages start with "line:column: "; keep the reason, report the line ourselves.
    const message = e instanceof Error ? e.message.replace(/^(?:[^:\d][^:]*:)?\d+:\d+: /, '') : String(e);
    throw new ImportProblem(parser.line, 'XML', 'xliff_syntax', { detail: `${message.replace(/\.$/, '')}.` });
  }
  return { source, units };
}
