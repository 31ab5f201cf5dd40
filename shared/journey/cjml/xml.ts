import { DOMParser } from '@xmldom/xmldom';
import { BORGERBLIK_CJML_NS } from './model.ts';

type XmlDocument = ReturnType<DOMParser['parseFromString']>;
export type XmlElement = NonNullable<XmlDocument['documentElement']>;

/** A place in the file: an XPath-like element path and, where the parser knows it, the line. */
export interface Loc {
  path: string;
  line: number;
}

export type CjmlProblem =
  | 'cjml_xml'
  | 'cjml_doctype'
  | 'cjml_missing'
  | 'cjml_invalid'
  | 'cjml_unknown_id'
  | 'cjml_duplicate_id'
  | 'cjml_too_many'
  | 'too_long';

/** One problem in a CJML file, named by element path; translated by `problem` (shared/i18n/fields.ts). */
export interface CjmlIssue {
  path: string;
  problem: CjmlProblem;
  params: Record<string, string | number>;
}

export function issue(
  at: Loc,
  problem: CjmlProblem,
  params: Record<string, string | number> = {},
): CjmlIssue {
  return { path: at.path, problem, params: { line: at.line, ...params } };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Parses XML with xmldom, refusing what a CJML file never needs: a DOCTYPE (and with it every entity
 * declaration, so no external entity is fetched and no entity is expanded), and any text xmldom only
 * warns about, because a half-understood file must not become a half-imported journey.
 */
export function parseXml(text: string): { ok: true; root: XmlElement } | { ok: false; issue: CjmlIssue } {
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (doctype) {
    return { ok: false, issue: issue({ path: '/', line: lineAt(text, doctype.index) }, 'cjml_doctype') };
  }
  const problems: string[] = [];
  const collect = (message: string) => problems.push(message);
  const parser = new DOMParser({
    locator: {},
    errorHandler: { warning: collect, error: collect, fatalError: collect },
  });
  let root: XmlElement | null = null;
  try {
    root = parser.parseFromString(text, 'text/xml').documentElement;
  } catch (error) {
    problems.push(error instanceof Error ? error.message : 'unreadable');
  }
  const first = problems[0];
  if (first !== undefined || !root) {
    const message = first ?? 'no root element';
    const where = /\[line:(\d+),col:\d+\]/.exec(message);
    const detail = message
      .replace(/^\[xmldom [a-z]+\]\s*/i, '')
      .replace(/\s*@#\[line:.*$/s, '')
      .trim();
    const line = where ? Number(where[1]) : 1;
    return { ok: false, issue: issue({ path: '/', line }, 'cjml_xml', { detail: detail || 'unreadable' }) };
  }
  return { ok: true, root };
}

/** Element children, optionally only those with this local name (CJML elements have no namespace). */
export function children(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const child = node as XmlElement;
    const ns = child.namespaceURI;
    if (ns === BORGERBLIK_CJML_NS) continue;
    if (name === undefined || child.localName === name) out.push(child);
  }
  return out;
}

/** The first child with this local name; in the extension namespace when `ext` is set. */
export function child(element: XmlElement, name: string, ext = false): XmlElement | undefined {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const candidate = node as XmlElement;
    const inExt = candidate.namespaceURI === BORGERBLIK_CJML_NS;
    if (inExt === ext && candidate.localName === name) return candidate;
  }
  return undefined;
}

/** Trimmed text of a child element; undefined when absent or blank. */
export function childText(element: XmlElement, name: string, ext = false): string | undefined {
  const found = child(element, name, ext);
  const text = found?.textContent?.trim();
  return text ? text : undefined;
}

/** A trimmed attribute; undefined when absent or blank (CJML-Excel writes `phaseIDref=" "`). */
export function attribute(element: XmlElement, name: string, ext = false): string | undefined {
  const value = ext ? element.getAttributeNS(BORGERBLIK_CJML_NS, name) : element.getAttribute(name);
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Location of a child element under `parent`; `index` (1-based) when the element repeats. */
export function locate(parent: Loc, element: XmlElement, index?: number): Loc {
  const name = element.localName ?? element.nodeName;
  const line = (element as unknown as { lineNumber?: number }).lineNumber ?? parent.line;
  return { path: `${parent.path}/${name}${index === undefined ? '' : `[${index}]`}`, line };
}

/** Location of a missing child (the parent's line). */
export function missing(parent: Loc, name: string): Loc {
  return { path: `${parent.path}/${name}`, line: parent.line };
}
