import type { OrgUnit } from '@pilotis/shared';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { orderedUnits } from './org-unit-options';
import { OrgUnitRow } from './OrgUnitRow';

interface OrgUnitTableProps {
  units: OrgUnit[];
  hideInactive: boolean;
  canManage: boolean;
  onEdit: (id: string) => void;
  onHistory: (id: string) => void;
}

/** The tree as an indented table: every action is a plain button, reachable with Tab. */
export function OrgUnitTable({ units, hideInactive, canManage, onEdit, onHistory }: OrgUnitTableProps) {
  const { t } = useTranslation();
  const rows = orderedUnits(units).filter(({ item }) => !hideInactive || item.active);
  if (rows.length === 0) return <Text c="dimmed">{t('orgUnits.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">
            {t('orgUnits.caption')}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('orgUnits.columnName')}</Table.Th>
            <Table.Th scope="col">{t('orgUnits.columnStatus')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ item, depth }) => (
            <OrgUnitRow
              key={item.id}
              unit={item}
              depth={depth}
              canManage={canManage}
              onEdit={() => onEdit(item.id)}
              onHistory={() => onHistory(item.id)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
