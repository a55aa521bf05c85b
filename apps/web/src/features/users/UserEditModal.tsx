import type { OrgUnit } from '@pilotis/shared';
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { UserEditForm } from './UserEditForm';
import { useUser } from './use-users';

interface UserEditModalProps {
  opened: boolean;
  onClose: () => void;
  userId: string | undefined;
  units: OrgUnit[];
}

/** Loads the person with its abilities (GET /api/users/:id) before showing the form. */
export function UserEditModal({ opened, onClose, userId, units }: UserEditModalProps) {
  const { t } = useTranslation();
  const person = useUser(opened ? userId : undefined);
  return (
    <Modal opened={opened} onClose={onClose} title={t('users.editTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {person.isPending && <LoadingState />}
      <ErrorAlert error={person.error} />
      {person.data && (
        <UserEditForm key={person.data.data.id} user={person.data.data} can={person.data.can} units={units} onDone={onClose} />
      )}
    </Modal>
  );
}
