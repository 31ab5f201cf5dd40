import { type FormEvent, type RefObject, useId, useState } from 'react';
import type { UnitInput } from '../api/endpoints.ts';
import { ApiError } from '../api/errors.ts';
import { type Country, UNIT_KINDS, type Unit, type UnitKind } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { kindLabel } from '../i18n/terms.ts';
import { CheckboxField, SelectField, TextField } from '../ui/Field.tsx';
import { useErrorText } from '../ui/Status.tsx';
import type { TreeNode } from './tree.ts';

interface UnitFormProps {
  title: string;
  initial: UnitInput;
  submitLabel: string;
  /** Units the unit may be placed under, in tree order (the unit itself and its subtree left out). */
  parentOptions: readonly TreeNode<Unit>[];
  /** Option texts by unit id (see `optionLabels`). */
  parentLabels: ReadonlyMap<string, string>;
  country: Country;
  onSubmit: (input: UnitInput) => Promise<void>;
  onCancel?: () => void;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  nameRef?: RefObject<HTMLInputElement | null>;
}

/** Create or edit one unit: name, level, place in the tree, and whether citizens meet the municipality there. */
export function UnitForm(props: UnitFormProps) {
  const {
    title,
    initial,
    submitLabel,
    parentOptions,
    parentLabels,
    country,
    onSubmit,
    onCancel,
    headingRef,
    nameRef,
  } = props;
  const { t } = useI18n();
  const errorText = useErrorText();
  const headingId = useId();
  const [value, setValue] = useState<UnitInput>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const set = <K extends keyof UnitInput>(key: K, next: UnitInput[K]) =>
    setValue((v) => ({ ...v, [key]: next }));
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ ...value, name: value.name.trim() });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {error !== null && (
        <div className="alert alert-error" role="alert">
          <p>{errorText(error)}</p>
        </div>
      )}
      <TextField
        label={t('units.field.name')}
        value={value.name}
        onChange={(e) => set('name', e.target.value)}
        error={fieldError('name')}
        maxLength={200}
        autoComplete="off"
        ref={nameRef}
      />
      <SelectField
        label={t('units.field.kind')}
        value={value.kind}
        onChange={(e) => set('kind', e.target.value as UnitKind)}
        error={fieldError('kind')}
      >
        {UNIT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kindLabel(t, country, kind)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('units.field.parent')}
        value={value.parentId ?? ''}
        onChange={(e) => set('parentId', e.target.value === '' ? null : e.target.value)}
        error={fieldError('parentId')}
      >
        <option value="">{t('units.field.parentNone')}</option>
        {parentOptions.map((node) => (
          <option key={node.item.id} value={node.item.id}>
            {parentLabels.get(node.item.id) ?? node.item.name}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label={t('units.field.isEntrance')}
        hint={t('units.field.isEntranceHint')}
        checked={value.isEntrance}
        onChange={(e) => set('isEntrance', e.target.checked)}
        error={fieldError('isEntrance')}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The level a new child usually has: forvaltning → center/afdeling → enhed. */
export function childKind(parent: UnitKind | undefined): UnitKind {
  if (parent === undefined) return 'administration';
  return parent === 'administration' ? 'department' : 'unit';
}
