import { isWholeYear } from './periods';
import type { Basis, Percentage, Period } from './report-schema';

export type PlanStatus = 'exceeded' | 'met' | 'inProgress' | 'notMet';

const comparedToPlan = new Set<Basis>([
  'cityPlan',
  'districtTarget',
  'annualPlan',
  'plan',
  'cityPartyTarget',
  'provisionalTarget',
  'supplementedTarget',
  'target',
  'unspecified',
]);

export function isPlanBasis(basis: Basis): boolean {
  return comparedToPlan.has(basis);
}

/** Plan percentages in the order a leader reads them: the city's plan before the district's own target. */
export function planPercentages(percentages: readonly Percentage[]): Percentage[] {
  return percentages.filter((percentage) => isPlanBasis(percentage.basis));
}

/** The change against the same period as growth (+12,5%), whichever way the report wrote it ("bằng 112,5%"). */
export function asGrowth(percentage: Percentage): Percentage {
  return percentage.form === 'index' ? { ...percentage, value: percentage.value - 100, form: 'growth' } : percentage;
}

/** A change against the same period: as the report wrote it, and as growth (derived when it wrote an index). */
export type SamePeriodChange = { written: Percentage; growth: Percentage; derived: boolean };

export function samePeriodChange(percentages: readonly Percentage[]): SamePeriodChange | undefined {
  const written = percentages.find((percentage) => percentage.basis === 'samePeriodLastYear');
  return written && { written, growth: asGrowth(written), derived: written.form === 'index' };
}

/**
 * Against an annual plan, a figure for part of the year is on its way, not
 * behind: "chưa đạt" is said only of a full year.
 */
export function planStatus(percentage: Percentage, period: Period): PlanStatus {
  if (percentage.value > 100) return 'exceeded';
  if (percentage.value === 100) return 'met';
  return isWholeYear(period) ? 'notMet' : 'inProgress';
}
