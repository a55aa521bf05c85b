import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { indicatorPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { MeasureStatusBadge, TrendLabel } from './IndicatorBadges';
import { useIndicatorFormat } from './indicator-format';
import { useIndicators } from './use-indicators';

/** The indicators linked to one action or plan node: latest value, status, trend, link to each. */
export function LinkedIndicatorsList({ actionId, nodeId, caption }: { actionId?: string; nodeId?: string; caption: string }) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const list = useIndicators(actionId ? { actionId } : { nodeId });

  if (list.isPending) return <LoadingState />;
  if (list.error) return <ErrorAlert error={list.error} />;
  const indicators = list.data?.data ?? [];
  if (indicators.length === 0) return <Text size="sm" c="dimmed">{t('indicators.linked.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="xs">
        {/* The section's heading already says it on screen; the caption names the table for screen readers. */}
        <Table.Caption><VisuallyHidden>{caption}</VisuallyHidden></Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {['name', 'lastValue', 'target', 'status', 'trend'].map((column) => (
              <Table.Th key={column} scope="col">{t(`indicators.columns.${column}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => (
            <Table.Tr key={indicator.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={indicatorPath(indicator.id)} fw={600}>{`${indicator.code} ${indicator.name}`}</Anchor>
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {indicator.latest
                  ? `${format.value(indicator.latest.value, indicator)} (${format.period(indicator.latest.period, indicator.periodicity)})`
                  : t('indicators.noValue')}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.target(indicator.latest?.target, indicator.latest?.targetMax, indicator)}</Table.Td>
              <Table.Td><MeasureStatusBadge status={indicator.latest?.status ?? 'no_target'} /></Table.Td>
              <Table.Td><TrendLabel trend={indicator.latest?.trend ?? null} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
