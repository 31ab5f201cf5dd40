import type { Unit, User } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { roleLabel } from '../i18n/terms.ts';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { Badge } from '../ui/Status.tsx';

interface Props {
  users: readonly User[];
  unitsById: ReadonlyMap<string, Unit>;
  currentUserId: string;
  caption: string;
  onEdit: (user: User) => void;
  onSetActive: (user: User, active: boolean) => void;
  onResetPassword: (user: User) => void;
}

/**
 * The user list as a real table (headers, caption) inside a focusable scroll region, so narrow screens and
 * 200 % zoom scroll the table sideways instead of breaking the page.
 */
export function UsersTable({
  users,
  unitsById,
  currentUserId,
  caption,
  onEdit,
  onSetActive,
  onResetPassword,
}: Props) {
  const { t, format } = useI18n();
  const paged = usePaged(users);
  const unitNames = (user: User) => {
    const names = user.unitIds.flatMap((id) => {
      const unit = unitsById.get(id);
      return unit ? [unit.name] : [];
    });
    return names.length === 0 ? t('common.none') : format.list(names);
  };

  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <section className="table-wrap" aria-label={caption} tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.col.name')}</th>
              <th scope="col">{t('users.col.email')}</th>
              <th scope="col">{t('users.col.role')}</th>
              <th scope="col">{t('users.col.units')}</th>
              <th scope="col">{t('users.col.status')}</th>
              <th scope="col">{t('users.col.lastLogin')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((user) => {
              const isSelf = user.id === currentUserId;
              return (
                <tr key={user.id} className={user.active ? undefined : 'is-inactive'}>
                  <th scope="row">
                    {user.name} {isSelf && <span className="muted">{t('users.you')}</span>}
                  </th>
                  <td className="break">{user.email}</td>
                  <td>{roleLabel(t, user.role)}</td>
                  <td>{unitNames(user)}</td>
                  <td>
                    {user.active ? (
                      <Badge tone="info">{t('users.status.active')}</Badge>
                    ) : (
                      <Badge>{t('users.status.inactive')}</Badge>
                    )}
                  </td>
                  <td className="nowrap">
                    {user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('common.never')}
                  </td>
                  <td>
                    <fieldset className="row-actions">
                      <legend className="visually-hidden">
                        {t('users.actionsFor', { name: user.name })}
                      </legend>
                      <button type="button" className="btn btn-link" onClick={() => onEdit(user)}>
                        {t('users.action.edit')}
                        <span className="visually-hidden"> {user.name}</span>
                      </button>
                      <button type="button" className="btn btn-link" onClick={() => onResetPassword(user)}>
                        {t('users.action.resetPassword')}
                        <span className="visually-hidden"> – {user.name}</span>
                      </button>
                      {!isSelf &&
                        (user.active ? (
                          <button
                            type="button"
                            className="btn btn-link is-danger"
                            onClick={() => onSetActive(user, false)}
                          >
                            {t('users.action.deactivate')}
                            <span className="visually-hidden"> {user.name}</span>
                          </button>
                        ) : (
                          <button
                            type="button"
                            className="btn btn-link"
                            onClick={() => onSetActive(user, true)}
                          >
                            {t('users.action.reactivate')}
                            <span className="visually-hidden"> {user.name}</span>
                          </button>
                        ))}
                    </fieldset>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <PagedControls paged={paged} label={caption} />
    </>
  );
}
