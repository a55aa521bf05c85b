import type { OrgUnit } from '@pilotis/shared';
import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory, IconPencil, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { describeError } from '../../lib/errors';
import { useUpdateOrgUnit } from './use-org-units';

interface OrgUnitRowProps {
  unit: OrgUnit;
  depth: number;
  canManage: boolean;
  onEdit: () => void;
  onHistory: () => void;
}

export function OrgUnitRow({ unit, depth, canManage, onEdit, onHistory }: OrgUnitRowProps) {
  const { t } = useTranslation();
  const update = useUpdateOrgUnit();

  const toggleActive = () => {
    const active = !unit.active;
    update.mutate(
      { id: unit.id, version: unit.version, active },
      {
        onSuccess: (saved) =>
          notifications.show({ color: 'green', message: t(active ? 'orgUnits.reactivated' : 'orgUnits.deactivated', { name: saved.name }) }),
        onError: (error) => notifications.show({ color: 'red', message: describeError(error, t) }),
      },
    );
  };

  // Button names carry the unit's name in hidden text (not aria-label) so each is unique for
  // screen readers while the visible word stays the start of the accessible name.
  const forUnit = <VisuallyHidden> {unit.name}</VisuallyHidden>;

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={depth === 0 ? 700 : 500} style={{ paddingInlineStart: `calc(var(--mantine-spacing-sm) + ${depth * 1.5}rem)` }}>
        <Text component="span" inherit c={unit.active ? undefined : 'dimmed'} td={unit.active ? undefined : 'line-through'}>
          {depth > 0 && <span aria-hidden>└ </span>}
          {unit.name}
        </Text>
        <VisuallyHidden>, {t('orgUnits.level', { level: depth + 1 })}</VisuallyHidden>
      </Table.Th>
      <Table.Td>
        <StatusBadge tone={unit.active ? 'positive' : 'neutral'}>{t(unit.active ? 'orgUnits.active' : 'orgUnits.inactive')}</StatusBadge>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {canManage && (
            <>
              <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
                {t('common.edit')}
                {forUnit}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                loading={update.isPending}
                leftSection={unit.active ? <IconPlayerPause size={16} aria-hidden /> : <IconPlayerPlay size={16} aria-hidden />}
                onClick={toggleActive}
              >
                {t(unit.active ? 'orgUnits.deactivate' : 'orgUnits.reactivate')}
                {forUnit}
              </Button>
            </>
          )}
          <Button size="compact-sm" variant="subtle" leftSection={<IconHistory size={16} aria-hidden />} onClick={onHistory}>
            {t('common.history')}
            {forUnit}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
