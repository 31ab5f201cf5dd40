import { type FormEvent, useState } from 'react';
import { OBSERVATION_CATEGORIES, type ObservationCategory } from '../../../shared/evaluation/categories.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { CheckboxField, TextField } from '../../ui/Field.tsx';
import { splitList, TextAreaField } from '../ui/TextAreaField.tsx';

export interface QuickObservation {
  category: ObservationCategory;
  what: string;
  citizens: number;
  severity: number;
  tags: string[];
  photo: File | null;
}

/**
 * One observation in a few taps: a category button, a sentence, optional details. The category buttons
 * are radio buttons underneath, so arrow keys and screen readers treat them as one choice.
 */
export function QuickAddForm({ onAdd }: { onAdd: (o: QuickObservation) => Promise<void> }) {
  const { t } = useI18n();
  const [category, setCategory] = useState<ObservationCategory>('arrival');
  const [what, setWhat] = useState('');
  const [citizens, setCitizens] = useState('1');
  const [severity, setSeverity] = useState(1);
  const [tags, setTags] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [noFaces, setNoFaces] = useState(false);
  const [photoKey, setPhotoKey] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onAdd({
      category,
      what,
      citizens: Math.max(0, Number(citizens) || 0),
      severity,
      tags: splitList(tags),
      photo: noFaces ? photo : null,
    });
    setWhat('');
    setTags('');
    setPhoto(null);
    setNoFaces(false);
    setPhotoKey((k) => k + 1);
  };

  return (
    <form className="form improvement-quick" onSubmit={submit} aria-label={t('improvement.observe.add')}>
      <fieldset className="fieldset">
        <legend className="field-label">{t('improvement.observe.categories')}</legend>
        <div className="improvement-categories">
          {OBSERVATION_CATEGORIES.map((c) => (
            <label key={c} className={`improvement-category${category === c ? ' is-selected' : ''}`}>
              <input
                type="radio"
                name="category"
                value={c}
                checked={category === c}
                onChange={() => setCategory(c)}
              />
              {t(`improvement.category.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label={t('improvement.observe.what')}
        hint={t('improvement.observe.whatHint')}
        value={what}
        onChange={(e) => setWhat(e.target.value)}
        rows={3}
        maxLength={2000}
      />
      <div className="improvement-row">
        <TextField
          label={t('improvement.observe.citizens')}
          type="number"
          inputMode="numeric"
          min={0}
          max={500}
          value={citizens}
          onChange={(e) => setCitizens(e.target.value)}
        />
        <fieldset className="fieldset">
          <legend className="field-label">{t('improvement.observe.severity')}</legend>
          {[1, 2, 3].map((s) => (
            <label key={s} className="improvement-inline">
              <input type="radio" name="severity" checked={severity === s} onChange={() => setSeverity(s)} />
              {t(
                s === 1
                  ? 'improvement.observe.severity.1'
                  : s === 2
                    ? 'improvement.observe.severity.2'
                    : 'improvement.observe.severity.3',
              )}
            </label>
          ))}
        </fieldset>
      </div>
      <TextField
        label={t('improvement.observe.tags')}
        hint={t('improvement.observe.tagsHint')}
        optional
        value={tags}
        onChange={(e) => setTags(e.target.value)}
      />
      <TextField
        key={photoKey}
        label={t('improvement.observe.photo')}
        hint={t('improvement.observe.photoHint')}
        optional
        type="file"
        accept="image/jpeg,image/png,image/webp"
        capture="environment"
        onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
      />
      {photo && (
        <CheckboxField
          label={t('improvement.observe.noFaces')}
          hint={t('improvement.observe.noFacesRequired')}
          checked={noFaces}
          onChange={(e) => setNoFaces(e.target.checked)}
        />
      )}
      <button type="submit" className="btn btn-primary btn-block">
        {t('improvement.observe.save')}
      </button>
    </form>
  );
}
