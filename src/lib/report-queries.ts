import { queryOptions } from '@tanstack/react-query';
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
