import type { ReactNode } from 'react';
import { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** A polite "loading" line; screen readers hear it once, without stealing focus. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/** The sentence to show for any failure: the server's localised message when there is one. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) => (error instanceof ApiError ? error.message : t('common.unknownError'));
}

/** An error box announced to assistive technology, with an optional retry. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const text = useErrorText()(error);
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{t('common.errorTitle')}</p>
      <p>{text}</p>
      {onRetry && (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** What to show when a list has nothing in it yet, ideally with the next step. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{children}</p>
      {action}
    </div>
  );
}

/** Small pill next to a name ("Borgerindgang", "Arkiveret"); `tone` only changes colour, never meaning. */
export function Badge({
  children,
  tone = 'neutral',
}: {
  children: ReactNode;
  tone?: 'neutral' | 'info' | 'warn';
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
