import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/errors.ts';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { journeysApi } from './api.ts';

/**
 * Imports an exported JSON file as a new journey. The server parses it, so bad JSON, unknown actors
 * and oversized journeys come back as one list of problems, each naming its path in the file.
 */
export function ImportButton({ units }: { units: Unit[] }) {
  const { t } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const toast = useToast();
  const errorText = useErrorText();
  const [owner, setOwner] = useState('');
  const [problem, setProblem] = useState<{ message: string; fields: string[] } | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    try {
      const journey = await journeysApi.importJson(await file.text(), owner || undefined);
      toast({ message: t('journeys.files.imported'), tone: 'success' });
      navigate(`/journeys/${journey.id}`);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields.map((f) => `${f.path}: ${f.message}`) : [];
      setProblem({ message: errorText(error), fields });
    }
  };
  return (
    <div className="field journey-import">
      <label className="field-label" htmlFor={`${id}-owner`}>
        {t('journeys.field.owner')}
      </label>
      <select
        id={`${id}-owner`}
        className="input input-compact"
        value={owner}
        onChange={(e) => setOwner(e.target.value)}
      >
        <option value="">{t('journeys.files.ownerFromFile')}</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor={id}>
        {t('journeys.files.import')}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('journeys.files.importHint')}
      </p>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          void onFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {problem && (
        <div className="alert alert-error" role="alert" data-testid="journey-import-error">
          <p>{problem.message}</p>
          <ul>
            {problem.fields.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
