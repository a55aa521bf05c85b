import type { PlanMember, PlanRole } from '@pilotis/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPost } from '../../lib/api';

const membersKey = (planId: string) => ['plan-members', planId] as const;

export function usePlanMembers(planId: string, enabled = true) {
  return useQuery({
    queryKey: membersKey(planId),
    queryFn: async () => (await apiGet<{ data: PlanMember[] }>(`/api/plans/${planId}/members`)).data,
    enabled,
  });
}

function useRefreshMembers(planId: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: membersKey(planId) }),
    queryClient.invalidateQueries({ queryKey: ['plans'] }),
  ]);
}

export function useAddPlanMember(planId: string) {
  const refresh = useRefreshMembers(planId);
  return useMutation({
    mutationFn: (input: { userId: string; role: PlanRole }) => apiPost(`/api/plans/${planId}/members`, input),
    onSuccess: refresh,
  });
}

export function useRemovePlanMember(planId: string) {
  const refresh = useRefreshMembers(planId);
  return useMutation({
    mutationFn: (userId: string) => apiDelete(`/api/plans/${planId}/members/${userId}`),
    onSuccess: refresh,
  });
}
