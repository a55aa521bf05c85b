import type { QualityReport } from '@pilotis/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, toQueryString } from '../../lib/api';

/** The data quality panel of one plan, for a given « without update for N days » threshold. */
export function useQualityReport(planId: string | undefined, staleDays: number) {
  return useQuery({
    queryKey: ['dashboards', 'quality', planId ?? '', staleDays],
    queryFn: async () => (await apiGet<{ data: QualityReport }>(`/api/plans/${planId}/quality${toQueryString({ staleDays })}`)).data,
    enabled: planId !== undefined,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
