import { dashboardReports, resolveView } from '../lib/dashboard-view';
import { urlWith } from '../lib/url-state';
import type { ViewTable } from '../lib/view-pages';
import type { PeriodSummary } from '../lib/report-schema';
import { slidesOnScreen } from '../features/presentation/deck-reports';
import { isPresenting } from '../features/presentation/present-url';

/** The reports an address puts on its first screen: the slides' or the dashboard's. */
export function reportsOnScreen(params: URLSearchParams): (periods: PeriodSummary[]) => string[] {
  return isPresenting(params) ? slidesOnScreen(params) : dashboardReports(params);
}

/** The reports as the app's own rules choose them: the one without a period, and each year's link. */
export function viewTable(periods: PeriodSummary[]): ViewTable {
  const reportAt = (query: Record<string, string>) => resolveView(new URLSearchParams(query), periods).reportId;
  const years = [...new Set(periods.map((period) => String(period.period.year)))];
  return {
    latest: reportAt({}),
    reports: periods.map((period) => period.reportId),
    years: Object.fromEntries(years.map((year) => [year, reportAt({ year })])),
  };
}

/** The address of every view: each report in each language, as dashboard, comparison and first slide. */
export function viewSearches(table: ViewTable): string[] {
  const modes: Record<string, string>[] = [
    {},
    ...(table.reports.length > 1 ? [{ view: 'compare' }] : []),
    { present: '1' },
  ];
  return table.reports.flatMap((reportId) =>
    (['vi', 'en'] as const).flatMap((language) =>
      modes.map((mode) => {
        const search = urlWith('', {
          period: reportId === table.latest ? null : reportId,
          lang: language === 'vi' ? null : language,
          ...mode,
        });
        return search.startsWith('?') ? search : '';
      }),
    ),
  );
}
