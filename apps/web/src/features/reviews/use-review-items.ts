import type { ReviewDecisionCreateInput, ReviewDecisionUpdateInput, ReviewItemCreateInput, ReviewItemUpdateInput } from '@pilotis/shared';
import { useMutation } from '@tanstack/react-query';
import { apiDelete, apiPatch, apiPost, isApiError } from '../../lib/api';
import { useRefreshAction } from '../actions/use-action';
import { useRefreshReviews } from './use-reviews';

/** Every change of the agenda reloads the review (items, decisions and their fiches' summaries). */
export function useAddItem(reviewId: string) {
  const refresh = useRefreshReviews();
  return useMutation({ mutationFn: (input: ReviewItemCreateInput) => apiPost(`/api/reviews/${reviewId}/items`, input), onSuccess: refresh });
}

export function useUpdateItem(reviewId: string) {
  const refresh = useRefreshReviews();
  return useMutation({
    mutationFn: ({ itemId, ...input }: ReviewItemUpdateInput & { itemId: string }) => apiPatch(`/api/reviews/${reviewId}/items/${itemId}`, input),
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}

export function useRemoveItem(reviewId: string) {
  const refresh = useRefreshReviews();
  return useMutation({ mutationFn: (itemId: string) => apiDelete(`/api/reviews/${reviewId}/items/${itemId}`), onSettled: refresh });
}

export function useAddDecision(reviewId: string) {
  const refresh = useRefreshReviews();
  return useMutation({
    mutationFn: ({ itemId, ...input }: ReviewDecisionCreateInput & { itemId: string }) => apiPost(`/api/reviews/${reviewId}/items/${itemId}/decisions`, input),
    onSuccess: refresh,
  });
}

/** Also « Mettre à jour la décision » after a 409 on apply: `rebase: true` takes the fiche's current version. */
export function useUpdateDecision(reviewId: string) {
  const refresh = useRefreshReviews();
  return useMutation({
    mutationFn: ({ decisionId, ...input }: ReviewDecisionUpdateInput & { decisionId: string }) => apiPatch(`/api/reviews/${reviewId}/decisions/${decisionId}`, input),
    onSettled: refresh,
  });
}

export function useDeleteDecision(reviewId: string) {
  const refresh = useRefreshReviews();
  return useMutation({ mutationFn: (decisionId: string) => apiDelete(`/api/reviews/${reviewId}/decisions/${decisionId}`), onSettled: refresh });
}

/** Applying changes the fiche (and maybe its target): both fiches, their history and the plan lists are stale. */
export function useApplyDecision(reviewId: string) {
  const refreshReviews = useRefreshReviews();
  const refreshAction = useRefreshAction();
  return useMutation({
    mutationFn: ({ decisionId }: { decisionId: string; actionId: string | null }) => apiPost(`/api/reviews/${reviewId}/decisions/${decisionId}/apply`),
    onSettled: (_data, _error, { actionId }) => Promise.all([refreshReviews(), refreshAction(actionId ?? undefined)]),
  });
}
