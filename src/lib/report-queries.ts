import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { fetchJson } from './api-client';
import { IndicatorCatalogue, PeriodList, Report } from './report-schema';

/** Query keys and functions live together, one factory per API resource. */
export const periodsQuery = () =>
  queryOptions({
    queryKey: ['periods'],
    queryFn: ({ signal }) => fetchJson('/periods', PeriodList, { signal }),
    staleTime: Infinity,
  });

export const reportQuery = (year: number) =>
  queryOptions({
    queryKey: ['reports', year],
    queryFn: ({ signal }) => fetchJson(`/reports/${year}`, Report, { signal }),
    staleTime: Infinity,
  });

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: ['indicators'],
    queryFn: ({ signal }) => fetchJson('/indicators', IndicatorCatalogue, { signal }),
    staleTime: Infinity,
  });

/**
 * Everything a screen of the dashboard shows: the period list, the catalogue and
 * every period's report, all fetched up front so a period switch needs no request.
 */
export function useDashboardData() {
  const periods = useQuery(periodsQuery());
  const indicators = useQuery(indicatorsQuery());
  const periodList = periods.data?.periods ?? [];
  const reports = useQueries({ queries: periodList.map((period) => reportQuery(period.year)) });
  return { periods, indicators, periodList, reports };
}
