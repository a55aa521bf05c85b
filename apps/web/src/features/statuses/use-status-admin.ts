import type { Status, StatusCategory } from '@pilotis/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPatch, apiPost } from '../../lib/api';
import { STATUSES_KEY } from '../actions/use-statuses';

export type StatusPatch = { version: number; label?: string; category?: StatusCategory; position?: number; active?: boolean };

function useRefreshStatuses() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: STATUSES_KEY });
}

export function useCreateStatus() {
  const refresh = useRefreshStatuses();
  return useMutation({
    mutationFn: (input: { label: string; category: StatusCategory }) => apiPost<{ data: Status }>('/api/statuses', input),
    onSuccess: refresh,
  });
}

/** PATCH with the version read; a 409 refetches the list (the form offers « Recharger »). */
export function useUpdateStatus() {
  const refresh = useRefreshStatuses();
  return useMutation({
    mutationFn: ({ id, ...input }: StatusPatch & { id: string }) => apiPatch<{ data: Status }>(`/api/statuses/${id}`, input),
    onSettled: refresh,
  });
}

/** Writes the given order: each status whose position differs from its index gets a PATCH. */
export function useReorderStatuses() {
  const refresh = useRefreshStatuses();
  return useMutation({
    mutationFn: async (ordered: Status[]) => {
      for (const [index, status] of ordered.entries()) {
        if (status.position !== index) await apiPatch(`/api/statuses/${status.id}`, { version: status.version, position: index });
      }
    },
    onSettled: refresh,
  });
}
