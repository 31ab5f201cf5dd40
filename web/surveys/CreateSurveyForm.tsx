import { type FormEvent, useCallback, useId, useState } from 'react';
import { useLocation } from 'wouter';
import { unitsApi } from '../api/endpoints.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CheckboxField, SelectField, TextField } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { UnitPicker } from '../ui/UnitPicker.tsx';
import { useAsync } from '../ui/useAsync.ts';
import {
  type Channel,
  type NewSurvey,
  type SetKey,
  type SmileyOptions,
  type Survey,
  surveysApi,
} from './api.ts';
import { LanguageChoice } from './LanguageChoice.tsx';
import { LocalQuestionsEditor } from './LocalQuestionsEditor.tsx';

const SETS: SetKey[] = ['coherence', 'psychcost', 'satisfaction'];
const CHANNELS: Channel[] = ['link', 'qr', 'kiosk', 'smiley'];

const toggle = <T,>(list: T[], item: T, on: boolean) =>
  on ? [...list, item] : list.filter((x) => x !== item);

const BLANK: NewSurvey = {
  title: '',
  mode: 'questionnaire',
  languages: ['da'],
  channels: ['link', 'qr'],
  plural: false,
  unitIds: [],
  definition: { sets: ['coherence'], localQuestions: [] },
};

/** The form's fields of an existing draft (pulse rounds are edited in the dialog feature, never here). */
function fromSurvey(s: Survey): NewSurvey {
  return {
    title: s.title,
    mode: s.mode === 'smiley' ? 'smiley' : 'questionnaire',
    languages: s.languages,
    channels: s.channels.filter((c): c is Channel => CHANNELS.includes(c as Channel)),
    plural: s.plural,
    unitIds: s.unitIds,
    definition: {
      sets: s.definition.sets ?? [],
      localQuestions: s.definition.localQuestions ?? [],
      ...(s.definition.smiley ? { smiley: s.definition.smiley } : {}),
    },
  };
}

type Props =
  | { onCreated: () => void; draft?: undefined }
  | { draft: Survey; onSaved: (survey: Survey) => void; onCancel: () => void };

/**
 * A draft survey's title, units, indicator sets, languages and channels: a new draft, or (given
 * `draft`) the same form filled in to change it. The server refuses question changes once it is open.
 */
export function CreateSurveyForm(props: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const [, navigate] = useLocation();
  const headingId = useId();
  const loadUnits = useCallback((signal: AbortSignal) => unitsApi.list(false, { signal }), []);
  const units = useAsync(loadUnits);
  const [form, setForm] = useState<NewSurvey>(() => (props.draft ? fromSurvey(props.draft) : BLANK));
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const setSmiley = (patch: Partial<SmileyOptions>) =>
    setForm((f) => ({
      ...f,
      definition: {
        ...f.definition,
        smiley: { followUp: false, chooseLanguage: false, ...f.definition.smiley, ...patch },
      },
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (props.draft) {
        const saved = await surveysApi.update(props.draft.id, form);
        toast({ message: t('surveys.saved') });
        props.onSaved(saved);
      } else {
        const survey = await surveysApi.create(form);
        toast({ message: t('surveys.created') });
        props.onCreated();
        navigate(`/surveys/${survey.id}`);
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{props.draft ? t('surveys.edit') : t('surveys.new')}</h2>
      {error !== undefined && <ErrorMessage error={error} />}
      <form onSubmit={submit} className="form">
        <TextField
          label={t('surveys.field.title')}
          value={form.title}
          maxLength={200}
          onChange={(e) => setForm({ ...form, title: e.target.value })}
        />
        <SelectField
          label={t('surveys.field.mode')}
          value={form.mode}
          onChange={(e) =>
            setForm({ ...form, mode: e.target.value === 'smiley' ? 'smiley' : 'questionnaire' })
          }
        >
          <option value="questionnaire">{t('surveys.mode.questionnaire')}</option>
          <option value="smiley">{t('surveys.mode.smiley')}</option>
        </SelectField>
        <UnitPicker
          legend={t('surveys.field.units')}
          units={units.data ?? []}
          selected={form.unitIds}
          onChange={(unitIds) => setForm({ ...form, unitIds })}
        />
        {form.mode === 'smiley' && (
          <fieldset className="fieldset">
            <legend>{t('surveys.smileyOptions')}</legend>
            <p className="field-hint">{t('surveys.smileyOneTap')}</p>
            <CheckboxField
              label={t('surveys.smileyChooseLanguage')}
              checked={form.definition.smiley?.chooseLanguage ?? false}
              onChange={(e) => setSmiley({ chooseLanguage: e.target.checked })}
            />
            <CheckboxField
              label={t('surveys.smileyFollowUp')}
              checked={form.definition.smiley?.followUp ?? false}
              onChange={(e) => setSmiley({ followUp: e.target.checked })}
            />
          </fieldset>
        )}
        {form.mode === 'questionnaire' && (
          <fieldset className="fieldset">
            <legend>{t('surveys.field.sets')}</legend>
            {SETS.map((s) => (
              <CheckboxField
                key={s}
                label={t(`surveys.set.${s}`)}
                checked={form.definition.sets.includes(s)}
                onChange={(e) =>
                  setForm({
                    ...form,
                    definition: {
                      ...form.definition,
                      sets: SETS.filter((x) =>
                        x === s ? e.target.checked : form.definition.sets.includes(x),
                      ),
                    },
                  })
                }
              />
            ))}
          </fieldset>
        )}
        {form.mode === 'questionnaire' && (
          <LocalQuestionsEditor
            value={form.definition.localQuestions}
            onChange={(localQuestions) =>
              setForm({ ...form, definition: { ...form.definition, localQuestions } })
            }
          />
        )}
        <LanguageChoice value={form.languages} onChange={(languages) => setForm({ ...form, languages })} />
        <fieldset className="fieldset">
          <legend>{t('surveys.field.channels')}</legend>
          {CHANNELS.map((c) => (
            <CheckboxField
              key={c}
              label={t(`surveys.channel.${c}`)}
              checked={form.channels.includes(c)}
              onChange={(e) => setForm({ ...form, channels: toggle(form.channels, c, e.target.checked) })}
            />
          ))}
        </fieldset>
        <CheckboxField
          label={t('surveys.field.plural')}
          checked={form.plural}
          onChange={(e) => setForm({ ...form, plural: e.target.checked })}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.saving') : props.draft ? t('surveys.save') : t('surveys.create')}
          </button>
          {props.draft && (
            <button type="button" className="btn btn-secondary" onClick={props.onCancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
