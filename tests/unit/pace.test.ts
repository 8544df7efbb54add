import { describe, expect, it } from 'vitest';
import { elapsedShare, onPaceTolerancePoints, paceOf } from '../../src/lib/pace';
import { formatPace } from '../../src/lib/format';
import { inLocale } from '../../src/lib/locale';
import type { Percentage, Period } from '../../src/lib/report-schema';

const months = (lastMonth: number, firstMonth = 1): Period => ({ year: 2023, firstMonth, lastMonth });
const share = (value: number, basis: Percentage['basis'] = 'cityPlan', decimals = 2): Percentage => ({
  value,
  decimals,
  basis,
});

describe('the time elapsed', () => {
  it('is N/12 of the year for a period from January over N months', () => {
    expect(elapsedShare(months(3))).toBe(25);
    expect(elapsedShare(months(6))).toBe(50);
    expect(elapsedShare(months(9))).toBe(75);
  });
});

describe('paceOf', () => {
  it('puts 69,79% of the city plan at 9 months 5,21 points behind the 75% mark', () => {
    const pace = paceOf(share(69.79), months(9));
    expect(pace).toEqual({ elapsed: 75, months: 9, points: -5.21, status: 'behind' });
    expect(inLocale('vi', () => formatPace(pace!, 2))).toBe(
      'Chậm 5,21 điểm % so với tiến độ thời gian (75% sau 9/12 tháng)',
    );
    expect(inLocale('en', () => formatPace(pace!, 2))).toBe(
      '5.21 points behind pace (75% of the year gone: 9 of 12 months)',
    );
  });

  it('calls a share within the named tolerance of the mark on pace, and beyond it ahead', () => {
    expect(paceOf(share(75 - onPaceTolerancePoints), months(9))?.status).toBe('onPace');
    expect(paceOf(share(75 + onPaceTolerancePoints), months(9))?.status).toBe('onPace');
    expect(paceOf(share(75 + onPaceTolerancePoints + 0.01), months(9))?.status).toBe('ahead');
    expect(paceOf(share(50.5, 'annualPlan'), months(6))?.status).toBe('onPace');
  });

  it('applies to annual plans only: not growth, counts against targets, party targets or an unnamed basis', () => {
    for (const basis of ['samePeriodLastYear', 'target', 'cityPartyTarget', 'unspecified'] as const) {
      expect(paceOf(share(60, basis), months(9))).toBeUndefined();
    }
    for (const basis of ['cityPlan', 'districtTarget', 'annualPlan', 'plan'] as const) {
      expect(paceOf(share(60, basis), months(9))).toBeDefined();
    }
  });

  it('has nothing to say of a whole year, or of a period that does not start in January', () => {
    expect(paceOf(share(98.9), months(12))).toBeUndefined();
    expect(paceOf(share(30), months(9, 7))).toBeUndefined();
    expect(paceOf(share(8), months(9, 9))).toBeUndefined();
  });
});
