import type { Abilities, User, UserCreateInput, UserUpdateInput } from '@pilotis/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, isApiError } from '../../lib/api';

export const USERS_KEY = ['users'] as const;

export function useUsers() {
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: async () => (await apiGet<{ data: User[] }>('/api/users')).data,
  });
}

/** One person with what the current actor may do to them (`can.changeRole`, `can.deactivate`…). */
export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: [...USERS_KEY, id],
    queryFn: () => apiGet<{ data: User; can: Abilities }>(`/api/users/${id}`),
    enabled: id !== undefined,
  });
}

function useRefreshUsers() {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: USERS_KEY }),
    queryClient.invalidateQueries({ queryKey: ['history'] }),
  ]);
}

export function useCreateUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (input: UserCreateInput) =>
      apiPost<{ data: User; can: Abilities; invitationUrl?: string }>('/api/users', input),
    onSuccess: refresh,
  });
}

export function useUpdateUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: async ({ id, ...input }: UserUpdateInput & { id: string }) =>
      (await apiPatch<{ data: User }>(`/api/users/${id}`, input)).data,
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}

export function useReinviteUser() {
  return useMutation({
    mutationFn: async (id: string) => (await apiPost<{ data: { invitationUrl: string } }>(`/api/users/${id}/invitation`)).data.invitationUrl,
  });
}
