import { type FormEvent, useId, useState } from 'react';
import type { NewUser } from '../api/endpoints.ts';
import { ApiError } from '../api/errors.ts';
import { type Country, ROLES, type Role, type Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { roleDescription, roleLabel } from '../i18n/terms.ts';
import { SelectField, TextField } from '../ui/Field.tsx';
import { FieldMessages, messageIds } from '../ui/FieldMessages.tsx';
import { useErrorText } from '../ui/Status.tsx';
import { UnitPicker } from '../ui/UnitPicker.tsx';
import type { TreeNode } from '../units/tree.ts';

export type UserFormValue = NewUser;

interface Props {
  /** Without an e-mail field when editing: the address is the user's identity. */
  mode: 'create' | 'edit';
  initial: UserFormValue;
  units: readonly TreeNode<Unit>[];
  country: Country;
  submitLabel: string;
  /** A heading inside the form, for the inline create form (a dialog has its own title). */
  title?: string;
  onSubmit: (value: UserFormValue) => Promise<void>;
  onCancel?: () => void;
}

/** Name, e-mail, role (with what it means) and the units the user works in. */
export function UserForm({ mode, initial, units, submitLabel, title, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const unitsId = useId();
  const titleId = useId();
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const unitsError = fieldError('unitIds');
  const unitsHint = units.length === 0 ? t('users.field.noUnits') : t('users.field.unitsHint');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ ...value, email: value.email.trim(), name: value.name.trim() });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <form
      className={title ? 'card form' : 'form'}
      onSubmit={submit}
      aria-labelledby={title ? titleId : undefined}
    >
      {title && <h2 id={titleId}>{title}</h2>}
      {error !== null && (
        <div className="alert alert-error" role="alert">
          <p>{errorText(error)}</p>
        </div>
      )}
      <TextField
        label={t('users.field.name')}
        value={value.name}
        onChange={(e) => setValue((v) => ({ ...v, name: e.target.value }))}
        error={fieldError('name')}
        autoComplete="off"
        maxLength={200}
      />
      {mode === 'create' && (
        <TextField
          label={t('users.field.email')}
          type="email"
          value={value.email}
          onChange={(e) => setValue((v) => ({ ...v, email: e.target.value }))}
          error={fieldError('email')}
          autoComplete="off"
          spellCheck={false}
        />
      )}
      <SelectField
        label={t('users.field.role')}
        hint={roleDescription(t, value.role)}
        value={value.role}
        onChange={(e) => setValue((v) => ({ ...v, role: e.target.value as Role }))}
        error={fieldError('role')}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {roleLabel(t, role)}
          </option>
        ))}
      </SelectField>
      <UnitPicker
        legend={
          <span className="field-label">
            {t('users.field.units')} <span className="field-optional">{t('common.optional')}</span>
          </span>
        }
        units={units.map((node) => node.item)}
        selected={value.unitIds}
        onChange={(unitIds) => setValue((v) => ({ ...v, unitIds }))}
        describedBy={messageIds(unitsId, unitsHint, unitsError).describedBy}
        invalid={Boolean(unitsError)}
      >
        <FieldMessages id={unitsId} hint={unitsHint} error={unitsError} />
      </UnitPicker>
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
