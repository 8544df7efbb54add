import { isWholeYear } from './periods';
import type { Basis, Percentage, Period } from './report-schema';
import { t } from './messages';

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

export function growthPercentage(percentages: readonly Percentage[]): Percentage | undefined {
  return percentages.find((percentage) => percentage.basis === 'samePeriodLastYear');
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

export function planStatusWords(status: PlanStatus): string {
  return t(`status.${status}`);
}
