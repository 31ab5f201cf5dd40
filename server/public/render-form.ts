import { getIndicatorSet } from '../../shared/indicators/index.ts';
import { type Question, stepCount, stepSetKey } from '../surveys/definition.ts';
import { scaleKey, setKey as setKeyOf } from '../translations/builtin-source.ts';
import type { CitizenLanguage } from '../translations/citizen-language.ts';
import { ANSWER_PREFIX, type AnswerProblem } from './answers.ts';
import { esc, page } from './html.ts';
import { surveyLanguages } from './languages.ts';
import type { PublicSurvey } from './repository.ts';

export interface FormState {
  survey: PublicSurvey;
  questions: Question[];
  step: number;
  lang: CitizenLanguage;
  channel: 'link' | 'qr';
  /** The unit of a per-unit link, already checked against the survey's units. */
  unit: string | null;
  /** Answers given so far (item id → value), carried across steps in hidden fields. */
  raw: Record<string, string>;
  problems: AnswerProblem[];
  /**
   * Staff preview and test mode: the form is sent with GET to this address instead of POST to the
   * citizen's, so a test answer never reaches the submit path (nothing is stored or counted).
   */
  previewAction?: string;
}

/** The survey form's id: the language switch's buttons (in the page header) belong to it. */
const FORM_ID = 'survey';

const qid = (id: string) => `q-${id.replaceAll('.', '-')}`;

function problemText(lang: CitizenLanguage, p: AnswerProblem): string {
  if (p.problem === 'unknownField') return lang.text('page.unknownField', { field: p.field });
  if (p.problem === 'tooLong')
    return lang.text('page.tooLong', {
      max: new Intl.NumberFormat(lang.tag, { useGrouping: false }).format(p.max ?? 0),
    });
  return lang.text(`page.${p.problem}`);
}

/** The survey's title in the language (the municipality may translate it; else its own title). */
export const surveyTitle = (s: { survey: PublicSurvey; lang: CitizenLanguage }) =>
  s.lang.text('title', undefined, () => s.survey.title);

function radio(q: Question, value: string, label: string, checked: boolean, extraClass = ''): string {
  const id = `${qid(q.id)}-${value}`;
  return `<div class="opt${extraClass}"><input type="radio" id="${id}" name="${ANSWER_PREFIX}${esc(q.id)}" value="${esc(value)}"${checked ? ' checked' : ''}><label for="${id}">${esc(label)}</label></div>`;
}

function renderQuestion(s: FormState, q: Question, n: number): string {
  const current = s.raw[q.id] ?? '';
  const problem = s.problems.find((p) => p.field === q.id);
  const errId = `${qid(q.id)}-err`;
  const err = problem ? `<p class="err" id="${errId}">${esc(problemText(s.lang, problem))}</p>` : '';
  const req = q.required ? '' : ` <span class="opt-mark">${esc(s.lang.text('page.optional'))}</span>`;
  const num = new Intl.NumberFormat(s.lang.tag).format(n);
  const text = `${esc(num)}. ${esc(s.lang.text(q.textKey, undefined, q.text))}`;
  if (q.kind === 'text') {
    const described = problem ? `${errId} ${qid(q.id)}-hint` : `${qid(q.id)}-hint`;
    return `<div class="q${problem ? ' invalid' : ''}" id="${qid(q.id)}"><label for="${qid(q.id)}-in">${text}${req}</label>
<p class="hint" id="${qid(q.id)}-hint">${esc(s.lang.text('page.textHint'))}</p>${err}
<textarea id="${qid(q.id)}-in" name="${ANSWER_PREFIX}${esc(q.id)}" rows="4" maxlength="${q.maxLength ?? 2000}" aria-describedby="${described}">${esc(current)}</textarea></div>`;
  }
  const scale = q.scale;
  // Every point carries its own label, so the positive end is named, never implied by position (in
  // a right-to-left page the list runs the other way round).
  const opts = scale
    ? [
        ...scale.points.map((p) =>
          radio(
            q,
            String(p.value),
            s.lang.text(scaleKey(scale.id, String(p.value)), undefined, (l) => p.label[l]),
            current === String(p.value),
          ),
        ),
        radio(
          q,
          'dk',
          s.lang.text(scaleKey(scale.id, 'dk'), undefined, (l) => scale.dontKnow[l]),
          current === 'dk',
          ' dk',
        ),
      ]
    : (q.options ?? []).map((o) =>
        radio(q, o.key, s.lang.text(o.textKey, undefined, o.label), current === o.key),
      );
  const describedBy = problem ? ` aria-describedby="${errId}"` : '';
  return `<fieldset class="q${problem ? ' invalid' : ''}" id="${qid(q.id)}"${describedBy}><legend>${text}${req}</legend>${err}<div class="opts">${opts.join('')}</div></fieldset>`;
}

