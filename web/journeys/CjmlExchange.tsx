import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CjmlImportInput } from '../../shared/api/journeys-cjml.ts';
import { request } from '../api/client.ts';
import { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import type { JourneyDetail } from './api.ts';

interface Props {
  journeyId: string;
  /** The version shown, which is the one exported. */
  version: number;
  /** Owner of imported journeys: this journey's, so staff can import into their own unit. */
  ownerUnitId: string | null;
  canImport: boolean;
}

function importCjml(body: CjmlImportInput) {
  return request<{ journeys: JourneyDetail[] }>('POST', '/journeys/import/cjml', body);
}

/**
 * CJML 2.0 exchange on the journey page: download the shown version as a planned or actual CJML
 * journey (server-made file, so the browser never loads the XML library), and import a CJML file as
 * new draft journeys. The server reports every problem with its element path in the file.
 */
export function CjmlExchange({ journeyId, version, ownerUnitId, canImport }: Props) {
  const { t } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const toast = useToast();
  const errorText = useErrorText();
  const [problem, setProblem] = useState<{ message: string; fields: string[] } | null>(null);
  const href = (kind: 'planned' | 'actual') =>
    `/api/v1/journeys/${encodeURIComponent(journeyId)}/cjml?version=${version}&kind=${kind}`;
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    try {
      const { journeys } = await importCjml({ xml: await file.text(), ownerUnitId });
      toast({ message: t('journeys.cjml.imported', { count: journeys.length }), tone: 'success' });
      const first = journeys[0];
      if (first) navigate(`/journeys/${first.id}`);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields.map((f) => `${f.path}: ${f.message}`) : [];
      setProblem({ message: errorText(error), fields });
    }
  };
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
          <label className="field-label" htmlFor={id}>
            {t('journeys.cjml.import')}
          </label>
          <p className="field-hint" id={`${id}-hint`}>
            {t('journeys.cjml.importHint')}
          </p>
          <input
            id={id}
            type="file"
            accept="application/xml,text/xml,.xml,.cjml"
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              void onFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </div>
      )}
      {problem && (
        <div className="alert alert-error" role="alert" data-testid="journey-cjml-import-error">
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
