import { describe, expect, it } from 'vitest';
import { isPlanBasis, planPercentages, planStatus, samePeriodChange } from '../../src/lib/attainment';
import { t } from '../../src/lib/messages';
import type { Percentage } from '../../src/lib/report-schema';

const nineMonths2023 = { year: 2023, firstMonth: 1, lastMonth: 9 } as const;
const year2024 = { year: 2024, firstMonth: 1, lastMonth: 12 } as const;

// 2023, 9 months: "bằng 69,79% kế hoạch thành phố giao, bằng 60,68% kế hoạch quận phấn đấu và tăng 10% so với cùng kỳ"
const budget9m: Percentage[] = [
  { value: 69.79, decimals: 2, basis: 'cityPlan' },
  { value: 60.68, decimals: 2, basis: 'districtTarget' },
  { value: 10, decimals: 0, basis: 'samePeriodLastYear' },
];

describe('planStatus', () => {
  it('calls above 100% exceeded, whatever the period', () => {
    expect(planStatus({ value: 125, decimals: 0, basis: 'cityPartyTarget' }, nineMonths2023)).toBe('exceeded');
    expect(planStatus({ value: 182.4, decimals: 1, basis: 'cityPlan' }, year2024)).toBe('exceeded');
  });

  it('calls exactly 100% met', () => {
    expect(planStatus({ value: 100, decimals: 0, basis: 'plan' }, year2024)).toBe('met');
  });

  it('calls a part-year figure below 100% in progress, not behind (69,79% after 9 months)', () => {
    expect(planStatus({ value: 69.79, decimals: 2, basis: 'cityPlan' }, nineMonths2023)).toBe('inProgress');
    expect(
      planStatus({ value: 6.01, decimals: 2, basis: 'cityPlan' }, { year: 2023, firstMonth: 9, lastMonth: 9 }),
    ).toBe('inProgress');
  });

  it('calls a full-year figure below 100% not met (98,9% of the 2024 plan)', () => {
    expect(planStatus({ value: 98.9, decimals: 1, basis: 'cityPlan' }, year2024)).toBe('notMet');
  });

  it('has Vietnamese words for every status', () => {
    const statuses = ['exceeded', 'met', 'inProgress', 'notMet'] as const;
    expect(statuses.map((status) => t(`status.${status}`))).toEqual([
      'Vượt kế hoạch',
      'Đạt kế hoạch',
      'Đang thực hiện',
      'Chưa đạt kế hoạch',
    ]);
  });
});

describe('plan and growth percentages', () => {
  it('keeps the plan percentages in the order of the report, city before district', () => {
    expect(planPercentages(budget9m).map((p) => p.basis)).toEqual(['cityPlan', 'districtTarget']);
  });

  it('finds the growth against the same period', () => {
    expect(samePeriodChange(budget9m)?.growth.value).toBe(10);
    expect(samePeriodChange(budget9m)?.derived).toBe(false);
    expect(samePeriodChange(budget9m.slice(0, 2))).toBeUndefined();
  });

  it('reads an index as written and derives its growth ("bằng 112,5%" is +12,5%)', () => {
    const change = samePeriodChange([{ value: 112.5, decimals: 1, basis: 'samePeriodLastYear', form: 'index' }]);
    expect(change?.written.value).toBe(112.5);
    expect(change?.growth).toMatchObject({ value: 12.5, decimals: 1, form: 'growth' });
    expect(change?.derived).toBe(true);
  });

  it('counts every basis but the same-period comparison as a plan basis', () => {
    expect(isPlanBasis('samePeriodLastYear')).toBe(false);
    expect(isPlanBasis('target')).toBe(true);
    expect(isPlanBasis('unspecified')).toBe(true);
  });
});
