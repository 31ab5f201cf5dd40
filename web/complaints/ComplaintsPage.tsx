import { useCallback, useState } from 'react';
import { unitsApi } from '../api/endpoints.ts';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import '../programmes/dialog.css';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { AreasPanel } from './AreasPanel.tsx';
import { type Complaint, complaintsApi } from './api.ts';
import { ComplaintForm } from './ComplaintForm.tsx';
import { ComplaintList } from './ComplaintList.tsx';
import { FiguresPanel } from './FiguresPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { VolumeForm } from './VolumeForm.tsx';

/** The complaints and conflicts register: record, import, figures; areas and volumes for analysts. */
export function ComplaintsPage() {
  const { t } = useI18n();
  const me = useMe();
  const toast = useToast();
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  const units = useAsync(useCallback((signal: AbortSignal) => unitsApi.list(false, { signal }), []));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` reloads after changes.
  const areas = useAsync(useCallback((signal: AbortSignal) => complaintsApi.areas({ signal }), [version]));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` reloads after changes.
  const list = useAsync(useCallback((signal: AbortSignal) => complaintsApi.list({ signal }), [version]));
  const mayManage = me.user.role === 'admin' || me.user.role === 'analyst';

  const remove = async (c: Complaint) => {
    await complaintsApi.remove(c.id);
    toast({ message: t('dialog.complaints.deleted') });
    bump();
  };
  const error = units.error ?? areas.error ?? list.error;
  return (
    <>
      <PageHeader title={t('dialog.complaints.title')} intro={t('dialog.complaints.intro')} />
      {error !== undefined && <ErrorMessage error={error} onRetry={bump} />}
      {(!units.data || !areas.data) && error === undefined && <Loading />}
      {units.data && areas.data && (
        <div className="dialog-stack">
          <ComplaintForm
            units={units.data}
            areas={areas.data}
            onSaved={() => {
              toast({ message: t('dialog.complaints.saved') });
              bump();
            }}
          />
          <ImportPanel
            onImported={(count) => {
              toast({ message: t('dialog.import.done', { count }) });
              bump();
            }}
          />
          <FiguresPanel units={units.data} version={version} />
          {list.data && (
            <ComplaintList
              complaints={list.data}
              units={units.data}
              areas={areas.data}
              onDelete={(c) => void remove(c)}
            />
          )}
          {mayManage && <AreasPanel areas={areas.data} onChanged={bump} />}
          {mayManage && <VolumeForm units={units.data} onSaved={bump} />}
        </div>
      )}
    </>
  );
}
