import type { OrgUnit } from '@pilotis/shared';
import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconHistory, IconPencil, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { describeError } from '../../lib/errors';
import { useUpdateOrgUnit } from './use-org-units';
import { notifySuccess, notifyError } from '../../lib/notify';

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
          notifySuccess(t(active ? 'orgUnits.reactivated' : 'orgUnits.deactivated', { name: saved.name })),
        onError: (error) => notifyError(describeError(error, t)),
      },
    );
  };

  // Row buttons keep a short, stable name ("Modifier") and are described by the row header, so
  // screen readers say which row they act on and names like "Nouvelle unité" stay unique on the page.
  const headerId = useId();

  return (
    <Table.Tr>
      <Table.Th scope="row" id={headerId} fw={depth === 0 ? 700 : 500} style={{ paddingInlineStart: `calc(var(--mantine-spacing-sm) + ${depth * 1.5}rem)` }}>
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
        <Group gap="xs">
          {canManage && (
            <>
              <Button aria-describedby={headerId} size="compact-sm" variant="subtle" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
                {t('common.edit')}
              </Button>
              <Button
                aria-describedby={headerId}
                size="compact-sm"
                variant="subtle"
                loading={update.isPending}
                leftSection={unit.active ? <IconPlayerPause size={16} aria-hidden /> : <IconPlayerPlay size={16} aria-hidden />}
                onClick={toggleActive}
              >
                {t(unit.active ? 'orgUnits.deactivate' : 'orgUnits.reactivate')}
              </Button>
            </>
          )}
          <Button aria-describedby={headerId} size="compact-sm" variant="subtle" leftSection={<IconHistory size={16} aria-hidden />} onClick={onHistory}>
            {t('common.history')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
