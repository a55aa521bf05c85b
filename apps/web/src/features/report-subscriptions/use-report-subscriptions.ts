import type { ReportSubscription, ReportSubscriptionCreateInput, ReportSubscriptionUpdateInput } from '@pilotis/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, isApiError, toQueryString } from '../../lib/api';

export const SUBSCRIPTIONS_KEY = ['report-subscriptions'] as const;

export function useReportSubscriptions(planId: string | null) {
  return useQuery({
    queryKey: [...SUBSCRIPTIONS_KEY, planId],
    queryFn: async () => (await apiGet<{ data: ReportSubscription[] }>(`/api/report-subscriptions${toQueryString({ planId })}`)).data,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: SUBSCRIPTIONS_KEY });
}

export function useCreateSubscription() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (input: ReportSubscriptionCreateInput) => (await apiPost<{ data: ReportSubscription }>('/api/report-subscriptions', input)).data,
    onSuccess: refresh,
  });
}

export function useUpdateSubscription() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, ...input }: ReportSubscriptionUpdateInput & { id: string }) =>
      (await apiPatch<{ data: ReportSubscription }>(`/api/report-subscriptions/${id}`, input)).data,
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}

export function useDeleteSubscription() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => apiDelete(`/api/report-subscriptions/${id}`), onSettled: refresh });
}

/** « Envoyer maintenant »: answers the job at once; the report is generated and sent in the background. */
export function useSendNow() {
  return useMutation({
    mutationFn: async (id: string) => (await apiPost<{ data: { jobId: string } }>(`/api/report-subscriptions/${id}/send-now`)).data,
  });
}
