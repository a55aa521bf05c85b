import { Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentMe } from '../auth/use-me';
import { CampaignTasksSection } from '../campaigns/CampaignTasksSection';
import { useDashboardFilters } from '../dashboards/dashboard-filters';
import { DashboardCounts } from './DashboardCounts';
import { HomeFilters } from './HomeFilters';
import { IndicatorsToFillSection } from './IndicatorsToFillSection';
import { MilestonesSection } from './MilestonesSection';
import { MyActionsSection } from './MyActionsSection';
import { QuickLinks } from './QuickLinks';
import { useStaleDays } from './StaleDaysSelect';
import { useMeDashboard } from './use-me-dashboard';

/** Home page = my dashboard: what I must update, milestones coming, indicators to fill, links onward. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  return (
    <Stack maw={1200} gap="xl">
      <PageHeader
        title={t('home.welcome', { name: me.user.name })}
        documentTitle={t('home.title')}
        description={me.organization ? t('home.organization', { organization: me.organization.name }) : undefined}
      />
      {me.organization ? <PersonalDashboard /> : <Text size="lg">{t('home.noOrganization')}</Text>}
      <Divider />
      <QuickLinks />
    </Stack>
  );
}

function PersonalDashboard() {
  const { t } = useTranslation();
  const [staleDays, setStaleDays] = useStaleDays();
  const { filters, setFilters } = useDashboardFilters();
  const dashboard = useMeDashboard(staleDays, filters);
  if (dashboard.isPending) return <LoadingState />;
  if (!dashboard.data) return <ErrorAlert error={dashboard.error} title={t('homeDashboard.error')} />;
  return (
    <>
      <CampaignTasksSection />
      <HomeFilters filters={filters} onChange={setFilters} />
      <DashboardCounts dashboard={dashboard.data} />
      <MyActionsSection dashboard={dashboard.data} staleDays={staleDays} onStaleDays={setStaleDays} />
      <Divider />
      <MilestonesSection milestones={dashboard.data.upcomingMilestones} />
      <Divider />
      <IndicatorsToFillSection indicators={dashboard.data.indicatorsToFill} />
    </>
  );
}
