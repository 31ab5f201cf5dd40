import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * Copies a text (a link) to the clipboard and says so in a live region. The label names what is copied,
 * so several buttons on one page stay distinguishable for screen-reader users.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const [done, setDone] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone('copied');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): the link stays visible to copy by hand.
      setDone('failed');
    }
  };
  return (
    <>
      <button type="button" className="btn btn-secondary btn-small" onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {done === 'copied' ? t('ui.copied') : done === 'failed' ? t('ui.copyFailed') : ''}
      </span>
    </>
  );
}
