import type { DashboardRollup } from '@pilotis/shared';
import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { To } from 'react-router';
import { ElapsedVsProgress } from '../ElapsedVsProgress';
import { KeyFigure } from '../KeyFigure';
import { useDashboardFormat } from '../use-dashboard-format';

interface PlanKeyFiguresProps {
  summary: DashboardRollup;
  elapsedPercent: number | null;
  toList: (patch: Record<string, string>) => To;
  /** The budget per node, when the page has one. */
  toBudget?: To;
}

/** The headline: progress against time, then counts that open the matching list of actions. */
export function PlanKeyFigures({ summary, elapsedPercent, toList, toBudget }: PlanKeyFiguresProps) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const lateCount = summary.lateCount;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
      <Card withBorder padding="md" radius="md" component="section" aria-label={t('dashboards.pace.title')}>
        <Text size="sm" c="dimmed" fw={600} mb={4}>{t('dashboards.pace.title')}</Text>
        <ElapsedVsProgress progress={summary.progress} elapsed={elapsedPercent} />
      </Card>
      <KeyFigure
        label={t('dashboards.figures.actions')}
        value={format.integer(summary.actionCount)}
        detail={t('dashboards.figures.doneDetail', { count: summary.byCategory.done })}
        to={toList({})}
      />
      <KeyFigure
        label={t('dashboards.figures.late')}
        value={format.integer(lateCount)}
        detail={t('dashboards.figures.lateDetail', { count: lateCount })}
        to={toList({ late: 'true' })}
        tone={lateCount > 0 ? 'alert' : undefined}
      />
      <KeyFigure
        label={t('dashboards.figures.budgetSpent')}
        value={format.eurosShort(summary.budget.spentCents)}
        detail={t('dashboards.figures.budgetDetail', { planned: format.euros(summary.budget.plannedCents), committed: format.euros(summary.budget.committedCents) })}
        to={toBudget}
      />
    </SimpleGrid>
  );
}
