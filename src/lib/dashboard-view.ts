import { formatPeriodInSentence } from './format';
import { t } from './messages';
import { locales } from './locale';
import { latestOf, onePerYear } from './periods';
import type { PeriodSummary } from './report-schema';

/** What the URL asks to see: one report by its id, or the comparison of the years around it. */
export type DashboardView = { reportId: string; compare: boolean };
export type ResolvedView = DashboardView & { notices: string[] };

const knownViews = new Set(['compare']);

/** What ?lang= may say; anything else shows Vietnamese. */
const knownLanguages = new Set<string>(locales);

/**
 * The report a link names: `?period=<report id>`; `?year=2023`, as links sent before there were
 * several reports a year, the latest report ending in that year.
 */
function requestedReport(params: URLSearchParams, periods: PeriodSummary[]): PeriodSummary | null | undefined {
  const id = params.get('period');
  if (id !== null) return periods.find((period) => period.reportId === id) ?? null;
  const year = params.get('year');
  if (year !== null) return latestOf(periods.filter((period) => String(period.period.year) === year)) ?? null;
  return undefined;
}

/** Reads the URL's choice; anything unknown falls back (the latest report, the dashboard, Vietnamese) and says so. */
export function resolveView(params: URLSearchParams, periods: PeriodSummary[]): ResolvedView {
  const latest = latestOf(periods);
  if (!latest) return { reportId: '', compare: false, notices: [] };
  const notices: string[] = [];
  const requested = requestedReport(params, periods);
  if (requested === null) {
    const value = params.get('period') ?? params.get('year') ?? '';
    notices.push(
      t('notice.unknownPeriod', { value: value.slice(0, 40), period: formatPeriodInSentence(latest.period) }),
    );
  }
  const requestedView = params.get('view');
  if (requestedView !== null && !knownViews.has(requestedView)) {
    notices.push(t('notice.unknownView', { value: requestedView.slice(0, 40) }));
  }
  const requestedLanguage = params.get('lang');
  if (requestedLanguage !== null && !knownLanguages.has(requestedLanguage)) {
    notices.push(t('notice.unknownLanguage', { value: requestedLanguage.slice(0, 40) }));
  }
  return {
    reportId: (requested ?? latest).reportId,
    compare: requestedView === 'compare' && periods.length > 1,
    notices,
  };
}

/** The URL's parameters for a view: the report by id; the old `year` goes, so the link names one report. */
export function viewParams(view: DashboardView): Record<string, string | null> {
  return { period: view.reportId, year: null, view: view.compare ? 'compare' : null };
}

/** The reports a view sets on screen: the chosen one, or the comparison's. */
export function shownPeriods(view: DashboardView, periods: PeriodSummary[]): PeriodSummary[] {
  return view.compare
    ? comparedReports(periods, view.reportId)
    : periods.filter((period) => period.reportId === view.reportId);
}

/** The reports the dashboard puts on screen at an address, by id, given the period list. */
export const dashboardReports =
  (params: URLSearchParams) =>
  (periods: PeriodSummary[]): string[] =>
    periods.length === 0 ? [] : shownPeriods(resolveView(params, periods), periods).map((period) => period.reportId);

/** How many years the comparison sets side by side, so its columns stay readable on a projector. */
const comparedYears = 4;

/**
 * The comparison: the chosen report and, for each other year, that year's latest report, the
 * latest years first dropped when there are too many. Rates are compared, each with its own period.
 */
export function comparedReports(periods: PeriodSummary[], chosenId: string): PeriodSummary[] {
  return onePerYear(
    periods,
    periods.find((period) => period.reportId === chosenId),
    comparedYears,
  );
}
