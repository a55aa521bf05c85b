import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoadingState } from '../components/LoadingState';
import { AccountPage } from '../features/account/AccountPage';
import { AuthGate } from '../features/auth/AuthGate';
import { InvitationPage } from '../features/auth/InvitationPage';
import { PublicLayout } from '../features/auth/PublicLayout';
import { SignInPage } from '../features/auth/SignInPage';
import { HomePage } from '../features/home/HomePage';
import { OrgUnitsPage } from '../features/org-units/OrgUnitsPage';
import { PeoplePage } from '../features/users/PeoplePage';
import { StatusesPage } from '../features/statuses/StatusesPage';
import { ApiTokensPage } from '../features/integrations/ApiTokensPage';
import { ConnectorsPage } from '../features/integrations/ConnectorsPage';
import { ImportPage } from '../features/indicator-import/ImportPage';
import { EntryGridPage } from '../features/indicators/EntryGridPage';
import { IndicatorPage } from '../features/indicators/IndicatorPage';
import { IndicatorsPage } from '../features/indicators/IndicatorsPage';
import { ActionPage } from '../features/actions/ActionPage';
import { MyActionsPage } from '../features/my-actions/MyActionsPage';
import { PlanPage } from '../features/plans/PlanPage';
import { PlansPage } from '../features/plans/PlansPage';
import { StrategyMapRoute } from '../features/strategy-map/StrategyMapRoute';
import { NotFoundPage } from './NotFoundPage';
import { paths } from './paths';
import { AppLayout } from './shell/AppLayout';

/**
 * A feature page fetched when first visited, so its code (and what only it imports: charts…)
 * stays out of the first download; the shell stays on screen with a loader meanwhile.
 */
function lazyPage<M>(load: () => Promise<M>, name: keyof M) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
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
      { path: paths.invitation, element: <InvitationPage /> },
    ],
  },
  {
    element: <AuthGate />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { path: paths.home, element: <HomePage /> },
          { path: paths.account, element: <AccountPage /> },
          { path: paths.orgUnits, element: <OrgUnitsPage /> },
          { path: paths.people, element: <PeoplePage /> },
          { path: paths.statuses, element: <StatusesPage /> },
          { path: paths.apiTokens, element: <ApiTokensPage /> },
          { path: paths.connectors, element: <ConnectorsPage /> },
          { path: paths.indicatorImport, element: <ImportPage /> },
          { path: paths.indicators, element: <IndicatorsPage /> },
          { path: paths.indicatorEntry, element: <EntryGridPage /> },
          { path: paths.indicator, element: <IndicatorPage /> },
          { path: paths.plans, element: <PlansPage /> },
          { path: paths.plan, element: <PlanPage /> },
          { path: paths.strategyMap, element: <StrategyMapRoute /> },
          { path: paths.planQuality, element: lazyPage(() => import('../features/quality/QualityPage'), 'QualityPage') },
          { path: paths.planDashboard, element: lazyPage(() => import('../features/dashboards/plan/PlanDashboardPage'), 'PlanDashboardPage') },
          { path: paths.leadership, element: lazyPage(() => import('../features/dashboards/leadership/LeadershipPage'), 'LeadershipPage') },
          { path: paths.orgUnitDashboards, element: lazyPage(() => import('../features/dashboards/org-unit/OrgUnitDashboardsPage'), 'OrgUnitDashboardsPage') },
          { path: paths.orgUnitDashboard, element: lazyPage(() => import('../features/dashboards/org-unit/OrgUnitDashboardPage'), 'OrgUnitDashboardPage') },
          { path: paths.action, element: <ActionPage /> },
          { path: paths.myActions, element: <MyActionsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
