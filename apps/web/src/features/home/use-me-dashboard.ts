import type { MeDashboard } from '@pilotis/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, toQueryString } from '../../lib/api';

/** The signed-in person's home page; always refetched on arrival, so an update made a minute ago shows. */
export function useMeDashboard(staleDays: number) {
  return useQuery({
    queryKey: ['dashboards', 'me', staleDays],
    queryFn: async () => (await apiGet<{ data: MeDashboard }>(`/api/me/dashboard${toQueryString({ staleDays })}`)).data,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
