import type { DashboardFilters, MeDashboard } from '@pilotis/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, toQueryString } from '../../lib/api';

/** The signed-in person's home page; always refetched on arrival, so an update made a minute ago shows. */
export function useMeDashboard(staleDays: number, filters: DashboardFilters) {
  const qs = toQueryString({ ...filters, staleDays });
  return useQuery({
    queryKey: ['dashboards', 'me', qs],
    queryFn: async () => (await apiGet<{ data: MeDashboard }>(`/api/me/dashboard${qs}`)).data,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
