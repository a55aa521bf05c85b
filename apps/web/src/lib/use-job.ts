import type { Job } from '@pilotis/shared';
import { type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet } from './api';

const finished = (job: Job | undefined) => job?.status === 'done' || job?.status === 'failed';

/**
 * A background job (GET /api/jobs/:id) polled every `intervalMs` until it is done or failed;
 * when it is done, the queries under `invalidateOnDone` are refreshed.
 */
export function useJob(id: string | null, { intervalMs, invalidateOnDone }: { intervalMs: number; invalidateOnDone?: QueryKey }) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['jobs', id],
    enabled: id !== null,
    queryFn: async () => {
      const job = (await apiGet<{ data: Job }>(`/api/jobs/${id}`)).data;
      if (job.status === 'done' && invalidateOnDone) void queryClient.invalidateQueries({ queryKey: invalidateOnDone });
      return job;
    },
    refetchInterval: (query) => (finished(query.state.data) ? false : intervalMs),
  });
}
