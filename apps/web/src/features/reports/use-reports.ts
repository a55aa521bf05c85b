import type { ActionSummary, CreateReportInput, IndicatorSummary, ReportList } from '@pilotis/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiDelete, apiGet, apiPost, toQueryString } from '../../lib/api';
import { useJob } from '../../lib/use-job';

export const REPORTS_KEY = ['reports'] as const;
export const REPORTS_PAGE_SIZE = 25;

export function useReports(page: number) {
  return useQuery({
    queryKey: [...REPORTS_KEY, 'list', page],
    queryFn: () => apiGet<ReportList>(`/api/reports${toQueryString({ page, pageSize: REPORTS_PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });
}

export const reportFileUrl = (id: string) => `/api/reports/${id}/file`;

/** POST /api/reports: the answer is the job to follow. */
export function useRequestReport() {
  return useMutation({
    mutationFn: async (input: CreateReportInput) => (await apiPost<{ data: { jobId: string } }>('/api/reports', input)).data.jobId,
  });
}

/** The report job, polled every second until done or failed; then the list is refreshed. */
export const useReportJob = (id: string | null) => useJob(id, { intervalMs: 1000, invalidateOnDone: REPORTS_KEY });

/** Fiches of a plan for the « fiche action » report: the first 200 by code. */
export function useActionOptions(planId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['actions', 'report-options', planId],
    enabled: enabled && planId !== null,
    queryFn: async () => (await apiGet<{ data: ActionSummary[] }>(`/api/plans/${planId}/actions?pageSize=200`)).data,
  });
}

export function useIndicatorOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['indicators', 'report-options'],
    enabled,
    queryFn: async () => (await apiGet<{ data: IndicatorSummary[] }>('/api/indicators')).data,
  });
}

/** The logo of the collectivité: whether there is one (its URL changes when replaced). */
export const LOGO_URL = '/api/organization/logo';

export function useLogoState() {
  return useQuery({
    queryKey: ['organization-logo'],
    queryFn: async () => {
      const response = await fetch(LOGO_URL, { method: 'HEAD', credentials: 'include' });
      return { present: response.ok, version: Date.now() };
    },
  });
}

export function useUploadLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api<{ data: { contentType: string; byteSize: number } }>('PUT', LOGO_URL, form);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organization-logo'] }),
  });
}

export function useRemoveLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete(LOGO_URL),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organization-logo'] }),
  });
}
