import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { ActionRefTable } from '../ActionRefTable';
import { DashboardFiltersBar } from '../DashboardFiltersBar';
import { queryOf, useDashboardFilters } from '../dashboard-filters';
import { IndicatorTiles } from '../IndicatorTiles';
import { Section } from '../Section';
import { useLeadershipDashboard } from '../use-dashboards';
import { PlanCard } from './PlanCard';

/**
 * /pilotage — the Direction générale and élus: every active plan on one screen (what the
 * directorates published to them), late actions and flagship projects, published indicators.
 */
export function LeadershipPage() {
  const { t } = useTranslation();
  const { filters, setFilters } = useDashboardFilters();
  const dashboard = useLeadershipDashboard(filters);
  const data = dashboard.data;
  const planNames = new Map(data?.plans.map((entry) => [entry.plan.id, entry.plan.name]));

  return (
    <>
      <PageHeader title={t('dashboards.leadership.title')} description={t('dashboards.leadership.description')} />
      <DashboardFiltersBar filters={filters} onChange={setFilters} />
      {dashboard.isPending && <LoadingState />}
      <ErrorAlert error={dashboard.error} />
      {data && (
        <Stack gap="lg" aria-busy={dashboard.isFetching}>
          <Section id="plans" title={t('dashboards.leadership.plans', { count: data.plans.length })}>
            {data.plans.length === 0 ? (
              <Text c="dimmed">{t('dashboards.leadership.noPlan')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                {data.plans.map((entry) => (
                  <PlanCard key={entry.plan.id} entry={entry} filterQuery={queryOf({ ...filters })} />
                ))}
              </SimpleGrid>
            )}
          </Section>
          <Section id="late" title={t('dashboards.late.title', { count: data.lateActions.total })}>
            <ActionRefTable items={data.lateActions.items} total={data.lateActions.total} caption={t('dashboards.late.captionAll')} empty={t('dashboards.late.empty')} hideBadge="late" planNames={planNames} />
          </Section>
          <Section id="flagships" title={t('dashboards.flagships.title', { count: data.flagships.total })}>
            <ActionRefTable items={data.flagships.items} total={data.flagships.total} caption={t('dashboards.flagships.captionAll')} empty={t('dashboards.flagships.empty')} hideBadge="flagship" planNames={planNames} />
          </Section>
          <Section id="indicators" title={t('dashboards.indicators.published')}>
            <IndicatorTiles tiles={data.indicators} empty={t('dashboards.indicators.emptyPublished')} />
          </Section>
        </Stack>
      )}
    </>
  );
}
