import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { apiUrl, usesEmbeddedMocks } from './lib/api-client';
import { holdFetchUntil } from './lib/fetch-gate';
import './lib/fonts.css';
import './app/styles.css';

/**
 * The embedded API starts while the first screen (header, skeleton) renders: requests
 * made before it answers wait for it, instead of the whole render waiting.
 */
if (usesEmbeddedMocks) {
  holdFetchUntil(apiUrl('/'), (networkFetch) =>
    import('../mocks/browser')
      .then(({ startEmbeddedApi }) => startEmbeddedApi(`${import.meta.env.BASE_URL}mockServiceWorker.js`, networkFetch))
      .catch((error: unknown) => console.error('embedded API did not start', error)),
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
);
