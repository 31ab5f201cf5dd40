import { useEffect, useState } from 'react';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmDialog } from '../ui/Dialog.tsx';
import { useErrorText } from '../ui/Status.tsx';

interface Props {
  unit: Unit | null;
  onArchive: (id: string) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Confirms archiving. A refusal from the server (typically: the unit still has active sub-units) is shown
 * inside the dialog, where the person is looking, instead of in a toast that might be missed.
 */
export function ArchiveUnitDialog({ unit, onArchive, onClose }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever another unit is chosen.
  useEffect(() => {
    setError(null);
    setBusy(false);
  }, [unit?.id]);

  const name = unit?.name ?? '';
  const confirm = async () => {
    if (!unit) return;
    setBusy(true);
    try {
      await onArchive(unit.id);
      onClose();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      open={unit !== null}
      title={t('units.archiveConfirm.title', { name })}
      body={t('units.archiveConfirm.body')}
      error={error === null ? null : errorText(error)}
      confirmLabel={t('units.action.archive')}
      danger
      busy={busy || error !== null}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    />
  );
}
