import type { OrgUnit, User } from '@pilotis/shared';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UserRow } from './UserRow';

interface UsersTableProps {
  users: User[];
  units: OrgUnit[];
  currentUserId: string;
  canManage: boolean;
  reinvitingId: string | undefined;
  onEdit: (id: string) => void;
  onReinvite: (user: User) => void;
  onHistory: (id: string) => void;
}

export function UsersTable({ users, units, currentUserId, canManage, reinvitingId, onEdit, onReinvite, onHistory }: UsersTableProps) {
  const { t } = useTranslation();
  if (users.length === 0) return <Text c="dimmed">{t('users.empty')}</Text>;
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  const sorted = [...users].sort((a, b) => a.name.localeCompare(b.name, 'fr'));

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">
            {t('users.caption')}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.name')}</Table.Th>
            <Table.Th scope="col">{t('users.email')}</Table.Th>
            <Table.Th scope="col">{t('users.role')}</Table.Th>
            <Table.Th scope="col">{t('users.units')}</Table.Th>
            <Table.Th scope="col">{t('users.status')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              unitsById={unitsById}
              isSelf={user.id === currentUserId}
              canManage={canManage}
              reinviting={reinvitingId === user.id}
              onEdit={() => onEdit(user.id)}
              onReinvite={() => onReinvite(user)}
              onHistory={() => onHistory(user.id)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
