import type { Status } from '@pilotis/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api';

export const STATUSES_KEY = ['statuses'] as const;

/** The collectivité's status list, in its order. */
export function useStatuses() {
  return useQuery({
    queryKey: STATUSES_KEY,
    queryFn: async () => (await apiGet<{ data: Status[] }>('/api/statuses')).data,
    staleTime: 5 * 60_000,
  });
}
