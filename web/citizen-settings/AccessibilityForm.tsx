import { type FormEvent, useState } from 'react';
import type { AccessibilityBody, AccessibilityStatement } from '../../shared/api/citizen-settings.ts';
import { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { useErrorText } from '../ui/Status.tsx';

const KEYS = ['statementUrl', 'contactEmail', 'contactPhone', 'feedbackEmail'] as const;
type Key = (typeof KEYS)[number];

const LABELS = {
  statementUrl: 'citizenPages.a11y.url',
  contactEmail: 'citizenPages.a11y.contactEmail',
  contactPhone: 'citizenPages.a11y.contactPhone',
  feedbackEmail: 'citizenPages.a11y.feedbackEmail',
} as const;

/** The statement's address and contacts; an empty field is saved as "none". */
export function AccessibilityForm({
  statement,
  onSave,
}: {
  statement: AccessibilityStatement;
  onSave: (body: AccessibilityBody) => Promise<void>;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [f, setF] = useState<Record<Key, string>>({
    statementUrl: statement.statementUrl ?? '',
    contactEmail: statement.contactEmail ?? '',
    contactPhone: statement.contactPhone ?? '',
    feedbackEmail: statement.feedbackEmail ?? '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldError = (name: string) => (error instanceof ApiError ? error.fieldMessage(name) : undefined);
  const orNull = (v: string) => (v.trim() ? v.trim() : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave({
        statementUrl: orNull(f.statementUrl),
        contactEmail: orNull(f.contactEmail),
        contactPhone: orNull(f.contactPhone),
        feedbackEmail: orNull(f.feedbackEmail),
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {error !== null && (
        <div className="alert alert-error" role="alert">
          <p>{errorText(error)}</p>
        </div>
      )}
      {KEYS.map((key) => (
        <TextField
          key={key}
          label={t(LABELS[key])}
          type={key === 'statementUrl' ? 'url' : key === 'contactPhone' ? 'tel' : 'email'}
          optional
          value={f[key]}
          error={fieldError(key)}
          onChange={(e) => {
            const value = e.target.value;
            setF((old) => ({ ...old, [key]: value }));
          }}
        />
      ))}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('citizenPages.a11y.save')}
      </button>
    </form>
  );
}
