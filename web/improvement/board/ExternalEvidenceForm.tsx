import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { improvementApi } from '../api.ts';
import type { Problem } from '../types.ts';
import { JourneyPainPicker, type PainPick } from './JourneyPainPicker.tsx';

type Kind = 'survey_text' | 'journey_pain';

/** Adds a survey free-text answer or a journey pain point (picked by journey and step name) to a problem. */
export function ExternalEvidenceForm({
  problems,
  onAdd,
}: {
  problems: Problem[];
  onAdd: (input: { kind: Kind; ref: string; problemId: string; label?: string }) => Promise<void>;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('survey_text');
  const [texts, setTexts] = useState<{ ref: string; body: string }[]>([]);
  const [ref, setRef] = useState('');
  const [pick, setPick] = useState<PainPick | null>(null);
  const [label, setLabel] = useState('');
  const [problemId, setProblemId] = useState('');

  useEffect(() => {
    if (kind !== 'survey_text') return;
    const controller = new AbortController();
    improvementApi.surveyTexts({ signal: controller.signal }).then(setTexts, () => {});
    return () => controller.abort();
  }, [kind]);

  if (problems.length === 0) return <p className="muted">{t('improvement.board.noProblems')}</p>;
  const target = problemId || problems[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (kind === 'survey_text') await onAdd({ kind, ref: ref || texts[0]?.ref || '', problemId: target });
    else if (pick) await onAdd({ kind, ref: `${pick.journeyId}:${pick.stepId}`, problemId: target, label });
    setLabel('');
  };

  return (
    <form className="form" onSubmit={submit} aria-labelledby="external-title">
      <h2 id="external-title">{t('improvement.board.external')}</h2>
      <SelectField
        label={t('improvement.board.externalKind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as Kind)}
      >
        <option value="survey_text">{t('improvement.board.kind.survey_text')}</option>
        <option value="journey_pain">{t('improvement.board.kind.journey_pain')}</option>
      </SelectField>
      {kind === 'survey_text' ? (
        <SelectField
          label={t('improvement.board.surveyText')}
          value={ref}
          onChange={(e) => setRef(e.target.value)}
        >
          {texts.map((x) => (
            <option key={x.ref} value={x.ref}>
              {x.body.slice(0, 80)}
            </option>
          ))}
        </SelectField>
      ) : (
        <>
          <JourneyPainPicker
            onPick={(next) => {
              setPick(next);
              setLabel(next?.pain ?? '');
            }}
          />
          <TextField
            label={t('improvement.board.painLabel')}
            value={label}
            required
            maxLength={500}
            onChange={(e) => setLabel(e.target.value)}
          />
        </>
      )}
      <SelectField
        label={t('improvement.board.target')}
        value={target}
        onChange={(e) => setProblemId(e.target.value)}
      >
        {problems.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="btn btn-secondary">
        {t('improvement.board.add')}
      </button>
    </form>
  );
}
