import { paceOf, type PaceStatus } from './pace';
import { isWholeYear } from './periods';
import type { Basis, Figure, Percentage, Period } from './report-schema';

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

export type ShownStatus = PlanStatus | PaceStatus;

/** Below 100% of an annual plan part-way through the year, the pace says more than "under way". */
export function shownStatus(percentage: Percentage, period: Period): ShownStatus {
  const status = planStatus(percentage, period);
  const pace = paceOf(percentage, period);
  return status === 'inProgress' && pace ? pace.status : status;
}

/** Behind: a year's plan not met, or a share of an annual plan behind the time elapsed. */
export function isBehind(status: ShownStatus): boolean {
  return status === 'notMet' || status === 'behind';
}

/** A figure a leader must see first: any of its plan shares is behind. */
export function isFigureBehind(figure: Figure): boolean {
  return planPercentages(figure.percentages).some((percentage) => isBehind(shownStatus(percentage, figure.period)));
}
