import { queryOptions, useQueries, useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { formatPeriodInSentence } from './format';
import { t } from './messages';
import { fetchJson } from './api-client';
import { IndicatorCatalogue, PeriodList, Report, type Period } from './report-schema';

/** Query keys and functions live together, one factory per API resource. */
export const periodsQuery = () =>
  queryOptions({
    queryKey: ['periods'],
    queryFn: ({ signal }) => fetchJson('/periods', PeriodList, { signal }),
    staleTime: Infinity,
  });

export const reportQuery = (reportId: string) =>
  queryOptions({
    queryKey: ['reports', reportId],
    queryFn: ({ signal }) => fetchJson(`/reports/${encodeURIComponent(reportId)}`, Report, { signal }),
    staleTime: Infinity,
  });

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: ['indicators'],
    queryFn: ({ signal }) => fetchJson('/indicators', IndicatorCatalogue, { signal }),
    staleTime: Infinity,
  });

/**
 * Fetches what the dashboard's first screen shows into the cache: the build's prerender
 * and the page that takes it over load the same data, so both render the same markup.
 */
export async function loadDashboardData(queryClient: QueryClient): Promise<void> {
  const [{ periods }] = await Promise.all([
    queryClient.fetchQuery(periodsQuery()),
    queryClient.fetchQuery(indicatorsQuery()),
  ]);
  await Promise.all(periods.map((period) => queryClient.fetchQuery(reportQuery(period.reportId))));
}

/**
 * Everything a screen of the dashboard shows: the period list, the catalogue and
 * every period's report, all fetched up front so a period switch needs no request.
 */
export function useDashboardData() {
  const periods = useQuery(periodsQuery());
  const indicators = useQuery(indicatorsQuery());
  const periodList = periods.data?.periods ?? [];
  const reports = useQueries({ queries: periodList.map((period) => reportQuery(period.reportId)) });
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
