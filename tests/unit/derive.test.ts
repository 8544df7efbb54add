import { describe, expect, it } from 'vitest';
import report2023Json from '../../mocks/data/reports/2023-9-thang.json';
import report2024Json from '../../mocks/data/reports/2024-ca-nam.json';
import {
  conflictTolerance,
  deriveFigures,
  deriveFromFigure,
  disagree,
  findConflicts,
  quantityKey,
  type DerivedFigure,
} from '../../src/lib/derive';
import { Report, type Basis, type Figure, type Percentage, type Period } from '../../src/lib/report-schema';

const report2023 = Report.parse(report2023Json);
const report2024 = Report.parse(report2024Json);

function figureById(report: Report, id: string): Figure {
  const found = report.figures.find((figure) => figure.id === id);
  if (!found) throw new Error(`no figure ${id} in the dataset`);
  return found;
}

function derivedWith(figure: Figure, kind: DerivedFigure['kind'], basis: Basis): DerivedFigure {
  const found = deriveFromFigure(figure).find((derived) => derived.kind === kind && derived.basis === basis);
  if (!found) throw new Error(`no ${kind} on ${basis} derived from ${figure.id}`);
  return found;
}

/** A constructed figure, for cases the dataset does not hold. */
function makeFigure(id: string, period: Period, value: number | null, percentages: Percentage[]): Figure {
  return {
    id,
    indicator: 'test-indicator',
    period,
    value,
    decimals: 1,
    unit: 'billionVnd',
    estimate: true,
    percentages,
    quote: 'constructed test figure',
  };
}

const wholeYear2023: Period = { year: 2023, firstMonth: 1, lastMonth: 12 };

describe('deriveFromFigure on the 2023 budget revenue (641,769 tỷ đồng in 9 months)', () => {
  const budget9m = figureById(report2023, 'budget-revenue.2023-9m');

  it('derives the city plan: 641.769 / 0.6979 ≈ 919.57', () => {
    const plan = derivedWith(budget9m, 'plan', 'cityPlan');
    expect(plan.value).toBeCloseTo(919.57, 2);
    expect(plan.unit).toBe('billionVnd');
    expect(plan.indicator).toBe('budget-revenue');
  });

  it('derives the district target: 641.769 / 0.6068 ≈ 1057.63', () => {
    expect(derivedWith(budget9m, 'plan', 'districtTarget').value).toBeCloseTo(1057.63, 2);
  });

  it('derives the 9 months of 2022: 641.769 / 1.10 ≈ 583.43', () => {
    expect(derivedWith(budget9m, 'previousPeriodValue', 'samePeriodLastYear').value).toBeCloseTo(583.43, 2);
  });

  it('gives a plan the whole year as its period, not the nine months it was derived from', () => {
    expect(derivedWith(budget9m, 'plan', 'cityPlan').period).toEqual(wholeYear2023);
    expect(derivedWith(budget9m, 'plan', 'districtTarget').period).toEqual(wholeYear2023);
  });

  it('gives the year-earlier value the same kind of period, one year back', () => {
    expect(derivedWith(budget9m, 'previousPeriodValue', 'samePeriodLastYear').period).toEqual({
      year: 2022,
      firstMonth: 1,
      lastMonth: 9,
    });
  });

  it('yields exactly one derivation per percentage', () => {
    expect(deriveFromFigure(budget9m)).toHaveLength(3);
  });

  it('keeps the stated inputs in `from`', () => {
    const plan = derivedWith(budget9m, 'plan', 'cityPlan');
    expect(plan.from).toEqual({
      figureId: 'budget-revenue.2023-9m',
      value: 641.769,
      decimals: 3,
      period: { year: 2023, firstMonth: 1, lastMonth: 9 },
      percentage: { value: 69.79, decimals: 2, basis: 'cityPlan' },
    });
  });
});

