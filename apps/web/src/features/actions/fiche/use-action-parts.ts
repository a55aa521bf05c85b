import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, apiUpload } from '../../../lib/api';
import { useRefreshAction } from '../use-action';

/** The parts of a fiche: listed under the action, changed at their own address. */
const partPaths = {
  milestones: 'milestones',
  tasks: 'tasks',
  log: 'log',
  'budget-lines': 'budget-lines',
  attachments: 'attachments',
} as const;
export type PartKind = keyof typeof partPaths;

const partsKey = (actionId: string, kind: PartKind) => ['action', actionId, kind] as const;

export function useActionParts<T>(actionId: string, kind: PartKind) {
  return useQuery({
    queryKey: partsKey(actionId, kind),
    queryFn: async () => (await apiGet<{ data: T[] }>(`/api/actions/${actionId}/${kind}`)).data,
  });
}

/** A part changes the fiche too (progress from milestones, lateness, budget roll-ups, history). */
function useRefreshParts(actionId: string, kind: PartKind) {
  const queryClient = useQueryClient();
  const refreshAction = useRefreshAction();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: partsKey(actionId, kind) }), refreshAction(actionId)]);
}

export function useCreatePart<Input>(actionId: string, kind: PartKind, subPath: string = kind) {
  const refresh = useRefreshParts(actionId, kind);
  return useMutation({
    mutationFn: (input: Input) => apiPost(`/api/actions/${actionId}/${subPath}`, input),
    onSuccess: refresh,
  });
}

export function useUpdatePart<Input>(actionId: string, kind: PartKind) {
  const refresh = useRefreshParts(actionId, kind);
  return useMutation({
    mutationFn: ({ id, ...input }: Input & { id: string }) => apiPatch(`/api/${partPaths[kind]}/${id}`, input),
    onSettled: refresh,
  });
}

export function useDeletePart(actionId: string, kind: PartKind) {
  const refresh = useRefreshParts(actionId, kind);
  return useMutation({ mutationFn: (id: string) => apiDelete(`/api/${partPaths[kind]}/${id}`), onSuccess: refresh });
}

export function useUploadAttachment(actionId: string) {
  const refresh = useRefreshParts(actionId, 'attachments');
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return apiUpload(`/api/actions/${actionId}/attachments`, form);
    },
    onSuccess: refresh,
  });
}
