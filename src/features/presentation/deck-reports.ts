import type { PeriodSummary } from '../../lib/report-schema';

/** The deck's length must not change under the presenter: the slides load every report before they show. */
export const deckReports = (periods: PeriodSummary[]): string[] => periods.map((period) => period.reportId);
