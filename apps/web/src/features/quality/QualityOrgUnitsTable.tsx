import type { QualityReport } from '@pilotis/shared';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProgressWithLabel } from '../../components/ProgressWithLabel';

/**
 * Completeness of the plan's actions per pilot unit (actions without a unit on their own row).
 * Three columns that wrap on a small screen: a scroll container would hold nothing focusable.
 */
export function QualityOrgUnitsTable({ units }: { units: QualityReport['byOrgUnit'] }) {
  const { t } = useTranslation();
  if (units.length === 0) return <Text c="dimmed">{t('quality.units.none')}</Text>;
  return (
    <Table striped verticalSpacing="xs">
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
        <Text component="span" c="dimmed" size="sm">{t('quality.units.caption')}</Text>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('quality.units.unit')}</Table.Th>
          <Table.Th scope="col" style={{ textAlign: 'right' }}>{t('quality.units.actions')}</Table.Th>
          <Table.Th scope="col">{t('quality.units.score')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {units.map((unit) => {
          const name = unit.orgUnitId ? unit.name : t('quality.units.noUnit');
          return (
            <Table.Tr key={unit.orgUnitId ?? 'none'}>
              <Table.Th scope="row" fw={600}>{name}</Table.Th>
              <Table.Td style={{ textAlign: 'right' }}>{unit.actionCount}</Table.Td>
              <Table.Td><ProgressWithLabel value={unit.score} label={t('quality.units.scoreOf', { name })} w={160} /></Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