describe('deriveFromFigure on the other economic figures', () => {
  it('derives the 2023 industrial annual plan: 327.8 / 0.7469 ≈ 438.88', () => {
    const plan = derivedWith(figureById(report2023, 'industrial-output.2023-9m'), 'plan', 'annualPlan');
    expect(plan.value).toBeCloseTo(438.88, 2);
    expect(plan.period).toEqual(wholeYear2023);
  });

  it('derives full-year 2023 industrial output from 2024: 453.4 / 1.033 ≈ 438.92', () => {
    const previous = derivedWith(
      figureById(report2024, 'industrial-output.2024'),
      'previousPeriodValue',
      'samePeriodLastYear',
    );
    expect(previous.value).toBeCloseTo(438.92, 2);
    expect(previous.period).toEqual(wholeYear2023);
  });

  it('derives the 2023 retail plan: 23461.3 / 0.7481 ≈ 31361.18', () => {
    const plan = derivedWith(figureById(report2023, 'retail-sales.2023-9m'), 'plan', 'annualPlan');
    expect(plan.value).toBeCloseTo(31361.18, 1);
  });

  it('keeps the month when shifting a monthly figure one year back: 36.6 / 1.031 ≈ 35.50 in September 2022', () => {
    const previous = derivedWith(
      figureById(report2023, 'industrial-output.2023-09'),
      'previousPeriodValue',
      'samePeriodLastYear',
    );
    expect(previous.value).toBeCloseTo(35.5, 2);
    expect(previous.period).toEqual({ year: 2022, firstMonth: 9, lastMonth: 9 });
  });

  it('derives a plan of 100% as the value itself (2024 retail: 36.694,6 at 100% of plan)', () => {
    const plan = derivedWith(figureById(report2024, 'retail-sales.2024'), 'plan', 'plan');
    expect(plan.value).toBeCloseTo(36694.6, 6);
    expect(plan.period).toEqual({ year: 2024, firstMonth: 1, lastMonth: 12 });
  });
});

describe('deriveFromFigure on party targets (counts)', () => {
  const members = figureById(report2023, 'party-members.2023-9m');

  it('derives the provisional target: 210 / 1.273 ≈ 164.96 (164.9647…)', () => {
    const target = derivedWith(members, 'plan', 'provisionalTarget');
    expect(target.value).toBeCloseTo(164.965, 2);
    expect(target.unit).toBe('count');
  });

  it('derives the supplemented target: 210 / 0.84 = 250', () => {
    expect(derivedWith(members, 'plan', 'supplementedTarget').value).toBeCloseTo(250, 6);
  });

  it('derives the party cells target: 5 / 1.25 = 4', () => {
    const target = derivedWith(figureById(report2023, 'party-cells.2023-9m'), 'plan', 'cityPartyTarget');
    expect(target.value).toBeCloseTo(4, 6);
    expect(target.period).toEqual(wholeYear2023);
  });
});

describe('deriveFromFigure: what yields nothing', () => {
  it('derives no plan from an unspecified basis (2024 budget revenue, "bằng 184%")', () => {
    expect(deriveFromFigure(figureById(report2024, 'budget-revenue.2024'))).toEqual([]);
  });

  it('derives no plan from a count target already stated as n/m (233/230)', () => {
    expect(deriveFromFigure(figureById(report2024, 'party-members.2024'))).toEqual([]);
    expect(deriveFromFigure(figureById(report2024, 'party-cells.2024'))).toEqual([]);
  });

  it('derives nothing from a figure without a value (2024 non-state tax, 182,4% only)', () => {
    expect(deriveFromFigure(figureById(report2024, 'non-state-tax.2024'))).toEqual([]);
  });

  it('derives nothing from a null value even on a plan basis', () => {
    const figure = makeFigure('null.value', wholeYear2023, null, [{ value: 50, decimals: 0, basis: 'cityPlan' }]);
    expect(deriveFromFigure(figure)).toEqual([]);
  });

  it('derives no plan from a 0% plan percentage (it would divide by zero)', () => {
    const figure = makeFigure('zero.percent', wholeYear2023, 10, [{ value: 0, decimals: 0, basis: 'cityPlan' }]);
    expect(deriveFromFigure(figure)).toEqual([]);
  });

  it('derives the year-earlier value from a fall: 97 after "giảm 3%" was 97 / 0.97 = 100', () => {
    const figure = makeFigure('fall', wholeYear2023, 97, [{ value: -3, decimals: 0, basis: 'samePeriodLastYear' }]);
    const [previous] = deriveFromFigure(figure);
    expect(previous?.value).toBeCloseTo(100, 6);
    expect(previous?.period).toEqual({ year: 2022, firstMonth: 1, lastMonth: 12 });
  });
});

describe('deriveFigures', () => {
  it('derives from every figure of a report', () => {
    const derived = deriveFigures(report2023.figures);
    const expected = report2023.figures.flatMap((figure) => deriveFromFigure(figure));
    expect(derived).toEqual(expected);
    // 2023: 2 + 3 + 3 (budget, non-state tax) + 1 + 2 + 1 + 2 + 1 + 2 (economy) + 1 + 2 (party) = 20
    expect(derived).toHaveLength(20);
  });
});

