import type { IndicatorSummary } from '@pilotis/shared';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { indicatorPath } from '../../app/paths';
import { useOrgUnits } from '../org-units/use-org-units';
import { MeasureStatusBadge, TrendLabel } from './IndicatorBadges';
import { useIndicatorFormat } from './indicator-format';

interface IndicatorsTableProps {
  indicators: IndicatorSummary[];
  caption: string;
}

/** The library: one row per indicator with its latest value, target, status and trend. */
export function IndicatorsTable({ indicators, caption }: IndicatorsTableProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const units = new Map((useOrgUnits().data ?? []).map((unit) => [unit.id, unit.name]));
  if (indicators.length === 0) return <Text c="dimmed">{t('indicators.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{caption}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {['code', 'name', 'ownerUnit', 'periodicity', 'lastValue', 'target', 'status', 'trend'].map((column) => (
              <Table.Th key={column} scope="col">{t(`indicators.columns.${column}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => {
            const latest = indicator.latest;
            return (
              <Table.Tr key={indicator.id}>
                <Table.Td>{indicator.code}</Table.Td>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={indicatorPath(indicator.id)} fw={600}>{indicator.name}</Anchor>
                  {indicator.due && (
                    <Badge display="block" mt={4} variant="outline" color="gray.8" radius="sm" tt="none" fw={600}>
                      {t('indicators.dueFor', { period: format.period(indicator.duePeriod, indicator.periodicity) })}
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td>{indicator.ownerOrgUnitId ? (units.get(indicator.ownerOrgUnitId) ?? '') : t('common.empty')}</Table.Td>
                <Table.Td>{t(`indicators.periodicities.${indicator.periodicity}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {latest ? (
                    <>
                      <Text size="sm" fw={600}>{format.value(latest.value, indicator)}</Text>
                      <Text size="xs" c="dimmed">
                        {format.period(latest.period, indicator.periodicity)}
                        {latest.state === 'draft' ? ` · ${t('indicators.states.draft')}` : ''}
                      </Text>
                    </>
                  ) : (
                    t('indicators.noValue')
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.target(latest?.target, latest?.targetMax, indicator)}</Table.Td>
                <Table.Td><MeasureStatusBadge status={latest?.status ?? 'no_target'} /></Table.Td>
                <Table.Td><TrendLabel trend={latest?.trend ?? null} /></Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
