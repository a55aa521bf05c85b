import type { Connector, ConnectorCreateInput, ConnectorRun, IndicatorSummary } from '@pilotis/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, isApiError } from '../../lib/api';

export const CONNECTORS_KEY = ['connectors'] as const;
const runsKey = (id: string) => [...CONNECTORS_KEY, id, 'runs'] as const;

export function useConnectors() {
  return useQuery({
    queryKey: CONNECTORS_KEY,
    queryFn: async () => (await apiGet<{ data: Connector[] }>('/api/connectors')).data,
  });
}

/** While a run is still going, the history is polled until it has finished. */
export function useConnectorRuns(id: string | null) {
  return useQuery({
    queryKey: runsKey(id ?? ''),
    enabled: id !== null,
    queryFn: async () => (await apiGet<{ data: ConnectorRun[] }>(`/api/connectors/${id}/runs`)).data,
    refetchInterval: (query) => (query.state.data?.some((run) => run.status === 'running') ? 2000 : false),
  });
}

/** Indicators a connector may feed: calculated ones get their values from their formula only. */
export function useIndicatorOptions() {
  return useQuery({
    queryKey: ['indicators', 'options'],
    queryFn: async () => (await apiGet<{ data: IndicatorSummary[] }>('/api/indicators')).data,
    select: (indicators) => indicators.filter((indicator) => !indicator.calculated),
  });
}

function useRefreshConnectors() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: CONNECTORS_KEY });
}

export function useCreateConnector() {
  const refresh = useRefreshConnectors();
  return useMutation({
    mutationFn: async (input: ConnectorCreateInput) => (await apiPost<{ data: Connector }>('/api/connectors', input)).data,
    onSuccess: refresh,
  });
}

export type ConnectorPatch = Partial<ConnectorCreateInput> & { id: string; version: number };

export function useUpdateConnector() {
  const refresh = useRefreshConnectors();
  return useMutation({
    mutationFn: async ({ id, ...input }: ConnectorPatch) => (await apiPatch<{ data: Connector }>(`/api/connectors/${id}`, input)).data,
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}

export function useDeleteConnector() {
  const refresh = useRefreshConnectors();
  return useMutation({ mutationFn: (id: string) => apiDelete(`/api/connectors/${id}`), onSettled: refresh });
}

/** « Lancer maintenant »: answers with the run (finished, or still running when queued). */
export function useRunConnector() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await apiPost<{ data: ConnectorRun }>(`/api/connectors/${id}/run`)).data,
    onSettled: (_run, _error, id) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: CONNECTORS_KEY, exact: true }),
        queryClient.invalidateQueries({ queryKey: runsKey(id) }),
      ]),
  });
}
