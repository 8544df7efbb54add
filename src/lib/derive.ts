import { periodKey, wholeYear } from './periods';
import type { Basis, Figure, Percentage, Period, Unit } from './report-schema';
import { asGrowth, isPlanBasis } from './attainment';

/**
 * Figures the reports imply but do not state: the plan behind a "% of plan",
 * the year-earlier value behind a "% growth". Computed here, never stored in
 * the data, and always carried with the stated inputs they come from.
 */
export type DerivedFigure = {
  kind: 'plan' | 'previousPeriodValue';
  indicator: string;
  basis: Basis;
  /** The period the derived quantity refers to (a plan is for the whole year). */
  period: Period;
  value: number;
  unit: Unit;
  from: { figureId: string; value: number; decimals: number; period: Period; percentage: Percentage };
};

export type DerivationConflict = {
  first: DerivedFigure;
  second: DerivedFigure;
  /** |a − b| / the smaller of the two. */
  relativeDifference: number;
};

/** A plan follows from a % of a named plan: not of an unnamed one, nor of a count target already stated as n/m. */
function yieldsPlan(basis: Basis): boolean {
  return isPlanBasis(basis) && basis !== 'unspecified' && basis !== 'target';
}

export function deriveFromFigure(figure: Figure): DerivedFigure[] {
  const { value } = figure;
  if (value === null) return [];
  return figure.percentages.flatMap((percentage): DerivedFigure[] => {
    const from = { figureId: figure.id, value, decimals: figure.decimals, period: figure.period, percentage };
    const common = { indicator: figure.indicator, basis: percentage.basis, unit: figure.unit, from };
    if (percentage.basis === 'samePeriodLastYear') {
      return [
        {
          ...common,
          kind: 'previousPeriodValue',
          period: { ...figure.period, year: figure.period.year - 1 },
          value: value / (1 + asGrowth(percentage).value / 100),
        },
      ];
    }
    if (yieldsPlan(percentage.basis) && percentage.value > 0) {
      return [
        {
          ...common,
          kind: 'plan',
          period: wholeYear(figure.period.year),
          value: value / (percentage.value / 100),
        },
      ];
    }
    return [];
  });
}

export function deriveFigures(figures: readonly Figure[]): DerivedFigure[] {
  return figures.flatMap(deriveFromFigure);
}

/** Derivations of one quantity: same indicator, kind, basis and period. */
export function quantityKey(derived: DerivedFigure): string {
  return [derived.indicator, derived.kind, derived.basis, periodKey(derived.period)].join('|');
}

/**
 * Two derivations of one quantity may differ by rounding; beyond 2% of the smaller they disagree,
 * and the dashboard says so rather than pick one.
 */
export const conflictTolerance = 0.02;

/** |a − b| / the smaller of the two; a zero against anything else is as far apart as two figures can be. */
export function relativeDifference(a: number, b: number): number {
  const smaller = Math.min(a, b);
  const gap = Math.abs(a - b);
  return smaller > 0 ? gap / smaller : gap > 0 ? Infinity : 0;
}

export function disagree(a: number, b: number): boolean {
  return relativeDifference(a, b) > conflictTolerance;
}

/** Pairs of derivations of the same quantity that disagree. */
export function findConflicts(derived: readonly DerivedFigure[]): DerivationConflict[] {
  const byQuantity = new Map<string, DerivedFigure[]>();
  for (const item of derived) {
    const key = quantityKey(item);
    byQuantity.set(key, [...(byQuantity.get(key) ?? []), item]);
  }
  const conflicts: DerivationConflict[] = [];
  for (const group of byQuantity.values()) {
    group.forEach((first, i) => {
      for (const second of group.slice(i + 1)) {
        const difference = relativeDifference(first.value, second.value);
        if (difference > conflictTolerance) conflicts.push({ first, second, relativeDifference: difference });
      }
    });
  }
  return conflicts;
}
