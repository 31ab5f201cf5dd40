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
  // One pass; a control field's first value counts (as URLSearchParams.get would).
  const control = new Map<string, string>();
  for (const [key, value] of params) {
    if (key.startsWith(ANSWER_PREFIX)) {
      if (seen.has(key)) form.unknown.push(key);
      seen.add(key);
      form.answers[key.slice(ANSWER_PREFIX.length)] = value;
    } else if (!CONTROL.has(key)) form.unknown.push(key);
    else if (!control.has(key)) control.set(key, value);
  }
  const step = Number(control.get('step') ?? '0');
  form.step = Number.isInteger(step) && step >= 0 && step < 20 ? step : 0;
  form.lang = control.get('lang');
  form.channel = control.get('c') === 'qr' ? 'qr' : 'link';
  form.unit = control.get('u');
  form.switchTo = control.get('switch') || undefined;
  const nav = control.get('nav');
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
