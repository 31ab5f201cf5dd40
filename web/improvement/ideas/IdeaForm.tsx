import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import type { Idea, Problem } from '../types.ts';
import { splitList, TextAreaField } from '../ui/TextAreaField.tsx';

/** A new idea: what, who proposed it (professions), effort/impact and the problems it addresses. */
export function IdeaForm({
  problems,
  onSave,
}: {
  problems: Problem[];
  onSave: (idea: Partial<Idea> & { title: string }) => Promise<void>;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [professions, setProfessions] = useState('');
  const [effort, setEffort] = useState(2);
  const [impact, setImpact] = useState(2);
  const [problemIds, setProblemIds] = useState<string[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onSave({ title, description, professions: splitList(professions), effort, impact, problemIds });
    setTitle('');
    setDescription('');
    setProblemIds([]);
  };
  const level = (value: number, set: (n: number) => void, label: string) => (
    <SelectField label={label} value={String(value)} onChange={(e) => set(Number(e.target.value))}>
      <option value="1">{t('improvement.ideas.level.1')}</option>
      <option value="2">{t('improvement.ideas.level.2')}</option>
      <option value="3">{t('improvement.ideas.level.3')}</option>
    </SelectField>
  );

  return (
    <form className="form" onSubmit={submit} aria-labelledby="new-idea">
      <h2 id="new-idea">{t('improvement.ideas.new')}</h2>
      <TextField
        label={t('improvement.ideas.ideaTitle')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={200}
      />
      <TextAreaField
        label={t('improvement.ideas.description')}
        optional
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <TextField
        label={t('improvement.ideas.professions')}
        hint={t('improvement.ideas.professionsHint')}
        optional
        value={professions}
        onChange={(e) => setProfessions(e.target.value)}
      />
      <div className="improvement-row">
        {level(effort, setEffort, t('improvement.ideas.effort'))}
        {level(impact, setImpact, t('improvement.ideas.impact'))}
      </div>
      {problems.length > 0 && (
        <fieldset className="fieldset">
          <legend className="field-label">{t('improvement.ideas.problems')}</legend>
          {problems.map((p) => (
            <label key={p.id} className="improvement-inline" style={{ display: 'flex' }}>
              <input
                type="checkbox"
                checked={problemIds.includes(p.id)}
                onChange={(e) =>
                  setProblemIds((ids) => (e.target.checked ? [...ids, p.id] : ids.filter((x) => x !== p.id)))
                }
              />
              {p.title}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" className="btn btn-primary">
        {t('improvement.ideas.save')}
      </button>
    </form>
  );
}
