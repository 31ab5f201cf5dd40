import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CheckboxField, SelectField, TextField } from '../ui/Field.tsx';
import type { LocalQuestionInput } from './api.ts';

/** The server's limit (shared/indicators MAX_LOCAL_QUESTIONS); the server enforces it too. */
const MAX_LOCAL = 10;
type Kind = LocalQuestionInput['type'];

/** Adds the municipality's own questions (scale, single choice, free text) after the locked built-in items. */
export function LocalQuestionsEditor({
  value,
  onChange,
}: {
  value: LocalQuestionInput[];
  onChange: (next: LocalQuestionInput[]) => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('free_text');
  const [da, setDa] = useState('');
  const [en, setEn] = useState('');
  const [options, setOptions] = useState('');
  const [required, setRequired] = useState(false);

  const add = () => {
    if (!da.trim() || value.length >= MAX_LOCAL) return;
    const text = { da: da.trim(), ...(en.trim() ? { en: en.trim() } : {}) };
    const id = `local.q${Date.now().toString(36)}`;
    const labels = options
      .split(';')
      .map((o) => o.trim())
      .filter(Boolean);
    const question: LocalQuestionInput =
      kind === 'scale'
        ? { id, type: 'scale', scaleId: 'agree5', text, required }
        : kind === 'single_choice'
          ? {
              id,
              type: 'single_choice',
              text,
              required,
              options: labels.map((label, i) => ({ key: `o${i + 1}`, label: { da: label } })),
            }
          : { id, type: 'free_text', text, required };
    onChange([...value, question]);
    setDa('');
    setEn('');
    setOptions('');
  };

  return (
    <fieldset className="fieldset">
      <legend>{t('surveys.local.title', { max: MAX_LOCAL })}</legend>
      <ul>
        {value.map((q) => (
          <li key={q.id}>
            {q.text.da} <span className="muted">({t(`surveys.local.${q.type}`)})</span>{' '}
            <button
              type="button"
              className="btn btn-link"
              onClick={() => onChange(value.filter((x) => x.id !== q.id))}
            >
              {t('surveys.local.remove')}
              <span className="visually-hidden"> {q.text.da}</span>
            </button>
          </li>
        ))}
      </ul>
      <SelectField
        label={t('surveys.local.type')}
        value={kind}
        onChange={(e) => setKind(e.target.value as Kind)}
      >
        <option value="free_text">{t('surveys.local.free_text')}</option>
        <option value="scale">{t('surveys.local.scale')}</option>
        <option value="single_choice">{t('surveys.local.single_choice')}</option>
      </SelectField>
      <TextField
        label={t('surveys.local.textDa')}
        optional
        value={da}
        maxLength={300}
        onChange={(e) => setDa(e.target.value)}
      />
      <TextField
        label={t('surveys.local.textEn')}
        optional
        value={en}
        maxLength={300}
        onChange={(e) => setEn(e.target.value)}
      />
      {kind === 'single_choice' && (
        <TextField
          label={t('surveys.local.options')}
          optional
          value={options}
          onChange={(e) => setOptions(e.target.value)}
        />
      )}
      <CheckboxField
        label={t('surveys.local.required')}
        checked={required}
        onChange={(e) => setRequired(e.target.checked)}
      />
      <button type="button" className="btn btn-secondary" onClick={add} disabled={value.length >= MAX_LOCAL}>
        {t('surveys.local.add')}
      </button>
    </fieldset>
  );
}
