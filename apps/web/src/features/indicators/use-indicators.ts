import type {
  AuditEvent,
  EntryGrid,
  Indicator,
  IndicatorCreateInput,
  IndicatorListQuery,
  IndicatorSummary,
  IndicatorUpdateInput,
  Measure,
  MeasureRevision,
  MeasuresInput,
} from '@pilotis/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiDelete, apiGet, apiPatch, apiPost, isApiError, toQueryString } from '../../lib/api';

export const INDICATORS_KEY = ['indicators'] as const;
export const indicatorKey = (id: string) => [...INDICATORS_KEY, 'one', id] as const;
export const measuresKey = (id: string) => [...INDICATORS_KEY, 'measures', id] as const;

/** What the server lets the current person do with one indicator (missing key = no). */
export type IndicatorAbilities = { update?: boolean; delete?: boolean; enterMeasures?: boolean; validateMeasures?: boolean };
export interface IndicatorWithAbilities {
  data: Indicator;
  can: IndicatorAbilities;
}
export interface IndicatorMeasures {
  measures: Measure[];
  revisions: MeasureRevision[];
}

/** The library, filtered like the URL says; the list may carry `can.create`. */
export function useIndicators(query: Partial<IndicatorListQuery>, enabled = true) {
  const qs = toQueryString(query);
  return useQuery({
    queryKey: [...INDICATORS_KEY, 'list', qs],
    queryFn: () => apiGet<{ data: IndicatorSummary[]; can?: { create?: boolean } }>(`/api/indicators${qs}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useIndicator(id: string | undefined) {
  return useQuery({
    queryKey: indicatorKey(id ?? ''),
    queryFn: () => apiGet<IndicatorWithAbilities>(`/api/indicators/${id}`),
    enabled: id !== undefined,
  });
}

export function useIndicatorMeasures(id: string | undefined) {
  return useQuery({
    queryKey: measuresKey(id ?? ''),
    queryFn: async () => (await apiGet<{ data: IndicatorMeasures }>(`/api/indicators/${id}/measures`)).data,
    enabled: id !== undefined,
  });
}

export function useIndicatorHistory(id: string) {
  return useQuery({
    queryKey: ['history', 'indicator', id],
    queryFn: async () => (await apiGet<{ data: AuditEvent[] }>(`/api/history/indicator/${id}`)).data,
  });
}

/** Without a unit: every indicator the person may enter. */
export function useEntryGrid(orgUnitId: string | undefined) {
  return useQuery({
    queryKey: [...INDICATORS_KEY, 'grid', orgUnitId ?? ''],
    queryFn: async () => (await apiGet<{ data: EntryGrid }>(`/api/indicators/entry-grid${toQueryString({ orgUnitId })}`)).data,
  });
}

/** After any change: lists, the indicator, its measures, histories (an entry grid refetches on its own terms). */
export function useRefreshIndicators() {
  const queryClient = useQueryClient();
  return (options: { grid?: boolean } = {}) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: INDICATORS_KEY, predicate: (q) => options.grid !== false || q.queryKey[1] !== 'grid' }),
      queryClient.invalidateQueries({ queryKey: ['history'] }),
    ]);
}

export function useCreateIndicator() {
  const refresh = useRefreshIndicators();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IndicatorCreateInput) => apiPost<IndicatorWithAbilities>('/api/indicators', input),
    // The page it opens next shows at once.
    onSuccess: (created) => {
      queryClient.setQueryData(indicatorKey(created.data.id), created);
      return refresh();
    },
  });
}

/** PATCH sends the version read; a 409 means someone saved meanwhile (the form offers « Recharger »). */
export function useUpdateIndicator(id: string) {
  const refresh = useRefreshIndicators();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IndicatorUpdateInput) => apiPatch<IndicatorWithAbilities>(`/api/indicators/${id}`, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(indicatorKey(id), saved);
      return refresh();
    },
  });
}

export function useDeleteIndicator(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete(`/api/indicators/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: indicatorKey(id) });
      return queryClient.invalidateQueries({ queryKey: INDICATORS_KEY });
    },
  });
}

/** PUT measures of one indicator; answers the periods written, judged (status, trend). */
export function useSaveMeasures(id: string, options: { refetchGrid?: boolean } = {}) {
  const refresh = useRefreshIndicators();
  return useMutation({
    mutationFn: async (input: MeasuresInput) => (await api<{ data: Measure[] }>('PUT', `/api/indicators/${id}/measures`, input)).data,
    onSuccess: () => refresh({ grid: options.refetchGrid !== false }),
  });
}

export function useSaveTargets(id: string) {
  const refresh = useRefreshIndicators();
  return useMutation({
    mutationFn: (targets: { period: string; value: number; valueMax?: number | null }[]) =>
      api('PUT', `/api/indicators/${id}/targets`, { targets }),
    onSuccess: () => refresh(),
  });
}

export function useValidateMeasure(id: string) {
  const refresh = useRefreshIndicators();
  return useMutation({
    mutationFn: (period: string) => apiPost(`/api/indicators/${id}/measures/${encodeURIComponent(period)}/validate`),
    onSuccess: () => refresh(),
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}
