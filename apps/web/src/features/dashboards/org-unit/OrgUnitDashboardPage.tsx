import { Anchor, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { ProgressWithLabel } from '../../../components/ProgressWithLabel';
import { ActionRefTable } from '../ActionRefTable';
import { DashboardFiltersBar } from '../DashboardFiltersBar';
import { useDashboardFilters } from '../dashboard-filters';
import { IndicatorTiles } from '../IndicatorTiles';
import { KeyFigure } from '../KeyFigure';
import { MilestoneTable } from '../MilestoneTable';
import { Section } from '../Section';
import { StatusMix } from '../StatusMix';
import { useDashboardFormat } from '../use-dashboard-format';
import { useOrgUnitDashboard } from '../use-dashboards';
import { useScrollToHash } from '../use-scroll-to-hash';
import { OrgUnitPicker } from './OrgUnitPicker';

/** /directions/:id/tableau-de-bord — a directorate and the units below it: its actions, late items, milestones, indicators due. */
export function OrgUnitDashboardPage() {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const { id } = useParams<{ id: string }>();
  const { filters, setFilters, search } = useDashboardFilters();
  const dashboard = useOrgUnitDashboard(id, filters);
  const data = dashboard.data;
  useScrollToHash(data !== undefined, search.toString());

  return (
    <>
      <PageHeader
        title={data ? t('dashboards.orgUnit.title', { name: data.orgUnit.name }) : t('dashboards.orgUnit.pickTitle')}
        description={t('dashboards.orgUnit.description')}
      />
      <OrgUnitPicker value={id ?? null} />
      <DashboardFiltersBar filters={filters} onChange={setFilters} withOrgUnit={false} />
      {dashboard.isPending && <LoadingState />}
      <ErrorAlert error={dashboard.error} />
      {data && (
        <Stack gap="lg" aria-busy={dashboard.isFetching}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
            <Card withBorder padding="md" radius="md">
              <Text size="sm" c="dimmed" fw={600} mb={6}>{t('dashboards.figures.progress')}</Text>
              <ProgressWithLabel value={data.summary.progress} label={t('dashboards.orgUnit.progress', { name: data.orgUnit.name })} w="100%" />
            </Card>
            <KeyFigure label={t('dashboards.figures.actions')} value={format.integer(data.summary.actionCount)} detail={t('dashboards.figures.doneDetail', { count: data.summary.byCategory.done })} to={{ search: search.toString(), hash: '#unit-actions' }} />
            <KeyFigure label={t('dashboards.figures.late')} value={format.integer(data.summary.lateCount)} detail={t('dashboards.figures.lateDetail', { count: data.summary.lateCount })} to={{ search: search.toString(), hash: '#late' }} tone={data.summary.lateCount > 0 ? 'alert' : undefined} />
            <KeyFigure label={t('dashboards.figures.indicatorsDue')} value={format.integer(data.indicatorsDue.length)} detail={t('dashboards.figures.indicatorsDueDetail', { count: data.indicatorsDue.length })} to={{ search: search.toString(), hash: '#due' }} tone={data.indicatorsDue.length > 0 ? 'alert' : undefined} />
          </SimpleGrid>
          <Section id="mix" title={t('dashboards.mix.title')}>
            <StatusMix rollup={data.summary} />
          </Section>
          <Section id="late" title={t('dashboards.late.title', { count: data.lateActions.total })}>
            <ActionRefTable items={data.lateActions.items} total={data.lateActions.total} caption={t('dashboards.late.captionUnit')} empty={t('dashboards.late.empty')} hideBadge="late" />
          </Section>
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
            <Section id="milestones" title={t('dashboards.milestones.heading')}>
              <MilestoneTable items={data.upcomingMilestones.items} total={data.upcomingMilestones.total} caption={t('dashboards.milestones.caption')} />
            </Section>
            <Section
              id="due"
              title={t('dashboards.indicators.dueTitle', { count: data.indicatorsDue.length })}
              actions={data.indicatorsDue.length > 0 && <Anchor component={Link} to={`${paths.indicatorEntry}?unite=${data.orgUnit.id}`} size="sm">{t('dashboards.indicators.enter')}</Anchor>}
            >
              <IndicatorTiles tiles={data.indicatorsDue} empty={t('dashboards.indicators.noneDue')} />
            </Section>
          </SimpleGrid>
          <Section id="unit-actions" title={t('dashboards.orgUnit.actions', { count: data.actions.total })}>
            <ActionRefTable items={data.actions.items} total={data.actions.total} caption={t('dashboards.orgUnit.actionsCaption', { name: data.orgUnit.name })} empty={t('dashboards.orgUnit.noAction')} />
          </Section>
          <Section id="indicators" title={t('dashboards.indicators.ofUnit')}>
            <IndicatorTiles tiles={data.indicators} empty={t('dashboards.indicators.empty')} />
          </Section>
        </Stack>
      )}
    </>
  );
}
