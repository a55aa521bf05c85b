import { dashboardFiltersSchema, type DashboardFilters } from '@pilotis/shared';
import { useSearchParams } from 'react-router';

export const filterKeys = ['orgUnitId', 'pilotId', 'statusId', 'flagship', 'tag'] as const satisfies readonly (keyof DashboardFilters)[];

/** The filters in the page URL; a value the API would refuse (a mangled bookmark) is dropped, not sent. */
export function readFilters(search: URLSearchParams): DashboardFilters {
  const filters: DashboardFilters = {};
  for (const key of filterKeys) {
    const value = search.get(key);
    if (value === null || value === '') continue;
    const parsed = dashboardFiltersSchema.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) Object.assign(filters, { [key]: parsed.data });
  }
  return filters;
}

export const activeFilterCount = (filters: DashboardFilters) => filterKeys.filter((key) => filters[key] !== undefined).length;

/**
 * Dashboard filters live in the URL so a view can be bookmarked and shared. Changing them keeps
 * the other parameters (the focused node) but drops the drill-down list, which no longer matches.
 */
export function useDashboardFilters() {
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const setFilters = (next: DashboardFilters) => {
    setSearch(
      (current) => {
        const params = new URLSearchParams(current);
        for (const key of filterKeys) {
          const value = next[key];
          if (value === undefined || value === '') params.delete(key);
          else params.set(key, value);
        }
        return params;
      },
      { replace: true },
    );
  };
  return { filters, setFilters, search };
}

/** `?a=1&b=2` from the filters and extra parameters (empty values left out). */
export function queryOf(params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
