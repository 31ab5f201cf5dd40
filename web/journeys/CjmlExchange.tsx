import type { CjmlImportInput, CjmlImportResponse } from '../../shared/api/journeys-cjml.ts';
import { request } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { FileImportField } from './FileImportField.tsx';

interface Props {
  journeyId: string;
  /** The version shown, which is the one exported. */
  version: number;
  /** Owner of imported journeys: this journey's, so staff can import into their own unit. */
  ownerUnitId: string | null;
  canImport: boolean;
}

function importCjml(body: CjmlImportInput) {
  return request<CjmlImportResponse>('POST', '/journeys/import/cjml', body);
}

/**
 * CJML 2.0 exchange on the journey page: download the shown version as a planned or actual CJML
 * journey (server-made file, so the browser never loads the XML library), and import a CJML file as
 * new draft journeys. The server reports every problem with its element path in the file.
 */
export function CjmlExchange({ journeyId, version, ownerUnitId, canImport }: Props) {
  const { t } = useI18n();
  const href = (kind: 'planned' | 'actual') =>
    `/api/v1/journeys/${encodeURIComponent(journeyId)}/cjml?version=${version}&kind=${kind}`;
  return (
    <div className="journey-cjml" data-testid="journey-cjml">
      <h3>{t('journeys.cjml.title')}</h3>
      <p className="field-hint">{t('journeys.cjml.intro')}</p>
      <div className="panel-actions">
        <a className="btn btn-secondary" href={href('planned')} download data-testid="cjml-export-planned">
          {t('journeys.cjml.exportPlanned')}
        </a>
        <a className="btn btn-secondary" href={href('actual')} download data-testid="cjml-export-actual">
          {t('journeys.cjml.exportActual')}
        </a>
      </div>
      {canImport && (
        <div className="field">
          <FileImportField
            label={t('journeys.cjml.import')}
            hint={t('journeys.cjml.importHint')}
            accept="application/xml,text/xml,.xml,.cjml"
            errorTestId="journey-cjml-import-error"
            upload={async (xml) => {
              const { journeys } = await importCjml({ xml, ownerUnitId });
              return {
                message: t('journeys.cjml.imported', { count: journeys.length }),
                openId: journeys[0]?.id,
              };
            }}
          />
        </div>
      )}
    </div>
  );
}
