import type { NodeCreateInput, NodeUpdateInput } from '@pilotis/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, isApiError } from '../../lib/api';
import type { PlanTree, PlanTreeNode } from './plan-types';

export const planTreeKey = (planId: string) => ['plan-tree', planId] as const;

export function usePlanTree(planId: string | undefined) {
  return useQuery({
    queryKey: planTreeKey(planId ?? ''),
    queryFn: async () => (await apiGet<{ data: PlanTree }>(`/api/plans/${planId}/tree`)).data,
    enabled: planId !== undefined,
  });
}

/** Any change of the tree moves codes and roll-ups: the tree and the action lists are refetched. */
function useRefreshTree(planId: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: planTreeKey(planId) }),
    queryClient.invalidateQueries({ queryKey: ['actions'] }),
  ]);
}

export function useCreateNode(planId: string) {
  const refresh = useRefreshTree(planId);
  return useMutation({
    mutationFn: async (input: NodeCreateInput) => (await apiPost<{ data: PlanTreeNode }>(`/api/plans/${planId}/nodes`, input)).data,
    onSuccess: refresh,
  });
}

export function useUpdateNode(planId: string) {
  const refresh = useRefreshTree(planId);
  return useMutation({
    mutationFn: async ({ id, ...input }: NodeUpdateInput & { id: string }) =>
      (await apiPatch<{ data: PlanTreeNode }>(`/api/nodes/${id}`, input)).data,
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}

export function useDeleteNode(planId: string) {
  const refresh = useRefreshTree(planId);
  return useMutation({ mutationFn: (id: string) => apiDelete(`/api/nodes/${id}`), onSuccess: refresh });
}
