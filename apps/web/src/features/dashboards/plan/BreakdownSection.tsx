import type { NodeBreakdown } from '@pilotis/shared';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProgressWithLabel } from '../../../components/ProgressWithLabel';
import { useDashboardFormat } from '../use-dashboard-format';
import { buildCompletionOption, completionChartHeight } from '../charts/completion-chart';
import { shortLabel } from '../charts/chart-theme';
import { EChart } from '../charts/EChart';
import { linkWith } from '../drill';
import { Section } from '../Section';

interface BreakdownSectionProps {
  rows: NodeBreakdown[];
  elapsedPercent: number | null;
  /** « Axes », « Objectifs »…: the level shown. */
  levelName: string;
}

/**
 * Completion per axis (or per child of the focused node): a bar chart with the time elapsed
 * as a line, then the same rows as a table whose names open the node (drill-down) and whose
 * counts open the list of its actions.
 */
export function BreakdownSection({ rows, elapsedPercent, levelName }: BreakdownSectionProps) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const option = buildCompletionOption(
    rows.map((row) => ({ label: shortLabel(row.code, row.title), progress: row.progress })),
    elapsedPercent,
    { elapsed: t('dashboards.pace.elapsedShort') },
    format.percent,
  );
  const best = [...rows].filter((row) => row.progress !== null).sort((a, b) => b.progress! - a.progress!);
  const summary =
    best.length === 0
      ? t('dashboards.breakdown.summaryEmpty', { level: levelName })
      : t('dashboards.breakdown.summary', {
          count: rows.length,
          level: levelName,
          best: `${best[0]!.code} ${best[0]!.title}`,
          bestValue: format.percent(best[0]!.progress),
          worst: `${best[best.length - 1]!.code} ${best[best.length - 1]!.title}`,
          worstValue: format.percent(best[best.length - 1]!.progress),
        }) + (elapsedPercent === null ? '' : ` ${t('dashboards.breakdown.summaryElapsed', { value: format.percent(elapsedPercent) })}`);

  return (
    <Section id="breakdown" title={t('dashboards.breakdown.title', { level: levelName })}>
      <EChart
        option={option}
        summary={summary}
        height={completionChartHeight(rows.length, elapsedPercent !== null)}
        testId="completion-chart"
        onItemClick={(index) => rows[index] && navigate(linkWith(search, { nodeId: rows[index].nodeId }))}
      />
      <Table.ScrollContainer minWidth={620} mt="md">
        <Table striped verticalSpacing="xs">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            <Text component="span" c="dimmed" size="sm">{t('dashboards.breakdown.caption', { level: levelName })}</Text>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{levelName}</Table.Th>
              <Table.Th scope="col">{t('dashboards.figures.progress')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('dashboards.figures.actions')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('dashboards.figures.late')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('dashboards.figures.done')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.nodeId}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={linkWith(search, { nodeId: row.nodeId })} fw={600}>
                    {`${row.code} ${row.title}`}
                  </Anchor>
                  {row.childCount > 0 && <Text size="xs" c="dimmed">{t('dashboards.breakdown.children', { count: row.childCount })}</Text>}
                </Table.Th>
                <Table.Td>
                  <ProgressWithLabel value={row.progress} label={t('dashboards.breakdown.progressOf', { name: `${row.code} ${row.title}` })} w={150} />
                </Table.Td>
                <Table.Td ta="right">
                  <Anchor component={Link} to={linkWith(search, { nodeId: row.nodeId }, 'actions')} aria-label={t('dashboards.breakdown.actionsOf', { count: row.actionCount, name: row.code })}>
                    {format.integer(row.actionCount)}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">
                  {row.lateCount > 0 ? (
                    <Anchor component={Link} to={linkWith(search, { nodeId: row.nodeId, late: 'true' }, 'actions')} c="red.9" fw={700} aria-label={t('dashboards.breakdown.lateOf', { count: row.lateCount, name: row.code })}>
                      {format.integer(row.lateCount)}
                    </Anchor>
                  ) : (
                    format.integer(0)
                  )}
                </Table.Td>
                <Table.Td ta="right">{format.integer(row.byCategory.done)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
