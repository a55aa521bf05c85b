import { lazy, Suspense } from 'react';
import { LoadingState } from '../../components/LoadingState';

// The map's code is fetched on the first visit only: it stays out of the app's first download.
const StrategyMapPage = lazy(async () => ({ default: (await import('./StrategyMapPage')).StrategyMapPage }));

export function StrategyMapRoute() {
  return (
    <Suspense fallback={<LoadingState />}>
      <StrategyMapPage />
    </Suspense>
  );
}
