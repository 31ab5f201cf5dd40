import { useCallback, useMemo, useState } from 'react';
import { unitsApi, usersApi } from '../api/endpoints.ts';
import type { Unit, User } from '../api/types.ts';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmDialog, Dialog } from '../ui/Dialog.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading, useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { buildTree, flattenTree } from '../units/tree.ts';
import { RoleList } from './RoleList.tsx';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog.tsx';
import { UserForm, type UserFormValue } from './UserForm.tsx';
import { UsersTable } from './UsersTable.tsx';

type Pending = { kind: 'deactivate' | 'reset'; user: User } | null;

/** Admin: list, create (with a one-time temporary password), edit role and units, (de)activate, reset. */
export function UsersPage() {
  const { t } = useI18n();
  const me = useMe();
  const toast = useToast();
  const errorText = useErrorText();
  const [formFor, setFormFor] = useState<User | 'new' | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [pendingError, setPendingError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [tempPassword, setTempPassword] = useState<{ name: string; password: string } | null>(null);

  const users = useAsync(useCallback((signal: AbortSignal) => usersApi.list({ signal }), []));
  const units = useAsync(useCallback((signal: AbortSignal) => unitsApi.list(true, { signal }), []));
  const unitsById = useMemo(
    () => new Map((units.data ?? []).map((u): [string, Unit] => [u.id, u])),
    [units.data],
  );
  const unitOptions = useMemo(
    () => flattenTree(buildTree((units.data ?? []).filter((u) => !u.archivedAt)).roots),
    [units.data],
  );
  const sorted = useMemo(
    () =>
      [...(users.data ?? [])].sort(
        (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name),
      ),
    [users.data],
  );

  const replace = (user: User) =>
    users.setData((list = []) => list.map((u) => (u.id === user.id ? user : u)));

  const save = async (value: UserFormValue) => {
    if (formFor === 'new') {
      const { user, temporaryPassword } = await usersApi.create(value);
      users.setData((list = []) => [...list, user]);
      setFormFor(null);
      setTempPassword({ name: user.name, password: temporaryPassword });
      toast({ message: t('users.created', { name: user.name }) });
    } else if (formFor) {
      const user = await usersApi.update(formFor.id, {
        name: value.name,
        role: value.role,
        unitIds: value.unitIds,
      });
      replace(user);
      setFormFor(null);
      toast({ message: t('users.saved', { name: user.name }) });
    }
  };

  const setActive = async (user: User, active: boolean) => {
    const updated = await usersApi.update(user.id, { active });
    replace(updated);
    toast({
      message: t(active ? 'users.reactivated' : 'users.deactivated', { name: updated.name }),
      action: active
        ? undefined
        : { label: t('common.undo'), onClick: () => void setActive(updated, true).catch(showError) },
    });
  };
  const showError = (error: unknown) => toast({ message: errorText(error), tone: 'error' });

  const confirmPending = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      if (pending.kind === 'deactivate') await setActive(pending.user, false);
      else
        setTempPassword({ name: pending.user.name, password: await usersApi.resetPassword(pending.user.id) });
      setPending(null);
    } catch (error) {
      setPendingError(error);
    } finally {
      setBusy(false);
    }
  };
  const openPending = (next: Pending) => {
    setPendingError(null);
    setPending(next);
  };

  const caption = t('users.tableCaption', { municipality: me.municipality.name });
  const editing = formFor !== null && formFor !== 'new' ? formFor : null;

  return (
    <>
      <PageHeader title={t('users.title')} intro={t('users.intro')}>
        <button type="button" className="btn btn-primary" onClick={() => setFormFor('new')}>
          {t('users.create.title')}
        </button>
      </PageHeader>

      <div className="section">
        {users.error ? (
          <ErrorMessage error={users.error} onRetry={users.reload} />
        ) : !users.data ? (
          <Loading />
        ) : sorted.length === 0 ? (
          <EmptyState>{t('users.empty')}</EmptyState>
        ) : (
          <UsersTable
            users={sorted}
            unitsById={unitsById}
            currentUserId={me.user.id}
            caption={caption}
            onEdit={setFormFor}
            onSetActive={(user, active) =>
              active ? void setActive(user, true).catch(showError) : openPending({ kind: 'deactivate', user })
            }
            onResetPassword={(user) => openPending({ kind: 'reset', user })}
          />
        )}
      </div>

      <RoleList />

      <Dialog
        open={formFor !== null}
        title={editing ? t('users.edit.title', { name: editing.name }) : t('users.create.title')}
        onClose={() => setFormFor(null)}
      >
        <UserForm
          key={editing?.id ?? 'new'}
          mode={editing ? 'edit' : 'create'}
          initial={
            editing
              ? { email: editing.email, name: editing.name, role: editing.role, unitIds: editing.unitIds }
              : { email: '', name: '', role: 'staff', unitIds: [] }
          }
          units={unitOptions}
          country={me.municipality.country}
          submitLabel={editing ? t('common.save') : t('users.create.submit')}
          onSubmit={save}
          onCancel={() => setFormFor(null)}
        />
      </Dialog>

      <ConfirmDialog
        open={pending !== null}
        title={t(pending?.kind === 'reset' ? 'users.resetConfirm.title' : 'users.deactivateConfirm.title', {
          name: pending?.user.name ?? '',
        })}
        body={t(pending?.kind === 'reset' ? 'users.resetConfirm.body' : 'users.deactivateConfirm.body')}
        confirmLabel={t(pending?.kind === 'reset' ? 'users.action.resetPassword' : 'users.action.deactivate')}
        danger
        busy={busy}
        error={pendingError ? errorText(pendingError) : null}
        onConfirm={() => void confirmPending()}
        onCancel={() => setPending(null)}
      />

      <TemporaryPasswordDialog shown={tempPassword} onClose={() => setTempPassword(null)} />
    </>
  );
}
