import type { DashboardFilters } from '@pilotis/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { readFilters } from '../dashboards/dashboard-filters';
import { colourModes, type ColourMode, type PaperFormat } from './map-model';
import { mapApiQuery, mapDepthOf, strategyMapQuery } from './map-request';

/**
 * The map's view lives in the URL so that a view can be bookmarked, shared and printed again:
 * `couleur` (statut, meteo, avancement), `niveaux` (levels shown; the server's rule when absent),
 * `indicateurs=1`, `format` (a3, a4) and the dashboard filters.
 */
const colourWords: Record<ColourMode, string> = { status: 'statut', weather: 'meteo', progress: 'avancement' };

export interface MapView {
  colour: ColourMode;
  depth: number | undefined;
  indicators: boolean;
  paper: PaperFormat;
  /** The dashboards' filters (same URL parameters), passed on to the API. */
  filters: DashboardFilters;
}

export function readView(search: URLSearchParams): MapView {
  const colour = colourModes.find((mode) => colourWords[mode] === search.get('couleur')) ?? 'status';
  return {
    colour,
    depth: mapDepthOf(search),
    indicators: search.get('indicateurs') === '1',
    paper: search.get('format') === 'a4' ? 'a4' : 'a3',
    filters: readFilters(search),
  };
}

export function useMapView() {
  const [search, setSearch] = useSearchParams();
  const view = readView(search);
  const apiQuery = mapApiQuery(search, view.filters);
  const setView = (patch: Partial<Omit<MapView, 'filters'>>) =>
    setSearch(
      (current) => {
        const params = new URLSearchParams(current);
        const put = (key: string, value: string | null) => (value === null ? params.delete(key) : params.set(key, value));
        if (patch.colour) put('couleur', patch.colour === 'status' ? null : colourWords[patch.colour]);
        if ('depth' in patch) put('niveaux', patch.depth ? String(patch.depth) : null);
        if (patch.indicators !== undefined) put('indicateurs', patch.indicators ? '1' : null);
        if (patch.paper) put('format', patch.paper === 'a3' ? null : patch.paper);
        return params;
      },
      { replace: true },
    );
  return { view, setView, apiQuery };
}

/** `apiQuery` from useMapView: the same URL → request rule as the early request made at start-up. */
export function useStrategyMap(planId: string | undefined, apiQuery: string) {
  return useQuery({
    ...strategyMapQuery(planId, apiQuery),
    enabled: planId !== undefined,
    // Changing the depth or the filters keeps this plan's map on screen until the new one arrives.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === planId ? keepPreviousData(previous) : undefined),
  });
}
