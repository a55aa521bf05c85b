import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Providers } from './app/Providers';
import { queryClient } from './app/query-client';
import { router } from './app/router';
import { preloadStrategyMap } from './features/strategy-map/StrategyMapRoute';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// Started before the first render: the page opened need not wait for the session check to ask for its data.
preloadStrategyMap(queryClient, window.location);

createRoot(root).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
