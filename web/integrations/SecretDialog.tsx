import { useI18n } from '../i18n/I18nProvider.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { useToast } from '../ui/Toast.tsx';

/** Shows a new secret once, with a copy button; closing it forgets the secret. */
export function SecretDialog({
  secret,
  title,
  text,
  onClose,
}: {
  secret: string | null;
  title: string;
  text: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const copy = async () => {
    if (!secret) return;
    await navigator.clipboard?.writeText(secret);
    toast({ message: t('integrations.copied') });
  };
  return (
    <Dialog
      open={secret !== null}
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={copy}>
            {t('integrations.copy')}
          </button>
          <button type="button" className="btn btn-primary" onClick={onClose}>
            {t('common.close')}
          </button>
        </>
      }
    >
      <p>{text}</p>
      <pre className="integrations-secret" data-testid="secret">
        <code>{secret}</code>
      </pre>
    </Dialog>
  );
}
