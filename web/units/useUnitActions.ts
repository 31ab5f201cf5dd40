import type { Dispatch, SetStateAction } from 'react';
import { type UnitInput, unitsApi } from '../api/endpoints.ts';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';

/** Replaces a unit in the list by id, or appends it. */
export function upsertUnit(units: readonly Unit[], unit: Unit): Unit[] {
  return units.some((u) => u.id === unit.id)
    ? units.map((u) => (u.id === unit.id ? unit : u))
    : [...units, unit];
}

/**
 * The writes of the organisation page. Each updates the local list from the server's answer (no reload,
 * so focus and scroll stay put) and confirms with a toast; archiving offers "Fortryd", which restores.
 */
export function useUnitActions(
  setUnits: Dispatch<SetStateAction<Unit[] | undefined>>,
  showArchived: boolean,
) {
  const { t } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();

  const apply = (unit: Unit) =>
    setUnits((current = []) =>
      unit.archivedAt && !showArchived ? current.filter((u) => u.id !== unit.id) : upsertUnit(current, unit),
    );

  const create = async (input: UnitInput) => {
    const unit = await unitsApi.create(input);
    apply(unit);
    toast({ message: t('units.created', { name: unit.name }) });
    return unit;
  };

  const update = async (id: string, input: UnitInput) => {
    const unit = await unitsApi.update(id, input);
    apply(unit);
    toast({ message: t('units.saved', { name: unit.name }) });
    return unit;
  };

  const restore = async (id: string) => {
    try {
      const unit = await unitsApi.restore(id);
      apply(unit);
      toast({ message: t('units.restored', { name: unit.name }) });
    } catch (error) {
      toast({ message: errorText(error), tone: 'error' });
    }
  };

  /** Archives; throws so the confirm dialog can show why it failed (e.g. active sub-units). */
  const archive = async (id: string) => {
    const unit = await unitsApi.archive(id);
    apply(unit);
    toast({
      message: t('units.archived', { name: unit.name }),
      action: { label: t('common.undo'), onClick: () => void restore(unit.id) },
    });
    return unit;
  };

  return { create, update, archive, restore };
}
