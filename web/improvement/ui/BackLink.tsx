import { Link } from 'wouter';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** The way back to the improvement overview, above each sub-page's heading. */
export function BackLink() {
  const { t } = useI18n();
  return (
    <p className="improvement-back">
      <Link to="/improvement">← {t('improvement.back')}</Link>
    </p>
  );
}
