import type { LeadershipDashboard, OrgUnitDashboard, PlanDashboard, DashboardFilters } from '@pilotis/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api';
import { queryOf } from './dashboard-filters';

export const DASHBOARDS_KEY = ['dashboards'] as const;

/** Figures change with every fiche update: refetched when the page is shown again, kept while filters change. */
const common = { placeholderData: keepPreviousData, staleTime: 30_000 } as const;

export function usePlanDashboard(planId: string | undefined, nodeId: string | null, filters: DashboardFilters) {
  const query = queryOf({ nodeId, ...filters });
  return useQuery({
    queryKey: [...DASHBOARDS_KEY, 'plan', planId, query],
    queryFn: async () => (await apiGet<{ data: PlanDashboard }>(`/api/plans/${planId}/dashboard${query}`)).data,
    enabled: planId !== undefined,
    ...common,
  });
}

export function useLeadershipDashboard(filters: DashboardFilters) {
  const query = queryOf({ ...filters });
  return useQuery({
    queryKey: [...DASHBOARDS_KEY, 'leadership', query],
    queryFn: async () => (await apiGet<{ data: LeadershipDashboard }>(`/api/dashboards/leadership${query}`)).data,
    ...common,
  });
}

export function useOrgUnitDashboard(orgUnitId: string | undefined, filters: DashboardFilters) {
  const query = queryOf({ ...filters });
  return useQuery({
    queryKey: [...DASHBOARDS_KEY, 'org-unit', orgUnitId, query],
    queryFn: async () => (await apiGet<{ data: OrgUnitDashboard }>(`/api/org-units/${orgUnitId}/dashboard${query}`)).data,
    enabled: orgUnitId !== undefined,
    ...common,
  });
}
