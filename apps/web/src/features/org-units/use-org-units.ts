import type { OrgUnit, OrgUnitCreateInput, OrgUnitUpdateInput } from '@pilotis/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, isApiError } from '../../lib/api';

export const ORG_UNITS_KEY = ['org-units'] as const;

export function useOrgUnits() {
  return useQuery({
    queryKey: ORG_UNITS_KEY,
    queryFn: async () => (await apiGet<{ data: OrgUnit[] }>('/api/org-units')).data,
  });
}

/** After any write (or a 409 telling us our copy is stale) the list and histories are refetched. */
function useRefreshUnits() {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: ORG_UNITS_KEY }),
    queryClient.invalidateQueries({ queryKey: ['history'] }),
  ]);
}

export function useCreateOrgUnit() {
  const refresh = useRefreshUnits();
  return useMutation({
    mutationFn: async (input: OrgUnitCreateInput) => (await apiPost<{ data: OrgUnit }>('/api/org-units', input)).data,
    onSuccess: refresh,
  });
}

export function useUpdateOrgUnit() {
  const refresh = useRefreshUnits();
  return useMutation({
    mutationFn: async ({ id, ...input }: OrgUnitUpdateInput & { id: string }) =>
      (await apiPatch<{ data: OrgUnit }>(`/api/org-units/${id}`, input)).data,
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}
