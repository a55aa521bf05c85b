import { Anchor, Button, SimpleGrid, Stack } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { planPath } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { ActionRefTable } from '../ActionRefTable';
import { DashboardFiltersBar } from '../DashboardFiltersBar';
import { queryOf, useDashboardFilters } from '../dashboard-filters';
import { linkWith, readDrill } from '../drill';
import { IndicatorTiles } from '../IndicatorTiles';
import { MilestoneTable } from '../MilestoneTable';
import { Section } from '../Section';
import { StatusMix } from '../StatusMix';
import { usePlanDashboard } from '../use-dashboards';
import { BreakdownSection } from './BreakdownSection';
import { BudgetSection } from './BudgetSection';
import { DrillActionsSection } from './DrillActionsSection';
import { FocusBreadcrumb } from './FocusBreadcrumb';
import { PlanKeyFigures } from './PlanKeyFigures';
import { useScrollToHash } from '../use-scroll-to-hash';

/**
 * /plans/:id/tableau-de-bord?nodeId=…: a plan's figures, or one node's (drill-down), with the
 * dashboard filters; every figure leads to the actions it counts, and each action to its fiche.
 */
export function PlanDashboardPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const { filters, setFilters, search } = useDashboardFilters();
  const nodeId = search.get('nodeId');
  const dashboard = usePlanDashboard(id, nodeId, filters);
  const drill = readDrill(search);
  useScrollToHash(dashboard.data !== undefined, search.toString());

  if (dashboard.isPending) return <LoadingState />;
  if (!dashboard.data) return <ErrorAlert error={dashboard.error} />;

  const { plan, focus, summary, breakdown } = dashboard.data;
  const focused = focus.path[focus.path.length - 1];
  const scopeName = focused ? `${focused.code} ${focused.title}` : plan.name;
  const childLevel = breakdown[0]?.levelName ?? plan.levelNames[focus.path.length] ?? t('dashboards.plan.items');
  const toList = (patch: Record<string, string>) => linkWith(search, patch, 'actions');

  return (
    <>
      <PageHeader
        title={t('dashboards.plan.title', { name: plan.name })}
        description={focused ? t('dashboards.plan.focusedOn', { name: scopeName }) : t('dashboards.plan.description')}
        actions={
          <Button component={Link} to={`${planPath(plan.id)}${queryOf({ noeud: nodeId })}`} variant="default" leftSection={<IconListDetails size={18} aria-hidden />}>
            {t('dashboards.plan.openPlan')}
          </Button>
        }
      />
      <FocusBreadcrumb dashboard={dashboard.data} />
      <DashboardFiltersBar filters={filters} onChange={setFilters} />
      <Stack gap="lg" aria-busy={dashboard.isFetching}>
        <PlanKeyFigures summary={summary} elapsedPercent={plan.elapsedPercent} toList={toList} toBudget={breakdown.length > 0 ? linkWith(search, {}, 'budget') : undefined} />
        {breakdown.length > 0 && <BreakdownSection rows={breakdown} elapsedPercent={plan.elapsedPercent} levelName={childLevel} />}
        <Section id="mix" title={t('dashboards.mix.title')}>
          <StatusMix rollup={summary} linkTo={(patch) => toList(patch as Record<string, string>)} />
        </Section>
        <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
          <Section id="late" title={t('dashboards.late.title', { count: dashboard.data.lateActions.total })}>
            <ActionRefTable
              items={dashboard.data.lateActions.items}
              total={dashboard.data.lateActions.total}
              caption={t('dashboards.late.caption')}
              empty={t('dashboards.late.empty')} hideBadge="late"
              more={{ to: toList({ late: 'true' }), label: t('dashboards.late.all') }}
            />
          </Section>
          <Section id="milestones" title={t('dashboards.milestones.heading')}>
            <MilestoneTable items={dashboard.data.upcomingMilestones.items} total={dashboard.data.upcomingMilestones.total} caption={t('dashboards.milestones.caption')} />
          </Section>
        </SimpleGrid>
        {breakdown.length > 0 && <BudgetSection rows={breakdown} total={summary.budget} levelName={childLevel} />}
        <Section
          id="flagships"
          title={t('dashboards.flagships.title', { count: dashboard.data.flagships.total })}
          actions={dashboard.data.flagships.total > 0 && filters.flagship !== 'true' && (
            <Anchor component={Link} to={linkWith(search, { flagship: 'true' }, 'actions')} size="sm">{t('dashboards.flagships.only')}</Anchor>
          )}
        >
          <ActionRefTable items={dashboard.data.flagships.items} total={dashboard.data.flagships.total} caption={t('dashboards.flagships.caption')} empty={t('dashboards.flagships.empty')} hideBadge="flagship" />
        </Section>
        <Section id="indicators" title={t('dashboards.indicators.title')}>
          <IndicatorTiles tiles={dashboard.data.indicators} empty={t('dashboards.indicators.empty')} />
        </Section>
        <DrillActionsSection planId={plan.id} nodeId={nodeId} scopeName={scopeName} filters={filters} drill={drill} />
      </Stack>
    </>
  );
}
