import type {
  Arbitration, CriteriaInput, Criterion, Portfolio, PortfolioDecision, PortfolioDecisionInput, PortfolioSettingsInput,
  PortfolioSummary, Project, ProjectAbilities, ProjectRequestInput, ProjectScoresInput, ProjectStage, ProjectSummary, ProjectTransitionInput,
  ProjectUpdateInput, Roadmap,
} from '@pilotis/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiGet, apiPatch, apiPost, toQueryString } from '../../lib/api';

export const PORTFOLIOS_KEY = ['portfolios'] as const;
export const PROJECTS_KEY = ['projects'] as const;

export function usePortfolios() {
  return useQuery({
    queryKey: PORTFOLIOS_KEY,
    queryFn: async () => (await apiGet<{ data: PortfolioSummary[] }>('/api/portfolios')).data,
  });
}

export function usePortfolio(id: string | undefined) {
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, id],
    queryFn: async () => (await apiGet<{ data: Portfolio }>(`/api/portfolios/${id}`)).data,
    enabled: id !== undefined,
  });
}

export function usePortfolioProjects(id: string, stage?: ProjectStage) {
  return useQuery({
    queryKey: [...PROJECTS_KEY, 'list', id, stage ?? null],
    queryFn: async () => (await apiGet<{ data: ProjectSummary[] }>(`/api/portfolios/${id}/projects${toQueryString({ stage })}`)).data,
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: string | undefined) {
  return useQuery({
    queryKey: [...PROJECTS_KEY, id],
    queryFn: () => apiGet<{ data: Project; can: ProjectAbilities }>(`/api/projects/${id}`),
    enabled: id !== undefined,
  });
}

/** The what-if selection travels as `?selected=`: the server counts it in « used » with the approved projects. */
export function useArbitration(id: string, selected: string[]) {
  const key = [...selected].sort().join(',');
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, id, 'arbitration', key],
    queryFn: async () => (await apiGet<{ data: Arbitration }>(`/api/portfolios/${id}/arbitration${toQueryString({ selected: key })}`)).data,
    placeholderData: keepPreviousData,
  });
}

export function useDecisions(id: string) {
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, id, 'decisions'],
    queryFn: async () => (await apiGet<{ data: PortfolioDecision[] }>(`/api/portfolios/${id}/decisions`)).data,
  });
}

export function useRoadmap(id: string) {
  return useQuery({
    queryKey: [...PORTFOLIOS_KEY, id, 'roadmap'],
    queryFn: async () => (await apiGet<{ data: Roadmap }>(`/api/portfolios/${id}/roadmap`)).data,
  });
}

/** After any portfolio write: portfolio figures, project lists and details, fiches and histories may all have moved. */
function useRefreshPortfolio() {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: PORTFOLIOS_KEY }),
    queryClient.invalidateQueries({ queryKey: PROJECTS_KEY }),
    queryClient.invalidateQueries({ queryKey: ['action'] }),
    queryClient.invalidateQueries({ queryKey: ['history'] }),
  ]);
}

export function useSubmitRequest(portfolioId: string) {
  const refresh = useRefreshPortfolio();
  return useMutation({
    mutationFn: async (input: ProjectRequestInput) => (await apiPost<{ data: Project }>(`/api/portfolios/${portfolioId}/requests`, input)).data,
    onSuccess: refresh,
  });
}

export function useUpdateProject(id: string) {
  const refresh = useRefreshPortfolio();
  return useMutation({
    mutationFn: async (input: ProjectUpdateInput) => (await apiPatch<{ data: Project }>(`/api/projects/${id}`, input)).data,
    onSettled: refresh,
  });
}

export function useTransitionProject(id: string) {
  const refresh = useRefreshPortfolio();
  return useMutation({
    mutationFn: async (input: ProjectTransitionInput) => (await apiPost<{ data: Project }>(`/api/projects/${id}/transition`, input)).data,
    // A 409 (someone moved it meanwhile) also means our copy is stale.
    onSettled: refresh,
  });
}

export function useSaveScores(id: string) {
  const refresh = useRefreshPortfolio();
  return useMutation({
    mutationFn: (input: ProjectScoresInput) => api<unknown>('PUT', `/api/projects/${id}/scores`, input),
    onSuccess: refresh,
  });
}

export function useSaveSettings(portfolioId: string) {
  const refresh = useRefreshPortfolio();
  return useMutation({
    mutationFn: (input: PortfolioSettingsInput) => api<unknown>('PUT', `/api/portfolios/${portfolioId}/settings`, input),
    onSettled: refresh,
  });
}

export function useSaveCriteria(portfolioId: string) {
  const refresh = useRefreshPortfolio();
  return useMutation({
    mutationFn: async (input: CriteriaInput) => (await api<{ data: Criterion[] }>('PUT', `/api/portfolios/${portfolioId}/criteria`, input)).data,
    onSuccess: refresh,
  });
}

export function useRecordDecision(portfolioId: string) {
  const refresh = useRefreshPortfolio();
  return useMutation({
    mutationFn: async (input: PortfolioDecisionInput) => (await apiPost<{ data: PortfolioDecision }>(`/api/portfolios/${portfolioId}/decisions`, input)).data,
    onSettled: refresh,
  });
}
