import { useId, useState } from 'react';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { journeysApi } from './api.ts';
import { FileImportField } from './FileImportField.tsx';

/**
 * Imports an exported JSON file as a new journey. The server parses it, so bad JSON, unknown actors
 * and oversized journeys come back as one list of problems, each naming its path in the file.
 */
export function ImportButton({ units }: { units: Unit[] }) {
  const { t } = useI18n();
  const id = useId();
  const [owner, setOwner] = useState('');
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
      <FileImportField
        label={t('journeys.files.import')}
        hint={t('journeys.files.importHint')}
        accept="application/json,.json"
        errorTestId="journey-import-error"
        upload={async (text) => {
          const journey = await journeysApi.importJson(text, owner || undefined);
          return { message: t('journeys.files.imported'), openId: journey.id };
        }}
      />
    </div>
  );
}
