import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../../src/app/App';

/** The whole app at a URL, with a fresh cache; by default no retries, so failures show at once. */
export function renderApp(
  search = '',
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } }),
) {
  window.history.replaceState(null, '', `/${search}`);
  return { queryClient, ...render(<App queryClient={queryClient} />) };
}
