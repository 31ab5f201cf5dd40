import type {
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { FieldMessages, useFieldIds } from './FieldMessages.tsx';

interface FieldShell {
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  /** A caller's own id (kept stable for links and tests); the label still points at it. */
  id?: string;
  /** The narrow control used in toolbars, filter bars and side panels. */
  compact?: boolean;
}

const inputClass = (compact?: boolean) => (compact ? 'input input-compact' : 'input');

function Label({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  const { t } = useI18n();
  return (
    <label className="field-label" htmlFor={htmlFor}>
      {label}
      {optional && <span className="field-optional"> {t('common.optional')}</span>}
    </label>
  );
}

/** A labelled text input with hint and server error. */
export function TextField({
  label,
  hint,
  error,
  optional,
  id,
  compact,
  ref,
  ...input
}: FieldShell & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const ids = useFieldIds(hint, error, id);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <Label htmlFor={ids.id} label={label} optional={optional} />
      <FieldMessages id={ids.id} hint={hint} error={error} />
      <input
        ref={ref}
        id={ids.id}
        className={inputClass(compact)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        required={!optional}
        {...input}
      />
    </div>
  );
}

/** A labelled native select; native controls keep keyboard and phone behaviour for free. */
export function SelectField({
  label,
  hint,
  error,
  id,
  compact,
  children,
  ...select
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const ids = useFieldIds(hint, error, id);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <Label htmlFor={ids.id} label={label} />
      <FieldMessages id={ids.id} hint={hint} error={error} />
      <select
        id={ids.id}
        className={inputClass(compact)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...select}
      >
        {children}
      </select>
    </div>
  );
}

/** A labelled multi-line text field (four rows unless told), wired for screen readers like `TextField`. */
export function TextAreaField({
  label,
  hint,
  error,
  optional,
  id,
  ...area
}: Omit<FieldShell, 'compact'> & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(hint, error, id);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <Label htmlFor={ids.id} label={label} optional={optional} />
      <FieldMessages id={ids.id} hint={hint} error={error} />
      <textarea
        id={ids.id}
        className="input"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        required={!optional}
        {...area}
      />
    </div>
  );
}

/** A checkbox with its label to the right and an optional hint below. */
export function CheckboxField({
  label,
  hint,
  error,
  id,
  ...input
}: Omit<FieldShell, 'compact'> & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(hint, error, id);
  return (
    <div className={`field field-check${error ? ' field-invalid' : ''}`}>
      <input
        id={ids.id}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...input}
      />
      <label htmlFor={ids.id}>{label}</label>
      <FieldMessages id={ids.id} hint={hint} error={error} />
    </div>
  );
}
