import type {
  Review, ReviewAbilities, ReviewCreateInput, ReviewListItem, ReviewProposedItem, ReviewSeries, ReviewSeriesCreateInput, ReviewUpdateInput,
} from '@pilotis/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, isApiError, toQueryString } from '../../lib/api';

export const REVIEWS_KEY = ['reviews'] as const;
export const SERIES_KEY = ['review-series'] as const;
export const reviewKey = (id: string) => [...REVIEWS_KEY, 'one', id] as const;

export interface ReviewAnswer {
  data: Review;
  can: ReviewAbilities;
}

export function useReviewSeries(planId: string | null) {
  return useQuery({
    queryKey: [...SERIES_KEY, planId],
    queryFn: async () => (await apiGet<{ data: ReviewSeries[] }>(`/api/review-series${toQueryString({ planId })}`)).data,
    enabled: Boolean(planId),
  });
}

export function useReviewList(planId: string | null) {
  return useQuery({
    queryKey: [...REVIEWS_KEY, 'list', planId],
    queryFn: async () => (await apiGet<{ data: ReviewListItem[] }>(`/api/reviews${toQueryString({ planId })}`)).data,
    enabled: Boolean(planId),
  });
}

export function useReview(id: string | undefined) {
  return useQuery({
    queryKey: reviewKey(id ?? ''),
    queryFn: () => apiGet<ReviewAnswer>(`/api/reviews/${id}`),
    enabled: id !== undefined,
  });
}

export function useAgendaProposal(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...reviewKey(id), 'proposal'],
    queryFn: async () => (await apiGet<{ data: ReviewProposedItem[] }>(`/api/reviews/${id}/agenda-proposal`)).data,
    enabled,
  });
}

/** Series and review lists (counts, next dates) follow any change of a review. */
export function useRefreshReviews() {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: REVIEWS_KEY }),
    queryClient.invalidateQueries({ queryKey: SERIES_KEY }),
  ]);
}

export function useCreateSeries() {
  const refresh = useRefreshReviews();
  return useMutation({
    mutationFn: async (input: ReviewSeriesCreateInput) => (await apiPost<{ data: ReviewSeries }>('/api/review-series', input)).data,
    onSuccess: refresh,
  });
}

/** « Préparer la prochaine revue »: the server proposes the date, the attendees and the agenda. */
export function useCreateReview() {
  const refresh = useRefreshReviews();
  return useMutation({
    mutationFn: (input: ReviewCreateInput) => apiPost<ReviewAnswer>('/api/reviews', input),
    onSuccess: refresh,
  });
}

/** PATCH with the version read; a 409 reloads the review so the next try starts from it. */
export function useUpdateReview(id: string) {
  const refresh = useRefreshReviews();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewUpdateInput) => apiPatch<ReviewAnswer>(`/api/reviews/${id}`, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(reviewKey(id), saved);
      return refresh();
    },
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}

export function useSendInvitations(id: string) {
  const refresh = useRefreshReviews();
  return useMutation({ mutationFn: () => apiPost(`/api/reviews/${id}/invitations`), onSuccess: refresh });
}

/** Both files are generated and e-mailed by a job: the answer comes at once. */
export function useSendMinutes(id: string) {
  return useMutation({ mutationFn: async () => (await apiPost<{ data: { jobId: string } }>(`/api/reviews/${id}/minutes/send`)).data });
}
