import type { DashboardFilters, StrategyMap } from '@pilotis/shared';
import { apiGet } from '../../lib/api';

/**
 * What the map asks the API for, from the page URL. Kept out of the map's lazy chunk (it is tiny,
 * and imports nothing heavy) so that opening /plans/:id/carte can start the request while the app
 * is still starting.
 */

/** `niveaux` in the URL: the levels shown (the server's rule when absent or invalid). */
export function mapDepthOf(search: URLSearchParams): number | undefined {
  const depth = Number(search.get('niveaux'));
  return Number.isInteger(depth) && depth >= 1 && depth <= 50 ? depth : undefined;
}

/** The API's query string for the map's view: the dashboard filters (read and checked by the caller), `depth`, `indicators`. */
export function mapApiQuery(search: URLSearchParams, filters: DashboardFilters): string {
  const params = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const depth = mapDepthOf(search);
  if (depth) params.set('depth', String(depth));
  if (search.get('indicateurs') === '1') params.set('indicators', 'true');
  return params.toString();
}

/** The map's own URL parameters: a URL with only these has no filters to check before asking. */
export const mapViewParams = new Set(['couleur', 'niveaux', 'indicateurs', 'format']);

export const strategyMapQuery = (planId: string | undefined, query: string) => ({
  queryKey: ['strategy-map', planId, query] as const,
  queryFn: async () => (await apiGet<{ data: StrategyMap }>(`/api/plans/${planId}/strategy-map${query ? `?${query}` : ''}`)).data,
});
