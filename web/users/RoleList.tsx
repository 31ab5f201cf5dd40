import { ROLES } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { roleDescription, roleLabel } from '../i18n/terms.ts';

/** What each role may do, so the admin can choose knowingly. */
export function RoleList() {
  const { t } = useI18n();
  return (
    <section className="section" aria-labelledby="roles-title">
      <h2 id="roles-title">{t('users.rolesTitle')}</h2>
      <dl className="role-list">
        {ROLES.map((role) => (
          <div key={role} className="role-item">
            <dt>{roleLabel(t, role)}</dt>
            <dd>{roleDescription(t, role)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
