import type { DashboardRollup, NodeBreakdown } from '@pilotis/shared';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { buildBudgetOption } from '../charts/budget-chart';
import { shortLabel } from '../charts/chart-theme';
import { EChart } from '../charts/EChart';
import { linkWith } from '../drill';
import { Section } from '../Section';
import { useDashboardFormat } from '../use-dashboard-format';

/** Planned, committed and spent per node: grouped bars, a sentence, and the table with the totals. */
export function BudgetSection({ rows, total, levelName }: { rows: NodeBreakdown[]; total: DashboardRollup['budget']; levelName: string }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const texts = { planned: t('dashboards.budget.planned'), committed: t('dashboards.budget.committed'), spent: t('dashboards.budget.spent') };
  const share = (part: number) => (total.plannedCents > 0 ? format.percent(Math.round((part * 1000) / total.plannedCents) / 10) : '—');
  const summary =
    total.plannedCents === 0 && total.committedCents === 0 && total.spentCents === 0
      ? t('dashboards.budget.summaryEmpty')
      : t('dashboards.budget.summary', {
          planned: format.euros(total.plannedCents),
          committed: format.euros(total.committedCents),
          committedShare: share(total.committedCents),
          spent: format.euros(total.spentCents),
          spentShare: share(total.spentCents),
        });
  const option = buildBudgetOption(
    rows.map((row) => ({ label: shortLabel(row.code, row.title, 18), ...row.budget })),
    texts,
    { full: format.euros, short: format.eurosShort },
  );

  return (
    <Section id="budget" title={t('dashboards.budget.title', { level: levelName })}>
      <EChart option={option} summary={summary} height={300} testId="budget-chart" onItemClick={(index) => rows[index] && navigate(linkWith(search, { nodeId: rows[index].nodeId }))} />
      <Table.ScrollContainer minWidth={620} mt="md">
        <Table striped verticalSpacing="xs">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            <Text component="span" c="dimmed" size="sm">{t('dashboards.budget.caption', { level: levelName })}</Text>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{levelName}</Table.Th>
              <Table.Th scope="col" ta="right">{texts.planned}</Table.Th>
              <Table.Th scope="col" ta="right">{texts.committed}</Table.Th>
              <Table.Th scope="col" ta="right">{texts.spent}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.nodeId}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={linkWith(search, { nodeId: row.nodeId })}>{`${row.code} ${row.title}`}</Anchor>
                </Table.Th>
                <Table.Td ta="right">{format.euros(row.budget.plannedCents)}</Table.Td>
                <Table.Td ta="right">{format.euros(row.budget.committedCents)}</Table.Td>
                <Table.Td ta="right">{format.euros(row.budget.spentCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('dashboards.budget.total')}</Table.Th>
              <Table.Td ta="right" fw={700}>{format.euros(total.plannedCents)}</Table.Td>
              <Table.Td ta="right" fw={700}>{format.euros(total.committedCents)}</Table.Td>
              <Table.Td ta="right" fw={700}>{format.euros(total.spentCents)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
