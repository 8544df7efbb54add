import { dehydrate, QueryClient, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { reportsOnScreen, viewSearches, viewTable } from './app/view-data';
import { TitleOnServer } from './components/DocumentTitle';
import { localeFromSearch, setLocale, type Locale } from './lib/locale';
import { indicatorsQuery, loadViewData, periodsQuery, reportQuery } from './lib/report-queries';
import { renderAsAt } from './lib/url-state';
import { viewPageKey, type ViewTable } from './lib/view-pages';
import { deckLengths, deckLengthsQuery, deckReports, type DeckLengths } from './features/presentation/deck-reports';
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
    const client = viewClient(everything, search);
    const markup = await markupAt(search, client, (named) => (title = named));
    const key = viewPageKey(search, table)!;
    views.push({ key, search, language: localeFromSearch(search), title, markup, data: dehydrate(client) });
  }
  setLocale('vi');
  return { table, views };
}

/**
 * A cache with only what the page at `search` holds (src/main.tsx takes the view over with it):
 * the period list, the catalogue and the reports on screen. A first slide's page also holds the
 * length of each deck, which depends on every report (deck-reports.ts), rather than every report,
 * which would grow with the history.
 */
export function viewClient(everything: QueryClient, search: string): QueryClient {
  const client = createQueryClient();
  const params = new URLSearchParams(search);
  const { periods } = everything.getQueryData(periodsQuery().queryKey)!;
  for (const query of [periodsQuery(), indicatorsQuery()])
    client.setQueryData(query.queryKey, everything.getQueryData(query.queryKey));
  for (const reportId of reportsOnScreen(params)(periods)) {
    const { queryKey } = reportQuery(reportId);
    client.setQueryData(queryKey, everything.getQueryData(queryKey));
  }
  if (isPresenting(params)) client.setQueryData(deckLengthsQuery().queryKey, deckLengthsOf(everything));
  return client;
}

/**
 * Every deck's length, from every report in `everything`. Each first slide's page holds the same
 * lengths, which take a deck per report, each over every report: they are worked out once and kept
 * in `everything`.
 */
function deckLengthsOf(everything: QueryClient): DeckLengths {
  const { queryKey } = deckLengthsQuery();
  const known = everything.getQueryData(queryKey);
  if (known) return known;
  const { periods } = everything.getQueryData(periodsQuery().queryKey)!;
  const reports = deckReports(periods).map((reportId) => everything.getQueryData(reportQuery(reportId).queryKey)!);
  const { indicators } = everything.getQueryData(indicatorsQuery().queryKey)!;
  return everything.setQueryData(queryKey, deckLengths(reports, indicators))!;
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
