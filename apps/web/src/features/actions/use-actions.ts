import type { ActionSummary } from '@pilotis/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, toQueryString } from '../../lib/api';
import { PAGE_SIZE, type ActionFilters } from './action-filters';

export const ACTIONS_KEY = ['actions'] as const;

export interface ActionPage {
  data: ActionSummary[];
  page: { page: number; pageSize: number; total: number };
}

/** One page of a plan's actions (of one node's subtree when `nodeId` is given). */
export function usePlanActions(planId: string, nodeId: string | null, filters: ActionFilters) {
  const query = toQueryString({ nodeId, ...filters, pageSize: PAGE_SIZE });
  return useQuery({
    queryKey: [...ACTIONS_KEY, 'plan', planId, query],
    queryFn: () => apiGet<ActionPage>(`/api/plans/${planId}/actions${query}`),
    placeholderData: keepPreviousData,
  });
}

/** « Mes actions »: the actions I pilot or co-pilot, across plans. */
export function useMyActions() {
  return useQuery({
    queryKey: [...ACTIONS_KEY, 'mine'],
    queryFn: async () => (await apiGet<ActionPage>('/api/me/actions?pageSize=200')).data,
  });
}

/** A few of a plan's actions matching `q` (title, description, journal), for pickers. */
export function useActionSearch(planId: string, q: string) {
  const query = toQueryString({ q: q.trim(), pageSize: 20 });
  return useQuery({
    queryKey: [...ACTIONS_KEY, 'plan', planId, 'search', query],
    queryFn: async () => (await apiGet<ActionPage>(`/api/plans/${planId}/actions${query}`)).data,
    placeholderData: keepPreviousData,
  });
}
