import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * A navigation that stays visible at the top of a long page (sticky), linking to its sections by the
 * ids of their headings. Plain anchor links: they work by keyboard, with the browser's back button and
 * without JavaScript state, and the sections stay in the page for search and print.
 */
export function InPageNav({ items }: { items: readonly { id: string; label: string }[] }) {
  const { t } = useI18n();
  return (
    <nav className="in-page-nav" aria-label={t('ui.onThisPage')}>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
