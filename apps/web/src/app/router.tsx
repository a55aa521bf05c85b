import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoadingState } from '../components/LoadingState';
import { textsReady } from '../lib/i18n';
import { AuthGate } from '../features/auth/AuthGate';
import { PublicLayout } from '../features/auth/PublicLayout';
import { SignInPage } from '../features/auth/SignInPage';
import { StrategyMapRoute } from '../features/strategy-map/StrategyMapRoute';
import { NotFoundPage } from './NotFoundPage';
import { paths } from './paths';
import { AppLayout } from './shell/AppLayout';

/**
 * A feature page fetched when first visited, so its code (and what only it imports: charts…)
 * stays out of the first download; the shell stays on screen with a loader meanwhile. Only the
 * shell, the sign-in page and « not found » are in the first bundle (initial JS ≤ 250 KB gz,
 * measured by bench/web-bundle.bench.mjs).
 */
function lazyPage<M>(load: () => Promise<M>, name: keyof M) {
  // The page's texts come in their own download (lib/i18n.ts): drawn once both are here.
  const Page = lazy(async () => ({ default: (await Promise.all([load(), textsReady]))[0][name] as ComponentType }));
  return (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  );
}

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      { path: paths.signIn, element: <SignInPage /> },
      { path: paths.invitation, element: lazyPage(() => import('../features/auth/InvitationPage'), 'InvitationPage') },
    ],
  },
  {
    element: <AuthGate />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { path: paths.home, element: lazyPage(() => import('../features/home/HomePage'), 'HomePage') },
          { path: paths.account, element: lazyPage(() => import('../features/account/AccountPage'), 'AccountPage') },
          { path: '/notifications', element: lazyPage(() => import('../features/notifications/NotificationsPage'), 'NotificationsPage') },
          { path: paths.orgUnits, element: lazyPage(() => import('../features/org-units/OrgUnitsPage'), 'OrgUnitsPage') },
          { path: paths.people, element: lazyPage(() => import('../features/users/PeoplePage'), 'PeoplePage') },
          { path: paths.statuses, element: lazyPage(() => import('../features/statuses/StatusesPage'), 'StatusesPage') },
          { path: paths.apiTokens, element: lazyPage(() => import('../features/integrations/ApiTokensPage'), 'ApiTokensPage') },
          { path: paths.connectors, element: lazyPage(() => import('../features/integrations/ConnectorsPage'), 'ConnectorsPage') },
          { path: paths.outbox, element: lazyPage(() => import('../features/outbox/OutboxPage'), 'OutboxPage') },
          { path: paths.reports, element: lazyPage(() => import('../features/reports/ReportsPage'), 'ReportsPage') },
          { path: paths.reportSubscriptions, element: lazyPage(() => import('../features/report-subscriptions/ReportSubscriptionsPage'), 'ReportSubscriptionsPage') },
          { path: paths.indicatorImport, element: lazyPage(() => import('../features/indicator-import/ImportPage'), 'ImportPage') },
          { path: paths.indicators, element: lazyPage(() => import('../features/indicators/IndicatorsPage'), 'IndicatorsPage') },
          { path: paths.indicatorEntry, element: lazyPage(() => import('../features/indicators/EntryGridPage'), 'EntryGridPage') },
          { path: paths.indicator, element: lazyPage(() => import('../features/indicators/IndicatorPage'), 'IndicatorPage') },
          { path: paths.plans, element: lazyPage(() => import('../features/plans/PlansPage'), 'PlansPage') },
          { path: '/plans/importer', element: lazyPage(() => import('../features/plan-import/PlanImportPage'), 'PlanImportPage') },
          { path: paths.plan, element: lazyPage(() => import('../features/plans/PlanPage'), 'PlanPage') },
          { path: paths.strategyMap, element: <StrategyMapRoute /> },
          { path: paths.planQuality, element: lazyPage(() => import('../features/quality/QualityPage'), 'QualityPage') },
          { path: paths.planDashboard, element: lazyPage(() => import('../features/dashboards/plan/PlanDashboardPage'), 'PlanDashboardPage') },
          { path: paths.leadership, element: lazyPage(() => import('../features/dashboards/leadership/LeadershipPage'), 'LeadershipPage') },
          { path: paths.orgUnitDashboards, element: lazyPage(() => import('../features/dashboards/org-unit/OrgUnitDashboardsPage'), 'OrgUnitDashboardsPage') },
          { path: paths.orgUnitDashboard, element: lazyPage(() => import('../features/dashboards/org-unit/OrgUnitDashboardPage'), 'OrgUnitDashboardPage') },
          { path: paths.action, element: lazyPage(() => import('../features/actions/ActionPage'), 'ActionPage') },
          { path: paths.reviews, element: lazyPage(() => import('../features/reviews/ReviewsPage'), 'ReviewsPage') },
          { path: paths.review, element: lazyPage(() => import('../features/reviews/ReviewPage'), 'ReviewPage') },
          { path: paths.reviewChanges, element: lazyPage(() => import('../features/reviews/ReviewChangesPage'), 'ReviewChangesPage') },
          { path: paths.portfolios, element: lazyPage(() => import('../features/portfolios/PortfoliosPage'), 'PortfoliosPage') },
          { path: paths.portfolio, element: lazyPage(() => import('../features/portfolios/PortfolioPage'), 'PortfolioPage') },
          { path: paths.portfolioRequest, element: lazyPage(() => import('../features/portfolios/request/RequestPage'), 'RequestPage') },
          { path: paths.portfolioBudget, element: lazyPage(() => import('../features/finance/PortfolioBudgetPage'), 'PortfolioBudgetPage') },
          { path: paths.portfolioFinanceImport, element: lazyPage(() => import('../features/finance/FinanceImportPage'), 'FinanceImportPage') },
          { path: paths.project, element: lazyPage(() => import('../features/portfolios/project/ProjectPage'), 'ProjectPage') },
          { path: paths.myActions, element: lazyPage(() => import('../features/my-actions/MyActionsPage'), 'MyActionsPage') },
          { path: paths.campaigns, element: lazyPage(() => import('../features/campaigns/CampaignsPage'), 'CampaignsPage') },
          { path: paths.campaign, element: lazyPage(() => import('../features/campaigns/CampaignPage'), 'CampaignPage') },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
