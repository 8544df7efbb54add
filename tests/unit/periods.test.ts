import { describe, expect, it } from 'vitest';
import { formatPeriod, formatPeriodInSentence, formatPeriodShort } from '../../src/lib/format';
import { inLocale } from '../../src/lib/locale';
import { byEnd, latestOf, lengthInMonths, sameSpan } from '../../src/lib/periods';
import type { Period } from '../../src/lib/report-schema';

const period = (year: number, firstMonth: number, lastMonth: number): Period => ({ year, firstMonth, lastMonth });

describe('period labels, derived from the months covered', () => {
  const cases: [Period, string, string, string][] = [
    [period(2023, 1, 3), 'Quý I/2023', 'First quarter of 2023', 'Quý I/2023'],
    [period(2024, 1, 6), '6 tháng đầu năm 2024', 'First half of 2024', '6 tháng 2024'],
    [period(2023, 1, 9), '9 tháng đầu năm 2023', 'First 9 months of 2023', '9 tháng 2023'],
    [period(2024, 1, 12), 'Năm 2024', 'Year 2024', 'Năm 2024'],
    [period(2023, 9, 9), 'Tháng 9/2023', 'September 2023', 'T9/2023'],
    [period(2023, 7, 9), 'Quý III/2023', 'Third quarter of 2023', 'Quý III/2023'],
    [period(2023, 1, 5), '5 tháng đầu năm 2023', 'First 5 months of 2023', '5 tháng 2023'],
    [period(2023, 2, 5), 'Tháng 2–5/2023', 'February to May 2023', 'T2–5/2023'],
  ];
  it.each(cases)('%o reads "%s" / "%s"', (shown, vi, en, short) => {
    expect(inLocale('vi', () => formatPeriod(shown))).toBe(vi);
    expect(inLocale('en', () => formatPeriod(shown))).toBe(en);
    expect(inLocale('vi', () => formatPeriodShort(shown))).toBe(short);
  });
});

describe('periods inside a sentence', () => {
  // English names a year bare ("in 2024") and a part of one with its article ("in the first half of 2024");
  // Vietnamese writes the label in lower case.
  const cases: [Period, string, string][] = [
    [period(2023, 9, 9), 'tháng 9/2023', 'September 2023'],
    [period(2023, 1, 3), 'quý I/2023', 'the first quarter of 2023'],
    [period(2023, 7, 9), 'quý III/2023', 'the third quarter of 2023'],
    [period(2024, 1, 6), '6 tháng đầu năm 2024', 'the first half of 2024'],
    [period(2023, 1, 9), '9 tháng đầu năm 2023', 'the first 9 months of 2023'],
    [period(2024, 1, 12), 'năm 2024', '2024'],
    [period(2023, 7, 8), 'tháng 7–8/2023', 'July to August 2023'],
  ];
  it.each(cases)('%o reads "%s" / "%s"', (shown, vi, en) => {
    expect(inLocale('vi', () => formatPeriodInSentence(shown))).toBe(vi);
    expect(inLocale('en', () => formatPeriodInSentence(shown))).toBe(en);
  });
});

describe('ordering reports', () => {
  const reports = [
    { id: 'year-2023', period: period(2023, 1, 12) },
    { id: 'q1-2024', period: period(2024, 1, 3) },
    { id: 'sep-2023', period: period(2023, 9, 9) },
    { id: '9m-2023', period: period(2023, 1, 9) },
    { id: 'q3-2023', period: period(2023, 7, 9) },
  ];

  it('lists them by when they end, the longer of two ending together first', () => {
    expect(byEnd(reports).map((report) => report.id)).toEqual([
      '9m-2023',
      'q3-2023',
      'sep-2023',
      'year-2023',
      'q1-2024',
    ]);
  });

  it('takes as the default the report that ends last, and of two ending together the longer', () => {
    expect(latestOf(reports)?.id).toBe('q1-2024');
    const september = reports.filter((report) => report.period.year === 2023 && report.period.lastMonth === 9);
    expect(latestOf(september)?.id).toBe('9m-2023');
    expect(latestOf([])).toBeUndefined();
  });

  it('sets side by side only periods of the same months', () => {
    expect(sameSpan(period(2023, 1, 9), period(2022, 1, 9))).toBe(true);
    expect(sameSpan(period(2023, 1, 9), period(2023, 1, 12))).toBe(false);
    expect(lengthInMonths(period(2023, 7, 9))).toBe(3);
  });
});
