import type { RetentionView } from '../../shared/api/lifecycle.ts';
import { kindName } from '../../shared/lifecycle/kind-names.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** The 14-day warning: what the job will delete soon, per kind (the same figures as the e-mail). */
export function WarningBox({ view }: { view: RetentionView }) {
  const { t, locale, format } = useI18n();
  if (view.upcoming.length === 0) return <p className="alert alert-info">{t('lifecycle.warning.none')}</p>;
  return (
    <section className="alert alert-warn" aria-labelledby="lifecycle-warning" role="status">
      <h2 id="lifecycle-warning" className="alert-title">
        {t('lifecycle.warning.title')}
      </h2>
      <p>{t('lifecycle.warning.intro', { date: format.date(view.warningUntil) })}</p>
      <ul>
        {view.upcoming.map((u) => (
          <li key={u.kind}>
            {t('lifecycle.warning.row', {
              kind: kindName(locale, u.kind),
              rows: format.number(u.rows),
              overdue: format.number(u.overdue),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
