import type { DashboardFilters, QualityReport } from '@pilotis/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, toQueryString } from '../../lib/api';

/** The data quality panel of one plan, for a « without update for N days » threshold and the dashboard filters. */
export function useQualityReport(planId: string | undefined, staleDays: number, filters: DashboardFilters) {
  const qs = toQueryString({ ...filters, staleDays });
  return useQuery({
    queryKey: ['dashboards', 'quality', planId ?? '', qs],
    queryFn: async () => (await apiGet<{ data: QualityReport }>(`/api/plans/${planId}/quality${qs}`)).data,
    enabled: planId !== undefined,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
