import { describe, expect, it } from 'vitest';
import { isFigureBehind, shownStatus } from '../../src/lib/attainment';
import { tilesByNeed, type IndicatorTileModel } from '../../src/lib/indicator-tiles';
import type { Figure, Percentage, TargetSet } from '../../src/lib/report-schema';
import { isSetMet } from '../../src/lib/target-bands';

const nineMonths = { year: 2023, firstMonth: 1, lastMonth: 9 } as const;
const september = { year: 2023, firstMonth: 9, lastMonth: 9 } as const;
const year = { year: 2024, firstMonth: 1, lastMonth: 12 } as const;

const figure = (indicator: string, period: Figure['period'], percentages: Percentage[]): Figure => ({
  id: `${indicator}.${period.year}-${period.firstMonth}-${period.lastMonth}`,
  indicator,
  period,
  value: 1,
  decimals: 0,
  unit: 'billionVnd',
  estimate: false,
  percentages,
  quote: '',
});
const share = (value: number, basis: Percentage['basis'], decimals = 2): Percentage => ({ value, decimals, basis });

describe('what is behind', () => {
  it('a year below its plan, and a share of an annual plan more than a point behind the time elapsed', () => {
    expect(isFigureBehind(figure('a', year, [share(98.9, 'cityPlan', 1)]))).toBe(true);
    expect(isFigureBehind(figure('a', nineMonths, [share(69.79, 'cityPlan')]))).toBe(true);
    expect(shownStatus(share(69.79, 'cityPlan'), nineMonths)).toBe('behind');
  });

  it('not: on pace, ahead, met, a single month, a growth rate, or a party target part-way through the year', () => {
    expect(isFigureBehind(figure('a', nineMonths, [share(74.69, 'annualPlan')]))).toBe(false);
    expect(isFigureBehind(figure('a', nineMonths, [share(89.3, 'cityPlan', 1)]))).toBe(false);
    expect(isFigureBehind(figure('a', year, [share(100, 'plan', 0)]))).toBe(false);
    expect(isFigureBehind(figure('a', september, [share(6.01, 'cityPlan')]))).toBe(false);
    expect(isFigureBehind(figure('a', year, [share(-3, 'samePeriodLastYear', 0)]))).toBe(false);
    expect(isFigureBehind(figure('a', nineMonths, [share(84, 'supplementedTarget', 0)]))).toBe(false);
  });
});

describe('tilesByNeed', () => {
  const tile = (id: string, main: Figure | undefined, partial: Figure[] = []): IndicatorTileModel => ({
    indicator: { id, name: id, shortName: id, group: 'economy', unit: 'billionVnd' } as IndicatorTileModel['indicator'],
    main,
    partial,
  });

  it('puts the tiles behind first, each part in the catalogue order', () => {
    const tiles = [
      tile('met', figure('met', year, [share(100, 'plan', 0)])),
      tile('late-1', figure('late-1', year, [share(98.9, 'cityPlan', 1)])),
      tile('none', undefined, [figure('none', september, [])]),
      tile('late-2', figure('late-2', year, [share(120, 'cityPlan', 0), share(91.3, 'districtTarget', 1)])),
    ];
    const { behind, others } = tilesByNeed(tiles);
    expect(behind.map((model) => model.indicator.id)).toEqual(['late-1', 'late-2']);
    expect(others.map((model) => model.indicator.id)).toEqual(['met', 'none']);
  });
});

describe('isSetMet', () => {
  const set = (total: number, bands: TargetSet['bands']): TargetSet => ({
    id: 's',
    assignedBy: 'UBND thành phố giao',
    total,
    bands,
    quote: '',
  });

  it('a set whose bands, all met or above, count every target', () => {
    expect(isSetMet(set(20, [{ kind: 'metOrExceeded', count: 20 }]))).toBe(true);
    expect(
      isSetMet(
        set(20, [
          { kind: 'exceeded', count: 5 },
          { kind: 'met', count: 15 },
        ]),
      ),
    ).toBe(true);
  });

  it('not a set with a band below 100%, or whose count falls short of the total', () => {
    expect(
      isSetMet(
        set(21, [
          { kind: 'exceeded', count: 1 },
          { kind: 'met', count: 6 },
          { kind: 'atLeast90', count: 5 },
          { kind: 'range', count: null, range: [52, 74] },
        ]),
      ),
    ).toBe(false);
    expect(isSetMet(set(15, [{ kind: 'metOrExceeded', count: 14 }]))).toBe(false);
  });
});
