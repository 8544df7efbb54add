import { useEffect, useLayoutEffect } from 'react';
import { queryOptions, useQueries, useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { formatPeriodInSentence } from './format';
import { t } from './messages';
import { fetchJson } from './api-client';
import type { Period, PeriodSummary } from './report-schema';
import { useChartsWanted } from './charts-wanted';
import { whenIdle } from './idle';
import { wantedFlag } from './wanted-flag';
import { reportTurns } from './report-turns';

/**
 * The schemas load with the first request rather than with the page: a prerendered view is
 * taken over with the data the build rendered it from, already checked, and asks nothing.
 */
const schemas = () => import('./report-schema');

/** Query keys and functions live together, one factory per API resource. */
export const periodsQuery = () =>
  queryOptions({
    queryKey: ['periods'],
    queryFn: async ({ signal }) => fetchJson('/periods', (await schemas()).PeriodList, { signal }),
    staleTime: Infinity,
  });

/** Two at a time: the embedded API answers on the main thread, so more at once only queue there. */
const turns = reportTurns(2);

export const reportQuery = (reportId: string) =>
  queryOptions({
    queryKey: ['reports', reportId],
    queryFn: ({ signal }) =>
      turns.take(reportId, async () =>
        fetchJson(`/reports/${encodeURIComponent(reportId)}`, (await schemas()).Report, { signal }),
      ),
    staleTime: Infinity,
  });

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: ['indicators'],
    queryFn: async ({ signal }) => fetchJson('/indicators', (await schemas()).IndicatorCatalogue, { signal }),
    staleTime: Infinity,
  });

/**
 * Fetches what a view's first screen shows into the cache: the period list, the catalogue and
 * the reports on screen (`onScreen`, given the list). The build's prerender and the page that
 * takes it over load the same, so both render the same markup.
 */
export async function loadViewData(
  queryClient: QueryClient,
  onScreen: (periods: PeriodSummary[]) => readonly string[],
): Promise<void> {
  const [{ periods }] = await Promise.all([
    queryClient.fetchQuery(periodsQuery()),
    queryClient.fetchQuery(indicatorsQuery()),
  ]);
  const shown = onScreen(periods);
  turns.showing(shown);
  await Promise.all(shown.map((reportId) => queryClient.fetchQuery(reportQuery(reportId))));
}

/**
 * The other reports (for the charts, another report's plan in a source panel, a period switch)
 * are wanted once the first screen is up: in the first idle moment, or when the charts are.
 * Until then only the reports on screen are fetched, so what a view fetches before its figures
 * does not grow with the history.
 */
const reportHistory = wantedFlag();
export const wantReportHistory = reportHistory.want;
const historyPatienceMs = 1000;

/**
 * What a screen of the dashboard shows: the period list, the catalogue, and one query per period
 * (in the list's order), fetched at once for the reports on screen and the rest when wanted.
 */
export function useDashboardData(onScreen: (periods: PeriodSummary[]) => readonly string[]) {
  const periods = useQuery(periodsQuery());
  const indicators = useQuery(indicatorsQuery());
  const periodList = periods.data?.periods ?? [];
  const chartsWanted = useChartsWanted();
  const historyWanted = reportHistory.useWantedSoon() || chartsWanted;
  const shownIds = onScreen(periodList);
  const shownKey = shownIds.join('\n');
  // A report the screen shows never waits behind the history: it goes at once, or leaves the queue.
  useLayoutEffect(() => turns.showing(shownKey ? shownKey.split('\n') : []), [shownKey]);
  const reports = useQueries({
    queries: periodList.map((period) => ({
      ...reportQuery(period.reportId),
      enabled: historyWanted || shownIds.includes(period.reportId),
    })),
  });
  useEffect(() => whenIdle(wantReportHistory, historyPatienceMs), []);
  return { periods, indicators, periodList, reports };
}

/** A query that failed, and what it was fetching, in words for the error message. */
export type QueryFailure = { query: UseQueryResult; what: string };

/**
 * The first query of a screen that failed without data to show: one of its reports, else the
 * catalogue. A failed background refresh keeps its data, so it is not a failure here.
 */
export function firstFailure(
  reports: readonly { query: UseQueryResult; period: Period }[],
  indicators: UseQueryResult,
): QueryFailure | undefined {
  const failed = reports.find(({ query }) => !query.data && query.error);
  if (failed)
    return { query: failed.query, what: t('dashboard.what.report', { period: formatPeriodInSentence(failed.period) }) };
  return !indicators.data && indicators.error ? { query: indicators, what: t('dashboard.what.indicators') } : undefined;
}
