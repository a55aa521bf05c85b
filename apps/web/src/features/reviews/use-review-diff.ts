import type { ReviewDiff } from '@pilotis/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api';
import { reviewKey } from './use-reviews';

/** « Ce qui a changé depuis la revue du … »: this review (or the live plan) against the previous held one. */
export function useReviewDiff(id: string | undefined) {
  return useQuery({
    queryKey: [...reviewKey(id ?? ''), 'diff'],
    queryFn: async () => (await apiGet<{ data: ReviewDiff }>(`/api/reviews/${id}/diff`)).data,
    enabled: id !== undefined,
  });
}
