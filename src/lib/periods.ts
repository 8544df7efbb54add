import type { Figure, Period, Report } from './report-schema';

/** Months from year 0 to the period's last month: orders periods by when they end. */
function endMonth(period: Period): number {
  const lastMonth = period.kind === 'month' ? period.month : period.kind === 'nineMonths' ? 9 : 12;
  return period.year * 12 + lastMonth;
}

export function lengthInMonths(period: Period): number {
  return period.kind === 'month' ? 1 : period.kind === 'nineMonths' ? 9 : 12;
}

/** Chronological: by end, then shorter first. */
export function comparePeriods(a: Period, b: Period): number {
  return endMonth(a) - endMonth(b) || lengthInMonths(a) - lengthInMonths(b);
}

export function samePeriod(a: Period, b: Period): boolean {
  return comparePeriods(a, b) === 0;
}

export function periodKey(period: Period): string {
  return period.kind === 'month' ? `${period.year}-m${period.month}` : `${period.year}-${period.kind}`;
}

/** The figure an indicator has for the report's own period (not September alone). */
export function mainFigure(report: Report, indicatorId: string): Figure | undefined {
  return report.figures.find((figure) => figure.indicator === indicatorId && samePeriod(figure.period, report.period));
}
