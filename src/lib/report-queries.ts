import { queryOptions, useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { fetchJson } from './api-client';
import { IndicatorCatalogue, PeriodList, Report } from './report-schema';

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
