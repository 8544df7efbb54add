import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { loadDashboardData } from './lib/report-queries';
import { server } from '../mocks/node';

/**
 * Renders the default view (`/`: the newest period, in Vietnamese) to HTML at build
 * time, from the embedded API's answers, so a visit paints the figures before any
 * JavaScript has run. src/main.tsx takes the markup over once the same data has
 * loaded in the page. The charts are left to the page: they load after the figures.
 */
export async function renderDefaultView(): Promise<string> {
  const queryClient = createQueryClient();
  server.listen({ onUnhandledRequest: 'error' });
  try {
    await loadDashboardData(queryClient);
  } finally {
    server.close();
  }
  return markupOf(queryClient);
}

/** The app's markup at the default address, from data already in the cache. */
export function markupOf(queryClient: QueryClient): string {
  return renderToString(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
