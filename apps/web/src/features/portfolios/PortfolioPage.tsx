import { Button, Tabs } from '@mantine/core';
import { IconCoin, IconFilePlus, IconSitemap } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { planPath, portfolioBudgetPath, portfolioRequestPath } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ArbitrationPanel } from './arbitration/ArbitrationPanel';
import { ProjectsPanel } from './ProjectsPanel';
import { RoadmapPanel } from './roadmap/RoadmapPanel';
import { SettingsPanel } from './settings/SettingsPanel';
import { usePortfolio } from './use-portfolios';

const tabs = ['projets', 'arbitrage', 'feuille-de-route', 'reglages'] as const;
type Tab = (typeof tabs)[number];

/** One portfolio: its projects, the arbitration, the roadmap and (managers) its settings; the tab is in the URL. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const portfolio = usePortfolio(id);
  const [searchParams, setSearchParams] = useSearchParams();
  const asked = searchParams.get('onglet') as Tab | null;

  if (portfolio.isPending) return <LoadingState />;
  if (!portfolio.data) return <ErrorAlert error={portfolio.error} />;
  const current = portfolio.data;
  const { startYear, endYear } = current.settings;
  const visibleTabs = tabs.filter((tab) => tab !== 'reglages' || current.can.manage);
  const tab: Tab = asked && visibleTabs.includes(asked) ? asked : 'projets';
  const select = (value: string | null) => setSearchParams(value && value !== 'projets' ? { onglet: value } : {}, { replace: true });

  return (
    <>
      <PageHeader
        title={current.name}
        description={t('portfolios.portfolio.periodText', { start: startYear, end: endYear })}
        actions={
          <>
            {current.can.submit && (
              <Button component={Link} to={portfolioRequestPath(current.id)} leftSection={<IconFilePlus size={18} aria-hidden />}>
                {t('portfolios.portfolio.newRequest')}
              </Button>
            )}
            <Button component={Link} to={portfolioBudgetPath(current.id)} variant="default" leftSection={<IconCoin size={18} aria-hidden />}>
              {t('portfolios.portfolio.budgetLink')}
            </Button>
            <Button component={Link} to={planPath(current.id)} variant="default" leftSection={<IconSitemap size={18} aria-hidden />}>
              {t('portfolios.portfolio.planLink')}
            </Button>
          </>
        }
      />
      <Tabs value={tab} onChange={select} keepMounted={false}>
        <Tabs.List mb="md">
          {visibleTabs.map((value) => (
            <Tabs.Tab key={value} value={value}>{t(`portfolios.portfolio.tabs.${value}`)}</Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="projets"><ProjectsPanel portfolio={current} /></Tabs.Panel>
        <Tabs.Panel value="arbitrage"><ArbitrationPanel portfolio={current} /></Tabs.Panel>
        <Tabs.Panel value="feuille-de-route"><RoadmapPanel portfolioId={current.id} /></Tabs.Panel>
        {current.can.manage && <Tabs.Panel value="reglages"><SettingsPanel portfolio={current} /></Tabs.Panel>}
      </Tabs>
    </>
  );
}
