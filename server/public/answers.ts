import type { Question } from '../surveys/definition.ts';

/** A validated answer, ready to store. */
export type ParsedAnswer =
  | { id: string; kind: 'value'; value: number | null; dontKnow: boolean }
  | { id: string; kind: 'text'; body: string };

/** What is wrong with one field; rendered in the respondent's language. */
export interface AnswerProblem {
  field: string;
  problem: 'invalidValue' | 'unknownField' | 'tooLong' | 'required';
  max?: number;
}

export const ANSWER_PREFIX = 'a.';

/**
 * Checks raw answers (item id → submitted string) against the survey's questions. Unknown items, values
 * off the scale, unknown options and over-long texts are problems; empty answers are skipped. With
 * `requiredUpTo`, required questions on steps up to it must be answered.
 */
export function parseAnswers(
  questions: readonly Question[],
  raw: Readonly<Record<string, string>>,
  requiredUpTo = -1,
): { answers: ParsedAnswer[]; problems: AnswerProblem[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers: ParsedAnswer[] = [];
  const problems: AnswerProblem[] = [];
  for (const [id, value] of Object.entries(raw)) {
    const q = byId.get(id);
    if (!q) {
      problems.push({ field: id, problem: 'unknownField' });
      continue;
    }
    if (q.kind === 'text') {
      const body = value.trim();
      if (body.length > (q.maxLength ?? 2000))
        problems.push({ field: id, problem: 'tooLong', max: q.maxLength ?? 2000 });
      else if (body) answers.push({ id, kind: 'text', body });
      continue;
    }
    if (value === '') continue;
    if (value === 'dk' && q.kind === 'scale') {
      answers.push({ id, kind: 'value', value: null, dontKnow: true });
      continue;
    }
    const n = q.kind === 'choice' ? (q.options ?? []).findIndex((o) => o.key === value) + 1 : Number(value);
    const valid =
      q.kind === 'choice'
        ? n > 0
        : /^\d{1,2}$/.test(value) && (q.scale?.points ?? []).some((p) => p.value === n);
    if (valid) answers.push({ id, kind: 'value', value: n, dontKnow: false });
    else problems.push({ field: id, problem: 'invalidValue' });
  }
  const answered = new Set(answers.map((a) => a.id));
  for (const q of questions) {
    if (
      q.required &&
      q.step <= requiredUpTo &&
      !answered.has(q.id) &&
      !problems.some((p) => p.field === q.id)
    ) {
      problems.push({ field: q.id, problem: 'required' });
    }
  }
  return { answers, problems };
}

/**
 * The raw answers that belong to the survey's questions, unchecked: what a language switch carries to
 * the re-rendered page. A field the form never sends is dropped, not reported (a switch shows no errors);
 * a bad value stays and is reported when the citizen moves on.
 */
export function knownAnswers(
  questions: readonly Question[],
  raw: Readonly<Record<string, string>>,
): Record<string, string> {
  const ids = new Set(questions.map((q) => q.id));
  return Object.fromEntries(Object.entries(raw).filter(([id]) => ids.has(id)));
}
