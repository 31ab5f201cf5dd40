import { type TextareaHTMLAttributes, useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** A labelled multi-line text field with an optional hint, wired for screen readers like `TextField`. */
export function TextAreaField({
  label,
  hint,
  optional,
  ...area
}: { label: string; hint?: string; optional?: boolean } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
        {optional && <span className="field-optional"> {t('common.optional')}</span>}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea id={id} className="input" rows={4} aria-describedby={hintId} required={!optional} {...area} />
    </div>
  );
}

/** Splits "a, b ,c" into trimmed, non-empty, distinct parts. */
export function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
