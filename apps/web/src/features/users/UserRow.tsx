import type { OrgUnit, User } from '@pilotis/shared';
import { Button, Group, Table, Text } from '@mantine/core';
import { IconHistory, IconLink, IconPencil } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { statusLabelKey, statusTone, userStatus } from './user-status';

interface UserRowProps {
  user: User;
  unitsById: Map<string, OrgUnit>;
  isSelf: boolean;
  canManage: boolean;
  reinviting: boolean;
  onEdit: () => void;
  onReinvite: () => void;
  onHistory: () => void;
}

export function UserRow({ user, unitsById, isSelf, canManage, reinviting, onEdit, onReinvite, onHistory }: UserRowProps) {
  const { t } = useTranslation();
  const status = userStatus(user);
  const unitNames = user.orgUnitIds.map((id) => unitsById.get(id)?.name ?? id);
  // Row buttons keep a short, stable name ("Modifier") and are described by the row header, so
  // screen readers say which row they act on and names like "Nouvelle unité" stay unique on the page.
  const headerId = useId();

  return (
    <Table.Tr>
      <Table.Th scope="row" id={headerId}>
        {user.name}
        {isSelf && (
          <Text component="span" c="dimmed" inherit fw={400}>
            {' '}
            {t('users.you')}
          </Text>
        )}
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{user.email}</Table.Td>
      <Table.Td>{t(`users.roles.${user.orgRole}`)}</Table.Td>
      <Table.Td>{unitNames.length ? unitNames.join(', ') : t('common.empty')}</Table.Td>
      <Table.Td>
        <StatusBadge tone={statusTone[status]}>{t(statusLabelKey[status])}</StatusBadge>
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          {canManage && (
            <Button aria-describedby={headerId} size="compact-sm" variant="subtle" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
              {t('common.edit')}
            </Button>
          )}
          {canManage && user.invitationPending && (
            <Button aria-describedby={headerId} size="compact-sm" variant="subtle" loading={reinviting} leftSection={<IconLink size={16} aria-hidden />} onClick={onReinvite}>
              {t('users.reinvite')}
            </Button>
          )}
          {(canManage || isSelf) && (
            <Button aria-describedby={headerId} size="compact-sm" variant="subtle" leftSection={<IconHistory size={16} aria-hidden />} onClick={onHistory}>
              {t('common.history')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
