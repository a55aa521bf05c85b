import type { Plan, PlanCreateInput, PlanUpdateInput } from '@pilotis/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, isApiError } from '../../lib/api';
import type { PlanAbilities, PlanListItem } from './plan-types';

export const PLANS_KEY = ['plans'] as const;

export function usePlans() {
  return useQuery({
    queryKey: PLANS_KEY,
    queryFn: async () => (await apiGet<{ data: PlanListItem[] }>('/api/plans')).data,
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: [...PLANS_KEY, id],
    queryFn: () => apiGet<{ data: Plan; can: PlanAbilities }>(`/api/plans/${id}`),
    enabled: id !== undefined,
  });
}

export function useRefreshPlans() {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: PLANS_KEY }),
    queryClient.invalidateQueries({ queryKey: ['plan-tree'] }),
  ]);
}

export function useCreatePlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: async (input: PlanCreateInput) => (await apiPost<{ data: Plan }>('/api/plans', input)).data,
    onSuccess: refresh,
  });
}

export function useUpdatePlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: async ({ id, ...input }: PlanUpdateInput & { id: string }) =>
      (await apiPatch<{ data: Plan }>(`/api/plans/${id}`, input)).data,
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}

export type PlanDuplicateInput = { name: string; startsOn?: string | null; endsOn?: string | null; withActions: boolean };

/** A copy of the plan (tree, levels, optionally its actions) for the next period; answers the new plan. */
export function useDuplicatePlan(id: string) {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: async (input: PlanDuplicateInput) => (await apiPost<{ data: Plan }>(`/api/plans/${id}/duplicate`, input)).data,
    onSuccess: refresh,
  });
}

/** Refused with 409 while the plan holds actions (the server's message suggests archiving it). */
export function useDeletePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete(`/api/plans/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: [...PLANS_KEY, id] });
      return queryClient.invalidateQueries({ queryKey: PLANS_KEY });
    },
  });
}
