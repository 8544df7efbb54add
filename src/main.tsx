import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { usesEmbeddedMocks } from './lib/api-client';
import './app/styles.css';

/** The embedded API must answer before the first request, so the app waits for it. */
async function startEmbeddedApi() {
  if (!usesEmbeddedMocks) return;
  const { startEmbeddedApi: start } = await import('../mocks/browser');
  await start(`${import.meta.env.BASE_URL}mockServiceWorker.js`);
}

const root = createRoot(document.getElementById('root')!);
startEmbeddedApi()
  .catch((error: unknown) => console.error('embedded API did not start', error))
  .finally(() =>
    root.render(
      <StrictMode>
        <App queryClient={createQueryClient()} />
      </StrictMode>,
    ),
  );
