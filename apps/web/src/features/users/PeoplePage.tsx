import type { User } from '@pilotis/shared';
import { Button, Modal } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { describeError } from '../../lib/errors';
import { useCurrentMe } from '../auth/use-me';
import { HistoryDrawer } from '../history/HistoryDrawer';
import { useOrgUnits } from '../org-units/use-org-units';
import { InvitationLinkModal } from './InvitationLinkModal';
import { UserCreateForm } from './UserCreateForm';
import { UserEditModal } from './UserEditModal';
import { UsersTable } from './UsersTable';
import { useReinviteUser, useUsers } from './use-users';
import { notifyError } from '../../lib/notify';

type Dialog = { kind: 'create' } | { kind: 'edit'; id: string } | { kind: 'history'; id: string };

export function PeoplePage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const users = useUsers();
  const units = useOrgUnits();
  const reinvite = useReinviteUser();
  // The last dialog stays in state while it closes, so its content does not change mid-transition.
  const [dialog, setDialog] = useState<Dialog>({ kind: 'create' });
  const [dialogOpened, setDialogOpened] = useState(false);
  const [invitation, setInvitation] = useState<{ name: string; url: string } | null>(null);
  const open = (next: Dialog) => {
    setDialog(next);
    setDialogOpened(true);
  };
  const close = () => setDialogOpened(false);

  const canManage = me.can.manageMembers === true;
  const unitList = units.data ?? [];
  const selected = dialog.kind === 'create' ? undefined : users.data?.find((user) => user.id === dialog.id);

  const reissue = (user: User) =>
    reinvite.mutate(user.id, {
      onSuccess: (url) => setInvitation({ name: user.name, url }),
      onError: (error) => notifyError(describeError(error, t)),
    });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open({ kind: 'create' })}>
              {t('users.new')}
            </Button>
          )
        }
      />
      {users.isPending && <LoadingState />}
      <ErrorAlert error={users.error} />
      {users.data && (
        <UsersTable
          users={users.data}
          units={unitList}
          currentUserId={me.user.id}
          canManage={canManage}
          reinvitingId={reinvite.isPending ? reinvite.variables : undefined}
          onEdit={(id) => open({ kind: 'edit', id })}
          onReinvite={reissue}
          onHistory={(id) => open({ kind: 'history', id })}
        />
      )}
      <Modal
        opened={dialogOpened && dialog.kind === 'create'}
        onClose={close}
        title={t('users.createTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <UserCreateForm units={unitList} onDone={close} onInvitation={setInvitation} />
      </Modal>
      <UserEditModal opened={dialogOpened && dialog.kind === 'edit'} onClose={close} userId={selected?.id} units={unitList} />
      <HistoryDrawer
        opened={dialogOpened && dialog.kind === 'history'}
        onClose={close}
        entityType="user"
        entityId={selected?.id}
        title={t('users.historyTitle', { name: selected?.name ?? '' })}
      />
      <InvitationLinkModal invitation={invitation} onClose={() => setInvitation(null)} />
    </>
  );
}
