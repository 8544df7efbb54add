import { periodKey } from './periods';
import type { Basis, Figure, Percentage, Period, Unit } from './report-schema';
import { isPlanBasis } from './attainment';

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
          value: value / (1 + percentage.value / 100),
        },
      ];
    }
    if (yieldsPlan(percentage.basis) && percentage.value > 0) {
      return [
        {
          ...common,
          kind: 'plan',
          period: { kind: 'year', year: figure.period.year },
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

/** Pairs of derivations of the same quantity that differ by more than `tolerance` (2% by default). */
export function findConflicts(derived: readonly DerivedFigure[], tolerance = 0.02): DerivationConflict[] {
  const byQuantity = new Map<string, DerivedFigure[]>();
  for (const item of derived) {
    const key = quantityKey(item);
    byQuantity.set(key, [...(byQuantity.get(key) ?? []), item]);
  }
  const conflicts: DerivationConflict[] = [];
  for (const group of byQuantity.values()) {
    group.forEach((first, i) => {
      for (const second of group.slice(i + 1)) {
        const smaller = Math.min(first.value, second.value);
        const gap = Math.abs(first.value - second.value);
        // A zero against anything else is as far apart as two figures can be.
        const relativeDifference = smaller > 0 ? gap / smaller : gap > 0 ? Infinity : 0;
        if (relativeDifference > tolerance) conflicts.push({ first, second, relativeDifference });
      }
    });
  }
  return conflicts;
}
