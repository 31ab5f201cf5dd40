import { type FormEvent, useState } from 'react';
import type { Unit } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { CheckboxField, SelectField, TextField } from '../../ui/Field.tsx';
import { useErrorText } from '../../ui/Status.tsx';
import { UnitChoice } from '../../ui/UnitChoice.tsx';
import type { improvementApi } from '../api.ts';
import type { InterviewRole } from '../types.ts';
import { TextAreaField } from '../ui/TextAreaField.tsx';
import { parseNotes } from './notes-import.ts';

type NewInterview = Parameters<typeof improvementApi.createInterview>[0];
const ROLES: InterviewRole[] = ['citizen', 'relative', 'employee'];

/** A new interview. No name field on purpose; consent is required before anything is saved. */
export function InterviewForm({
  units,
  onSave,
}: {
  units: Unit[];
  onSave: (input: NewInterview) => Promise<void>;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [role, setRole] = useState<InterviewRole>('citizen');
  const [unitId, setUnitId] = useState('');
  const [heldAt, setHeldAt] = useState(() => new Date().toISOString().slice(0, 10));
  const [profession, setProfession] = useState('');
  const [consent, setConsent] = useState(false);
  const [guide, setGuide] = useState('');
  const [notes, setNotes] = useState('');
  const [quotes, setQuotes] = useState('');
  const [message, setMessage] = useState('');

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseNotes(await file.text());
    setNotes((n) => [n, parsed.notes].filter(Boolean).join('\n\n'));
    setQuotes((q) => [q, ...parsed.quotes].filter(Boolean).join('\n'));
    setMessage(t('improvement.interviews.imported', { count: parsed.quotes.length }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSave({
        unitId: unitId || null,
        heldAt,
        role,
        profession: role === 'employee' && profession.trim() ? profession.trim() : null,
        consent,
        guide,
        notes,
        quotes: quotes
          .split('\n')
          .map((q) => q.trim())
          .filter(Boolean),
      });
      setNotes('');
      setQuotes('');
      setConsent(false);
      setMessage('');
    } catch (error) {
      setMessage(errorText(error));
    }
  };

  return (
    <form className="form" onSubmit={submit} aria-labelledby="new-interview">
      <h2 id="new-interview">{t('improvement.interviews.new')}</h2>
      <TextField
        label={t('improvement.interviews.heldAt')}
        type="date"
        value={heldAt}
        onChange={(e) => setHeldAt(e.target.value)}
      />
      <UnitChoice
        label={t('improvement.observe.unit')}
        units={units}
        value={unitId}
        noneLabel={t('improvement.interviews.noUnit')}
        onChange={(id) => setUnitId(id ?? '')}
      />
      <SelectField
        label={t('improvement.interviews.role')}
        value={role}
        onChange={(e) => setRole(e.target.value as InterviewRole)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`improvement.interviews.role.${r}`)}
          </option>
        ))}
      </SelectField>
      {role === 'employee' && (
        <TextField
          label={t('improvement.interviews.profession')}
          hint={t('improvement.interviews.professionHint')}
          value={profession}
          onChange={(e) => setProfession(e.target.value)}
        />
      )}
      <TextField
        label={t('improvement.interviews.import')}
        hint={t('improvement.interviews.importHint')}
        optional
        type="file"
        accept=".txt,.md,text/plain,text/markdown"
        onChange={(e) => void importFile(e.target.files?.[0])}
      />
      <TextAreaField
        label={t('improvement.interviews.guide')}
        optional
        value={guide}
        onChange={(e) => setGuide(e.target.value)}
      />
      <TextAreaField
        label={t('improvement.interviews.notes')}
        hint={t('improvement.observe.whatHint')}
        optional
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        rows={6}
      />
      <TextAreaField
        label={t('improvement.interviews.quotes')}
        optional
        value={quotes}
        onChange={(e) => setQuotes(e.target.value)}
      />
      <CheckboxField
        label={t('improvement.interviews.consent')}
        checked={consent}
        onChange={(e) => setConsent(e.target.checked)}
        required
      />
      {message && (
        <p role="status" className="note">
          {message}
        </p>
      )}
      <button type="submit" className="btn btn-primary">
        {t('improvement.interviews.save')}
      </button>
    </form>
  );
}
