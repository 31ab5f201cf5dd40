import { useState } from 'react';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { UnitChoice } from '../ui/UnitChoice.tsx';
import { journeysApi } from './api.ts';
import { FileImportField } from './FileImportField.tsx';

/**
 * Imports an exported JSON file as a new journey. The server parses it, so bad JSON, unknown actors
 * and oversized journeys come back as one list of problems, each naming its path in the file.
 */
export function ImportButton({ units }: { units: Unit[] }) {
  const { t } = useI18n();
  const [owner, setOwner] = useState('');
  return (
    <div className="field journey-import">
      <UnitChoice
        label={t('journeys.field.owner')}
        units={units}
        value={owner}
        noneLabel={t('journeys.files.ownerFromFile')}
        onChange={(id) => setOwner(id ?? '')}
      />
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
