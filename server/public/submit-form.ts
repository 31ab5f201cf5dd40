import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SMILEY_FACES, type SmileyFace } from '../../shared/indicators/index.ts';
import { FACE_ITEM, REASON_ITEM } from '../smiley/questions.ts';
import { recordPress } from '../smiley/service.ts';
import { type Question, stepCount } from '../surveys/definition.ts';
import type { CitizenLanguage } from '../translations/citizen-language.ts';
import { questionnaireStatus } from '../translations/citizen-language.ts';
import { type AnswerProblem, knownAnswers, parseAnswers } from './answers.ts';
import { channelAllowed, channelClosedPage } from './channel.ts';
import { answeredCookie, namedUnit, parseSurveyForm, responseUnit } from './form-body.ts';
import { rememberLanguage, surveyLanguages } from './languages.ts';
import { renderForm } from './render-form.ts';
import type { PublicSurvey } from './repository.ts';
import { sendHtml } from './send-html.ts';
import { submitResponse } from './service.ts';

interface Open {
  survey: PublicSurvey;
  questions: Question[];
  languageFor: (explicit: string | undefined) => Promise<CitizenLanguage>;
}

const stepOf = (questions: Question[], p: AnswerProblem) => questions.find((q) => q.id === p.field)?.step;

/**
 * A plain form POST: "back" and "next" re-render a step with the answers so far carried in hidden
 * fields; the last step stores the response and redirects to the thank-you page (POST/redirect/GET).
 * Anything malformed answers 400 with the field named, and nothing is stored. A language switch (a
 * button of this form past the first page) re-renders the same step in the chosen language with every
 * answer kept: no checks, no errors, nothing stored.
 */
export async function submitForm(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  open: Open,
) {
  const { survey, questions } = open;
  const form = parseSurveyForm(String(request.body));
  // The switch's buttons send the survey's own (canonical) tags; anything else keeps the page's language.
  const chosen = form.switchTo && surveyLanguages(survey).includes(form.switchTo) ? form.switchTo : undefined;
  const lang = await open.languageFor(chosen ?? form.lang);
  const token = survey.public_token;
  if (!channelAllowed(survey, form.channel))
    return sendHtml(reply, 404, channelClosedPage(lang, survey.municipality_name), lang);
  const unitId = responseUnit(survey.unitIds, form.unit);
  const total = stepCount(questions);
  const step = Math.min(form.step, total - 1);
  const render = (status: number, atStep: number, shown: AnswerProblem[], raw = form.answers) =>
    sendHtml(
      reply,
      status,
      renderForm({
        survey,
        questions,
        step: atStep,
        lang,
        channel: form.channel,
        unit: namedUnit(survey.unitIds, form.unit),
        raw,
        problems: shown,
      }),
      lang,
    );
  if (form.switchTo !== undefined) {
    if (chosen === lang.tag) rememberLanguage(reply, lang.tag, app.config.secureCookies);
    return render(200, step, [], knownAnswers(questions, form.answers));
  }

  const finishing = form.nav === 'submit' || (form.nav === 'next' && step >= total - 1);
  const requiredUpTo = form.nav === 'back' ? -1 : finishing ? total - 1 : step;
  const { answers, problems } = parseAnswers(questions, form.answers, requiredUpTo);
  for (const field of form.unknown) problems.unshift({ field, problem: 'unknownField' });
  if (problems.length) {
    const first = problems.map((p) => stepOf(questions, p)).find((s) => s !== undefined) ?? step;
    return render(400, first, problems);
  }
  if (form.nav === 'back') return render(200, Math.max(0, step - 1), []);
  if (!finishing) return render(200, step + 1, []);

  const cookie = answeredCookie(token);
  if (!request.cookies[cookie]) {
    if (survey.mode === 'smiley') {
      const face = form.answers[FACE_ITEM] as SmileyFace;
      if (SMILEY_FACES.includes(face)) {
        const reason = form.answers[REASON_ITEM] || null;
        const tenant = { municipalityId: survey.municipality_id };
        await recordPress(
          app.db,
          tenant,
          { surveyId: survey.id, unitId, face, reason, language: lang.tag, idempotencyKey: null },
          request.log,
        );
      }
    } else if (answers.length > 0) {
      // An empty form carries nothing to count; thank the citizen but store no empty row.
      await submitResponse(app.responses, survey, {
        channel: form.channel,
        language: lang.tag,
        translationStatus: questionnaireStatus(lang, questions),
        answers,
        idempotencyKey: null,
        unitId,
      });
    }
  }
  // A session cookie scoped to this survey's address: "this browser has answered", nothing more.
  reply.setCookie(cookie, '1', {
    path: `/s/${token}`,
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.secureCookies,
  });
  return reply
    .status(303)
    .header('location', `/s/${token}/thanks?lang=${encodeURIComponent(lang.tag)}`)
    .send();
}
