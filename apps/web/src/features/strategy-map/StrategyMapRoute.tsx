import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { matchPath } from 'react-router';
import { paths } from '../../app/paths';
import { LoadingState } from '../../components/LoadingState';
import { textsReady } from '../../lib/i18n';
import { mapApiQuery, mapViewParams, strategyMapQuery } from './map-request';

// The map's code is fetched on the first visit only: it stays out of the app's first download.
let loaded: typeof import('./StrategyMapPage') | undefined;
const loadPage = () => Promise.all([import('./StrategyMapPage'), textsReady]).then(([module]) => (loaded = module));
const LazyStrategyMapPage = lazy(async () => ({ default: (await loadPage()).StrategyMapPage }));

export function StrategyMapRoute() {
  // Code already here (fetched at start-up or on an earlier visit): the page is drawn in this very
  // render, without a loader first (lazy() always suspends once). Chosen once per visit of the page.
  const [page] = useState(() => loaded);
  if (page) return <page.StrategyMapPage />;
  return (
    <Suspense fallback={<LoadingState />}>
      <LazyStrategyMapPage />
    </Suspense>
  );
}

/**
 * Opening the app on a map: its code and its data are asked for at once, alongside the session
 * check (/api/me), instead of one after the other (session → page code → page's request); the
 * page then finds both ready. Without a session the request fails like any other (401). With
 * dashboard filters in the URL the data waits for the page (checking them would weigh on the first
 * download of every page).
 */
export function preloadStrategyMap(queryClient: QueryClient, location: Pick<Location, 'pathname' | 'search'>) {
  const match = matchPath(paths.strategyMap, location.pathname);
  if (!match?.params.id) return;
  void loadPage();
  const search = new URLSearchParams(location.search);
  if ([...search.keys()].some((key) => !mapViewParams.has(key))) return;
  void queryClient.prefetchQuery(strategyMapQuery(match.params.id, mapApiQuery(search, {})));
}
