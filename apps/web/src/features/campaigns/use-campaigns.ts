import type { CampaignCreateInput, CampaignDetail, CampaignSummary, CampaignTask } from '@pilotis/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, isApiError } from '../../lib/api';

export const CAMPAIGNS_KEY = ['campaigns'] as const;
export const CAMPAIGN_TASKS_KEY = ['campaign-tasks'] as const;

export function useCampaigns() {
  return useQuery({ queryKey: CAMPAIGNS_KEY, queryFn: async () => (await apiGet<{ data: CampaignSummary[] }>('/api/campaigns')).data });
}

export function useCampaign(id: string | undefined) {
  return useQuery({
    queryKey: [...CAMPAIGNS_KEY, id],
    queryFn: async () => (await apiGet<{ data: CampaignDetail }>(`/api/campaigns/${id}`)).data,
    enabled: id !== undefined,
  });
}

/**
 * What the signed-in person is asked to update (home page). Asked again each time the page shows
 * (no 30 s cache): a fiche or indicator updated a moment ago must not still show as to do.
 */
export function useCampaignTasks() {
  return useQuery({ queryKey: CAMPAIGN_TASKS_KEY, queryFn: async () => (await apiGet<{ data: CampaignTask[] }>('/api/me/campaign-tasks')).data, staleTime: 0 });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: CAMPAIGNS_KEY });
}

export function useCreateCampaign() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (input: CampaignCreateInput) => (await apiPost<{ data: CampaignDetail }>('/api/campaigns', input)).data,
    onSuccess: refresh,
  });
}

export function useRemindCampaign(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (userIds?: string[]) => (await apiPost<{ data: { reminded: number } }>(`/api/campaigns/${id}/remind`, userIds ? { userIds } : {})).data,
    onSuccess: refresh,
  });
}

export function useCloseCampaign(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async () => (await apiPost<{ data: CampaignDetail }>(`/api/campaigns/${id}/close`)).data,
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}
