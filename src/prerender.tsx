import { defaultShouldDehydrateQuery, dehydrate, QueryClient, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { reportsOnScreen, viewSearches, viewTable } from './app/view-data';
import { TitleOnServer } from './components/DocumentTitle';
import { localeFromSearch, setLocale, type Locale } from './lib/locale';
import { indicatorsQuery, loadViewData, periodsQuery, reportQuery } from './lib/report-queries';
import type { PeriodSummary } from './lib/report-schema';
import { renderAsAt } from './lib/url-state';
import { viewPageKey, type ViewTable } from './lib/view-pages';
import { deckReports } from './features/presentation/deck-reports';
import { isPresenting } from './features/presentation/present-url';
import { server } from '../mocks/node';

/**
 * Renders every view a link can name to HTML at build time (build/prerender-views.ts), from the
 * embedded API's answers, so a visit paints the figures before any JavaScript has run: each
 * report in each language, as the dashboard, the comparison and the first slide. Each view keeps
 * the data it was rendered from (`data`, the query cache), which the build writes into its page:
 * src/main.tsx takes the markup over with that very data, without waiting for the API. The charts
 * are left to the page: they load after the figures.
 */
export type PrerenderedView = {
  key: string;
  search: string;
  language: Locale;
  title: string;
  markup: string;
  data: DehydratedState;
};

export async function renderViews(): Promise<{ table: ViewTable; views: PrerenderedView[] }> {
  const everything = createQueryClient();
  server.listen({ onUnhandledRequest: 'error' });
  try {
    await loadViewData(everything, deckReports);
  } finally {
    server.close();
  }
  const { periods } = everything.getQueryData(periodsQuery().queryKey)!;
  const table = viewTable(periods);
  const views: PrerenderedView[] = [];
  // One at a time: the address rendered at is the app's, while it renders.
  for (const search of viewSearches(table)) {
    let title = '';
    const client = viewClient(everything, search, periods);
    const markup = await markupAt(search, client, (named) => (title = named));
    const key = viewPageKey(search, table)!;
    views.push({ key, search, language: localeFromSearch(search), title, markup, data: pageData(client, search) });
  }
  setLocale('vi');
  return { table, views };
}

/**
 * What the page at `search` holds of its data: the answers its render used (not the queries it
 * only set up). The slides' page holds no report: the deck loads every report before it is taken
 * over, and in the page they would grow with the history.
 */
function pageData(client: QueryClient, search: string): DehydratedState {
  const slides = isPresenting(new URLSearchParams(search));
  return dehydrate(client, {
    shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) && !(slides && query.queryKey[0] === 'reports'),
  });
}

/** A cache with only what the page at `search` loads before it takes the view over (src/main.tsx). */
function viewClient(everything: QueryClient, search: string, periods: PeriodSummary[]): QueryClient {
  const client = createQueryClient();
  for (const query of [periodsQuery(), indicatorsQuery()])
    client.setQueryData(query.queryKey, everything.getQueryData(query.queryKey));
  for (const reportId of reportsOnScreen(new URLSearchParams(search))(periods)) {
    const { queryKey } = reportQuery(reportId);
    client.setQueryData(queryKey, everything.getQueryData(queryKey));
  }
  return client;
}

/**
 * The app's markup at `search`, from data already in the cache. A prerender, not renderToString:
 * it waits for the code a view loads when asked for (the slides).
 */
export async function markupAt(
  search: string,
  queryClient: QueryClient,
  onTitle: (title: string) => void = () => undefined,
): Promise<string> {
  renderAsAt(search);
  try {
    const { prelude } = await prerenderToNodeStream(
      <StrictMode>
        <TitleOnServer value={onTitle}>
          <App queryClient={queryClient} />
        </TitleOnServer>
      </StrictMode>,
    );
    let markup = '';
    for await (const chunk of prelude) markup += String(chunk);
    return markup;
  } finally {
    renderAsAt('');
  }
}
