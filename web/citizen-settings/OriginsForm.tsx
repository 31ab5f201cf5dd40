import { type FormEvent, useState } from 'react';
import type { CitizenSettings } from '../../shared/api/citizen-settings.ts';
import { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextAreaField } from '../ui/Field.tsx';
import { useErrorText } from '../ui/Status.tsx';

/**
 * The list of origins, one per line. Each refused line comes back named (`origins[2]`) with its value
 * in the message, so all of them are shown under the field at once.
 */
export function OriginsForm({
  settings,
  onSave,
}: {
  settings: CitizenSettings;
  onSave: (origins: string[]) => Promise<void>;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [text, setText] = useState(settings.embedOrigins.join('\n'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldText =
    error instanceof ApiError
      ? error.fields
          .filter((f) => f.path.startsWith('origins'))
          .map((f) => f.message)
          .join(' ')
      : '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const origins = text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      await onSave(origins);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {error !== null && !fieldText && (
        <div className="alert alert-error" role="alert">
          <p>{errorText(error)}</p>
        </div>
      )}
      <TextAreaField
        label={t('citizenPages.embed.label')}
        hint={t('citizenPages.embed.hint', { max: settings.maxEmbedOrigins })}
        error={fieldText || undefined}
        optional
        value={text}
        spellCheck={false}
        autoCapitalize="off"
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('citizenPages.embed.save')}
      </button>
    </form>
  );
}