describe('findConflicts', () => {
  it('reports no conflict between the September and 9-month derivations of the 2023 city plan (920.13 vs 919.57)', () => {
    const derived = deriveFigures(report2023.figures);
    const cityPlans = derived.filter((d) => d.indicator === 'budget-revenue' && d.basis === 'cityPlan');
    // 55.3 / 0.0601 ≈ 920.13 and 641.769 / 0.6979 ≈ 919.57: the same quantity, 0.06% apart.
    const [lower, higher] = cityPlans.map((d) => d.value).sort((a, b) => a - b);
    expect(cityPlans).toHaveLength(2);
    expect(lower).toBeCloseTo(919.57, 2);
    expect(higher).toBeCloseTo(920.13, 2);
    expect(new Set(cityPlans.map(quantityKey)).size).toBe(1);
    const conflicts = findConflicts(derived);
    expect(conflicts.filter((c) => c.first.indicator === 'budget-revenue')).toEqual([]);
  });

  it('reports no conflict anywhere in the real dataset', () => {
    expect(findConflicts(deriveFigures([...report2023.figures, ...report2024.figures]))).toEqual([]);
  });

  it('does not compare derivations of different quantities (annual plan 438.88 vs 2023 actual 438.92)', () => {
    const plan = derivedWith(figureById(report2023, 'industrial-output.2023-9m'), 'plan', 'annualPlan');
    const previous = derivedWith(
      figureById(report2024, 'industrial-output.2024'),
      'previousPeriodValue',
      'samePeriodLastYear',
    );
    expect(quantityKey(plan)).not.toBe(quantityKey(previous));
  });

  it('reports two derivations of the same plan that differ by more than 2%', () => {
    // 60 / 0.06 = 1000 and 735 / 0.70 = 1050: 50 / 1000 = 5% apart.
    const month = makeFigure('t.month', { year: 2023, firstMonth: 9, lastMonth: 9 }, 60, [
      { value: 6, decimals: 0, basis: 'cityPlan' },
    ]);
    const nineMonths = makeFigure('t.9m', { year: 2023, firstMonth: 1, lastMonth: 9 }, 735, [
      { value: 70, decimals: 0, basis: 'cityPlan' },
    ]);
    const conflicts = findConflicts(deriveFigures([month, nineMonths]));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.relativeDifference).toBeCloseTo(0.05, 10);
    expect([conflicts[0]?.first.from.figureId, conflicts[0]?.second.from.figureId].sort()).toEqual(['t.9m', 't.month']);
  });

  it('measures the difference against the smaller value', () => {
    // 50 / 0.5 = 100 and 60 / 0.5 = 120: 20 / 100 = 20% (not 20 / 120).
    const a = makeFigure('a', wholeYear2023, 50, [{ value: 50, decimals: 0, basis: 'cityPlan' }]);
    const b = makeFigure('b', wholeYear2023, 60, [{ value: 50, decimals: 0, basis: 'cityPlan' }]);
    expect(findConflicts(deriveFigures([b, a]))[0]?.relativeDifference).toBeCloseTo(0.2, 10);
  });

  it('treats exactly 2% as agreement: only a difference strictly above the tolerance is a conflict', () => {
    // 50 / 0.5 = 100 and 51 / 0.5 = 102 (both exact in binary): 2 / 100 = 2%.
    const a = makeFigure('a', wholeYear2023, 50, [{ value: 50, decimals: 0, basis: 'cityPlan' }]);
    const b = makeFigure('b', wholeYear2023, 51, [{ value: 50, decimals: 0, basis: 'cityPlan' }]);
    expect(findConflicts(deriveFigures([a, b]))).toEqual([]);
    // 51.5 / 0.5 = 103: 3% apart is reported.
    const c = makeFigure('c', wholeYear2023, 51.5, [{ value: 50, decimals: 0, basis: 'cityPlan' }]);
    expect(findConflicts(deriveFigures([a, c]))).toHaveLength(1);
  });

  it('disagree: beyond 2% of the smaller of the two, whichever comes first', () => {
    expect(conflictTolerance).toBe(0.02);
    expect(disagree(100, 102)).toBe(false);
    expect(disagree(102, 100)).toBe(false);
    expect(disagree(100, 102.5)).toBe(true);
    expect(disagree(102.5, 100)).toBe(true);
    // A zero against anything else disagrees; two zeros agree.
    expect(disagree(0, 1)).toBe(true);
    expect(disagree(0, 0)).toBe(false);
  });

  it('does not compare plans on different bases or for different years', () => {
    const cityPlan = makeFigure('a', wholeYear2023, 50, [{ value: 50, decimals: 0, basis: 'cityPlan' }]);
    const districtTarget = makeFigure('b', wholeYear2023, 80, [{ value: 50, decimals: 0, basis: 'districtTarget' }]);
    const nextYear = makeFigure('c', { year: 2024, firstMonth: 1, lastMonth: 12 }, 80, [
      { value: 50, decimals: 0, basis: 'cityPlan' },
    ]);
    expect(findConflicts(deriveFigures([cityPlan, districtTarget, nextYear]))).toEqual([]);
  });
});
