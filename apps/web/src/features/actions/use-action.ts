import type { Action, ActionCreateInput, ActionUpdateInput, AuditEvent } from '@pilotis/shared';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost } from '../../lib/api';
import { ACTIONS_KEY } from './use-actions';

export type ActionAbilities = { update?: boolean; updateStructure?: boolean; delete?: boolean };
export interface ActionWithAbilities {
  data: Action;
  can: ActionAbilities;
}

export const actionKey = (id: string) => ['action', id] as const;

export function useAction(id: string | undefined) {
  return useQuery({
    queryKey: actionKey(id ?? ''),
    queryFn: () => apiGet<ActionWithAbilities>(`/api/actions/${id}`),
    enabled: id !== undefined,
  });
}

export function useActionHistory(id: string) {
  return useQuery({
    queryKey: ['history', 'action', id],
    queryFn: async () => (await apiGet<{ data: AuditEvent[] }>(`/api/actions/${id}/history`)).data,
  });
}

/** After a change of a fiche: the fiche, its history, the lists and the plan trees (roll-ups) are stale. */
export function useRefreshAction() {
  const queryClient = useQueryClient();
  return (id?: string) => Promise.all([
    id ? queryClient.invalidateQueries({ queryKey: actionKey(id) }) : Promise.resolve(),
    queryClient.invalidateQueries({ queryKey: ['history'] }),
    queryClient.invalidateQueries({ queryKey: ACTIONS_KEY }),
    queryClient.invalidateQueries({ queryKey: ['plan-tree'] }),
  ]);
}

export function useCreateAction() {
  const refresh = useRefreshAction();
  return useMutation({
    mutationFn: (input: ActionCreateInput) => apiPost<ActionWithAbilities>('/api/actions', input),
    onSuccess: () => refresh(),
  });
}

/** PATCH sends the version read; a 409 means someone saved meanwhile (the UI offers « Recharger »). */
export function useUpdateAction(id: string) {
  const refresh = useRefreshAction();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ActionUpdateInput) => apiPatch<ActionWithAbilities>(`/api/actions/${id}`, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(actionKey(id), saved);
      return refresh();
    },
  });
}

export function useDeleteAction(id: string) {
  const refresh = useRefreshAction();
  return useMutation({ mutationFn: () => apiDelete(`/api/actions/${id}`), onSuccess: () => refresh() });
}

export type MergeMode = 'attach' | 'merge';

/** Seed 003's clean-up: the action becomes a sub-action of the target, or is merged into it. Answers the target. */
export function useMergeAction(id: string) {
  const refresh = useRefreshAction();
  return useMutation({
    mutationFn: (input: { targetActionId: string; mode: MergeMode }) => apiPost<ActionWithAbilities>(`/api/actions/${id}/merge`, input),
    onSuccess: (target) => Promise.all([refresh(id), refresh(target.data.id)]),
  });
}

/** Several fiches by id (parent, sub-actions, merge target), sharing the cache of `useAction`. */
export function useActionRefs(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: actionKey(id),
      queryFn: () => apiGet<ActionWithAbilities>(`/api/actions/${id}`),
      retry: false,
    })),
  });
}
