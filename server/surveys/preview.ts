import type { Kysely } from 'kysely';
import type { Locale } from '../../shared/indicators/index.ts';
import { screenText } from '../../shared/screening/index.ts';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { knownAnswers, parseAnswers } from '../public/answers.ts';
import { namedUnit, parseSurveyForm } from '../public/form-body.ts';
import { esc, page } from '../public/html.ts';
import { loadCitizenLanguage, pickLanguage, surveyLanguages } from '../public/languages.ts';
import { renderForm } from '../public/render-form.ts';
import { findSurveyByToken } from '../public/repository.ts';
import { smileyQuestions } from '../smiley/questions.ts';
import type { CitizenLanguage } from '../translations/citizen-language.ts';
import { type Question, stepCount, surveyQuestions } from './definition.ts';
import { previewText } from './preview-texts.ts';
import { findSurvey } from './repository.ts';

type Db = Kysely<Database>;

/** The staff preview's address: the form is sent back here with GET (test mode). */
export const previewPath = (surveyId: string) => `/api/v1/surveys/${surveyId}/preview`;

/**
 * The citizen's page of a survey in any status (draft, open, closed), rendered by the citizen page's own
 * code, for a staff member. Submitting it is test mode: the answers are checked exactly as a citizen's
 * and shown back, but nothing is written anywhere, so they cannot be counted in the dashboard, exports,
 * roll-ups or evaluations. Undefined when the survey is not the caller's.
 */
export async function previewPage(
  db: Db,
  tenant: Tenant,
  surveyId: string,
  query: Record<string, string>,
  negotiated: Locale,
): Promise<string | undefined> {
  const row = await findSurvey(db, tenant, surveyId);
  if (!row) return undefined;
  const survey = await findSurveyByToken(db, row.public_token);
  if (!survey) return undefined;
  const questions =
    survey.mode === 'smiley' ? smileyQuestions() : surveyQuestions(survey.definition, survey.plural);
  const form = parseSurveyForm(new URLSearchParams(query).toString());
  // The citizen page's own choice of language (the switch's button, explicit, then the staff member's).
  const chosen = form.switchTo && surveyLanguages(survey).includes(form.switchTo) ? form.switchTo : undefined;
  const lang = await loadCitizenLanguage(
    db,
    survey,
    pickLanguage(survey, { explicit: chosen ?? form.lang ?? undefined, acceptLanguage: negotiated }),
  );
  const started = 'nav' in query || form.switchTo !== undefined;
  const total = stepCount(questions);
  const step = Math.min(form.step, total - 1);
  const finishing = started && (form.nav === 'submit' || (form.nav === 'next' && step >= total - 1));
  const requiredUpTo = !started || form.nav === 'back' ? -1 : finishing ? total - 1 : step;
  const { answers, problems } = parseAnswers(questions, form.answers, requiredUpTo);
  for (const field of form.unknown) problems.unshift({ field, problem: 'unknownField' });
  const render = (atStep: number, shown: typeof problems, raw = started ? form.answers : {}) =>
    renderForm({
      survey,
      questions,
      step: atStep,
      lang,
      channel: form.channel,
      unit: namedUnit(survey.unitIds, form.unit),
      raw,
      problems: shown,
      previewAction: previewPath(surveyId),
    });
  if (!started) return render(0, []);
  // A language switch past the first page: the same step in that language, answers kept, no errors.
  if (form.switchTo !== undefined) return render(step, [], knownAnswers(questions, form.answers));
  if (problems.length) {
    const first = problems
      .map((p) => questions.find((q) => q.id === p.field)?.step)
      .find((s) => s !== undefined);
    return render(first ?? step, problems);
  }
  if (form.nav === 'back') return render(Math.max(0, step - 1), []);
  if (!finishing) return render(step + 1, []);
  return receipt(survey.title, survey.municipality_name, lang, questions, answers, surveyId);
}

/** The test-mode "thank you": what would have been recorded, free text as screened before storing. */
function receipt(
  title: string,
  municipality: string,
  lang: CitizenLanguage,
  questions: Question[],
  answers: ReturnType<typeof parseAnswers>['answers'],
  surveyId: string,
): string {
  const locale: Locale = lang.chrome;
  const tx = previewText(locale);
  const rows = answers.map((a) => {
    const q = questions.find((x) => x.id === a.id);
    const label = q ? lang.text(q.textKey, undefined, q.text) : a.id;
    let value: string;
    if (a.kind === 'text') value = screenText(a.body, locale).text;
    else if (a.dontKnow) value = tx.dk;
    else if (q?.kind === 'choice') value = q.options?.[(a.value ?? 1) - 1]?.label(locale) ?? String(a.value);
    else value = q?.scale?.points.find((p) => p.value === a.value)?.label[locale] ?? String(a.value);
    return `<tr><th scope="row">${esc(label)}</th><td>${esc(value)}</td></tr>`;
  });
  const table = rows.length
    ? `<table class="receipt"><tbody>${rows.join('')}</tbody></table>`
    : `<p>${esc(tx.none)}</p>`;
  return page({
    lang,
    title,
    municipality,
    body: `<h1>${esc(tx.title)}</h1><p role="status">${esc(tx.body)}</p>${table}<p><a href="${esc(`${previewPath(surveyId)}?lang=${lang.tag}`)}">${esc(tx.again)}</a></p>`,
  });
}
