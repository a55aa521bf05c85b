import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api';
import { ME_QUERY_KEY } from '../features/auth/use-me';

/**
 * Any 401 means the session is gone (expired, signed out elsewhere): forgetting "me" makes the
 * auth gate send the person to the sign-in page, wherever the failing request came from.
 */
function onError(error: unknown) {
  if (isApiError(error, 401)) queryClient.setQueryData(ME_QUERY_KEY, null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => !isApiError(error) || (error.status >= 500 && failureCount < 2),
    },
  },
});
