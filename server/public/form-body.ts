import { ANSWER_PREFIX } from './answers.ts';

/** A survey form POST, split into its control fields and its answers. */
export interface SurveyForm {
  step: number;
  lang: string | undefined;
  channel: 'link' | 'qr';
  nav: 'next' | 'back' | 'submit';
  /**
   * A language chosen with the switch's buttons past the first page (`switch`): the same page again in
   * that language, every answer kept, nothing checked or stored.
   */
  switchTo: string | undefined;
  /** The unit a per-unit link or QR code names (`u`); checked against the survey's units later. */
  unit: string | undefined;
  answers: Record<string, string>;
  /** Fields the form never sends: reported, nothing stored. */
  unknown: string[];
}

const CONTROL = new Set(['step', 'lang', 'c', 'nav', 'u', 'switch']);

/** Parses an application/x-www-form-urlencoded body. A repeated answer field counts as unknown. */
export function parseSurveyForm(body: string): SurveyForm {
  const params = new URLSearchParams(body);
  const form: SurveyForm = {
    step: 0,
    lang: undefined,
    channel: 'link',
    nav: 'submit',
    switchTo: undefined,
    unit: undefined,
    answers: {},
    unknown: [],
  };
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key) && key.startsWith(ANSWER_PREFIX)) form.unknown.push(key);
    seen.add(key);
    if (key.startsWith(ANSWER_PREFIX)) form.answers[key.slice(ANSWER_PREFIX.length)] = value;
    else if (!CONTROL.has(key)) form.unknown.push(key);
  }
  const step = Number(params.get('step') ?? '0');
  form.step = Number.isInteger(step) && step >= 0 && step < 20 ? step : 0;
  form.lang = params.get('lang') ?? undefined;
  form.channel = params.get('c') === 'qr' ? 'qr' : 'link';
  form.unit = params.get('u') ?? undefined;
  form.switchTo = params.get('switch') || undefined;
  const nav = params.get('nav');
  form.nav = nav === 'next' || nav === 'back' ? nav : 'submit';
  return form;
}

/**
 * The unit a response is counted for: the one a per-unit link names if it is among the survey's units
 * (an old poster for a unit since removed counts for the survey as a whole), else the survey's only unit.
 */
export function responseUnit(unitIds: string[], named: string | undefined): string | null {
  return namedUnit(unitIds, named) ?? (unitIds.length === 1 ? (unitIds[0] ?? null) : null);
}

/** The unit a per-unit link names, if it is one of the survey's units; carried from step to step. */
export function namedUnit(unitIds: string[], named: string | undefined): string | null {
  return named && unitIds.includes(named) ? named : null;
}

/** Cookie that marks "this browser session has answered this survey". It holds no personal data. */
export const answeredCookie = (token: string) => `bb_done_${token.slice(0, 12)}`;
