import { queryOptions, skipToken } from '@tanstack/react-query';
import { resolveView } from '../../lib/dashboard-view';
import type { Indicator, PeriodSummary, Report } from '../../lib/report-schema';
import { buildDeck } from './slides';

/** Every report: the deck's slides over time, and so its length, depend on all of them. */
export const deckReports = (periods: PeriodSummary[]): string[] => periods.map((period) => period.reportId);

/** The report the slides show. Their first slide needs no other; the deck's length needs them all. */
export const slidesOnScreen =
  (params: URLSearchParams) =>
  (periods: PeriodSummary[]): string[] =>
    periods.length === 0 ? [] : [resolveView(params, periods).reportId];

/** The length of each report's deck, by report id. */
export type DeckLengths = Record<string, number>;

export function deckLengths(reports: Report[], indicators: Indicator[]): DeckLengths {
  return Object.fromEntries(
    reports.map((report) => [report.source.id, buildDeck(report, reports, indicators).slides.length]),
  );
}

/**
 * The deck lengths the build computed from every report and wrote into a prerendered first slide's
 * page (src/prerender.tsx). With them the page takes its slide over with its own report alone and
 * loads the others afterwards, and the count on screen still never changes under the presenter.
 * The API has no such resource: elsewhere the query holds nothing, and the deck waits for every report.
 */
export const deckLengthsQuery = () =>
  queryOptions<DeckLengths>({ queryKey: ['deckLengths'], queryFn: skipToken, staleTime: Infinity });
