import type { Me } from '@pilotis/shared';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiGet, isApiError, setCsrfToken } from '../../lib/api';

export const ME_QUERY_KEY = ['me'] as const;

/** null = not signed in. A 401 is an answer here, not an error. */
async function fetchMe(): Promise<Me | null> {
  try {
    const { data } = await apiGet<{ data: Me }>('/api/me');
    setCsrfToken(data.csrfToken);
    return data;
  } catch (error) {
    if (isApiError(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The signed-in person; only for components rendered behind the auth gate. */
export function useCurrentMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentMe used outside the auth gate');
  return data;
}

/** Login, password change and organization switch all answer with a fresh "me" (and CSRF token). */
export function storeMe(queryClient: QueryClient, me: Me | null) {
  setCsrfToken(me?.csrfToken ?? null);
  queryClient.setQueryData(ME_QUERY_KEY, me);
}
