import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

export interface ToastInput {
  message: string;
  tone?: 'success' | 'error' | 'info';
  /** E.g. "Fortryd": the toast then stays longer, since the action is the point. */
  action?: { label: string; onClick: () => void };
}

interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

/**
 * Short confirmations in a live region. A toast with an action stays 15 seconds and pauses while the
 * pointer or keyboard focus is on it, so people who need more time (WCAG 2.2.1) are not rushed.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const { t } = useI18n();

  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((current) => [...current.slice(-2), { ...toast, id }]);
  }, []);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((x) => x.id !== id)), []);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <section className="toasts" aria-label={t('common.notifications')}>
        <div role="status" aria-live="polite" className="toast-list">
          {toasts.map((toast) => (
            <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const { t } = useI18n();
  const [paused, setPaused] = useState(false);
  const duration = toast.action ? 15_000 : 6_000;

  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(() => onDismiss(toast.id), duration);
    return () => window.clearTimeout(timer);
  }, [paused, duration, onDismiss, toast.id]);

  const pause = useMemo(
    () => ({
      onMouseEnter: () => setPaused(true),
      onMouseLeave: () => setPaused(false),
      onFocus: () => setPaused(true),
      onBlur: () => setPaused(false),
    }),
    [],
  );

  return (
    <div className={`toast toast-${toast.tone ?? 'success'}`} {...pause}>
      <p className="toast-message">{toast.message}</p>
      {toast.action && (
        <button
          type="button"
          className="btn btn-small btn-secondary"
          onClick={() => {
            toast.action?.onClick();
            onDismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="btn btn-icon"
        onClick={() => onDismiss(toast.id)}
        aria-label={t('common.dismiss')}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

/** Shows a toast: `toast({ message, action: { label: t('common.undo'), onClick } })`. */
export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast must be used inside <ToastProvider>');
  return show;
}
