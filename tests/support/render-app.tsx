import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../../src/app/App';

/** The whole app at a URL, with a fresh cache and no retries so failures show at once. */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { queryClient, ...render(<App queryClient={queryClient} />) };
}
