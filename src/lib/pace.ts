import { isYearToDate, isWholeYear, lengthInMonths } from './periods';
import type { Basis, Percentage, Period } from './report-schema';

/**
 * Pace: a share of an annual plan read against the share of the year elapsed (75% at 9 months).
 * A reading against time, not a forecast: revenue is seasonal, and a quarter at 20% of the plan
 * may be normal for it.
 */

/** Within this many percentage points of the time elapsed, a figure is "on pace". */
export const onPaceTolerancePoints = 1;

/** Annual plans: the only bases a pace applies to (not growth, counts against targets, or an unnamed basis). */
const annualPlanBases = new Set<Basis>(['cityPlan', 'districtTarget', 'annualPlan', 'plan']);

export type PaceStatus = 'ahead' | 'onPace' | 'behind';

export type Pace = {
  /** Share of the year elapsed at the period's end, in % (75 at 9 months). */
  elapsed: number;
  /** The months of the year the period covers, for the words ("9/12 tháng"). */
  months: number;
  /** The share of plan minus the share of the year elapsed, in percentage points. */
  points: number;
  status: PaceStatus;
};

export function elapsedShare(period: Period): number {
  return (lengthInMonths(period) / 12) * 100;
}

/** The pace of a share of plan, for a partial period from January against an annual plan; undefined otherwise. */
export function paceOf(percentage: Percentage, period: Period): Pace | undefined {
  if (!annualPlanBases.has(percentage.basis) || !isYearToDate(period) || isWholeYear(period)) return undefined;
  const elapsed = elapsedShare(period);
  // Rounded to the report's precision, so 74,995% at the 75% mark is not "0,005 points behind".
  const scale = 10 ** percentage.decimals;
  const points = Math.round((percentage.value - elapsed) * scale) / scale;
  const status: PaceStatus = Math.abs(points) <= onPaceTolerancePoints ? 'onPace' : points > 0 ? 'ahead' : 'behind';
  return { elapsed, months: lengthInMonths(period), points, status };
}