/** The survey form for one step: progress, error summary, questions, and earlier answers in hidden fields. */
export function renderForm(s: FormState): string {
  const total = stepCount(s.questions);
  const setKey = stepSetKey(s.survey.definition, s.step);
  const heading = setKey
    ? s.lang.text(setKeyOf(setKey), undefined, (l) => getIndicatorSet(setKey).name[l])
    : s.lang.text('page.localHeading');
  const onStep = s.questions.filter((q) => q.step === s.step);
  const hidden = Object.entries(s.raw)
    .filter(([id]) => !onStep.some((q) => q.id === id))
    .map(([id, v]) => `<input type="hidden" name="${ANSWER_PREFIX}${esc(id)}" value="${esc(v)}">`)
    .join('');
  const summary = s.problems.length
    ? `<div class="errors" role="alert" tabindex="-1" id="errors"><h2>${esc(s.lang.plural('page.errorsTitle', s.problems.length))}</h2><ul>${s.problems
        .map(
          (p) =>
            `<li><a href="#${s.questions.some((q) => q.id === p.field) ? qid(p.field) : 'main'}">${esc(problemText(s.lang, p))}</a></li>`,
        )
        .join('')}</ul></div>`
    : '';
  const first = s.questions.findIndex((q) => q.step === s.step);
  const last = s.step >= total - 1;
  const action = s.previewAction ? esc(s.previewAction) : `/s/${esc(s.survey.public_token)}`;
  const method = s.previewAction ? 'get' : 'post';
  const unitField = s.unit ? `<input type="hidden" name="u" value="${esc(s.unit)}">` : '';
  const fmt = new Intl.NumberFormat(s.lang.tag);
  const forward = {
    name: 'nav',
    value: last ? 'submit' : 'next',
    label: s.lang.text(last ? 'page.submit' : 'page.next'),
  };
  const title = surveyTitle(s);
  const body = `<h1>${esc(title)}</h1>
${s.step === 0 ? `<p class="intro">${esc(s.lang.text('page.intro'))}</p>` : ''}
<div class="progress"><p id="progress-label">${esc(s.lang.text('page.progress', { step: fmt.format(s.step + 1), total: fmt.format(total) }))}</p><progress max="${total}" value="${s.step + 1}" aria-labelledby="progress-label"></progress></div>
${summary}
<form id="${FORM_ID}" method="${method}" action="${action}"><input type="hidden" name="step" value="${s.step}"><input type="hidden" name="lang" value="${esc(s.lang.tag)}"><input type="hidden" name="c" value="${s.channel}">${unitField}${hidden}
<h2>${esc(heading)}</h2>${onStep.map((q, i) => renderQuestion(s, q, first + i + 1)).join('\n')}
<div class="nav"><button type="submit" name="nav" value="${forward.value}">${esc(forward.label)}</button>${s.step > 0 ? `<button type="submit" name="nav" value="back" class="secondary">${esc(s.lang.text('page.back'))}</button>` : ''}</div></form>`;
  const switchTo = surveyLanguages(s.survey).map((l) => ({
    tag: l,
    href: `${action}?lang=${encodeURIComponent(l)}${s.channel === 'qr' ? '&c=qr' : ''}${s.unit ? `&u=${encodeURIComponent(s.unit)}` : ''}`,
  }));
  return page({
    lang: s.lang,
    title,
    municipality: s.survey.municipality_name,
    switchTo,
    // Past the first page a link would start over and lose the answers: the switch submits the form.
    ...(s.step > 0 ? { switchForm: { id: FORM_ID, defaultSubmit: forward } } : {}),
    body,
    hasQuestions: true,
  });
}
