import type { Figure, Period, Report } from './report-schema';

/** Months from year 0 to the period's last month: orders periods by when they end. */
function endMonth(period: Period): number {
  return period.year * 12 + period.lastMonth;
}

export function lengthInMonths(period: Period): number {
  return period.lastMonth - period.firstMonth + 1;
}

/** Chronological: by end, then the longer first (a 9-month report before September alone). */
export function comparePeriods(a: Period, b: Period): number {
  return endMonth(a) - endMonth(b) || lengthInMonths(b) - lengthInMonths(a);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.year === b.year && a.firstMonth === b.firstMonth && a.lastMonth === b.lastMonth;
}

/** Same months of different years: the only periods a chart sets side by side. */
export function sameSpan(a: Period, b: Period): boolean {
  return a.firstMonth === b.firstMonth && a.lastMonth === b.lastMonth;
}

export function periodKey(period: Period): string {
  return `${period.year}-${period.firstMonth}-${period.lastMonth}`;
}

export function isWholeYear(period: Period): boolean {
  return period.firstMonth === 1 && period.lastMonth === 12;
}

/** A period from January: the only kind an annual plan's pace applies to. */
export function isYearToDate(period: Period): boolean {
  return period.firstMonth === 1;
}

export function wholeYear(year: number): Period {
  return { year, firstMonth: 1, lastMonth: 12 };
}

/** The figure an indicator has for the report's own period (not September alone). */
export function mainFigure(report: Report, indicatorId: string): Figure | undefined {
  return report.figures.find((figure) => figure.indicator === indicatorId && samePeriod(figure.period, report.period));
}

/** Reports listed by the API, in the order the filter shows them: by when they end, the longer first. */
export function byEnd<Item extends { period: Period }>(items: readonly Item[]): Item[] {
  return [...items].sort((a, b) => comparePeriods(a.period, b.period));
}

/** The default view: the report that ends last; of two ending together, the longer. */
export function latestOf<Item extends { period: Period }>(items: readonly Item[]): Item | undefined {
  return items.reduce<Item | undefined>((best, item) => {
    if (!best) return item;
    const later = endMonth(item.period) - endMonth(best.period);
    return later > 0 || (later === 0 && lengthInMonths(item.period) > lengthInMonths(best.period)) ? item : best;
  }, undefined);
}

/**
 * One report a year, to set years side by side: the chosen report for its year, each other year's
 * latest, at most `years` years with the chosen one's always among them.
 */
export function onePerYear<Item extends { period: Period }>(
  items: readonly Item[],
  chosen: Item | undefined,
  years: number,
): Item[] {
  const chosenYear = chosen?.period.year;
  const others = [...new Set(items.map((item) => item.period.year))]
    .filter((year) => year !== chosenYear)
    .sort((a, b) => a - b)
    .slice(-(years - (chosen ? 1 : 0)));
  return [...others, ...(chosenYear === undefined ? [] : [chosenYear])]
    .sort((a, b) => a - b)
    .map((year) => (year === chosenYear ? chosen! : latestOf(items.filter((item) => item.period.year === year))!));
}
