import { afterEach, describe, expect, it } from 'vitest';
import { deriveFromFigure } from '../../src/lib/derive';
import {
  formatAmount,
  formatBasis,
  formatBasisAfterRate,
  formatDerivation,
  formatPercent,
  formatPeriod,
  formatPeriodShort,
  formatRateWithBasis,
  formatSource,
  formatSourceLine,
} from '../../src/lib/format';
import { localeFromSearch, setLocale } from '../../src/lib/locale';
import { Report } from '../../src/lib/report-schema';
import report2023Json from '../../mocks/data/reports/2023-9-thang.json';
import report2024Json from '../../mocks/data/reports/2024-ca-nam.json';

afterEach(() => setLocale('vi'));

describe('English notation', () => {
  it('groups thousands with "," and marks decimals with "."', () => {
    setLocale('en');
    expect(formatAmount(1947.272, 3, 'billionVnd')).toBe('1,947.272 VND billion');
    expect(formatAmount(23461.3, 1, 'billionVnd')).toBe('23,461.3 VND billion');
    expect(formatPercent(69.79, 2)).toBe('69.79%');
  });

  it('names periods and bases in English', () => {
    setLocale('en');
    expect(formatPeriod({ year: 2023, firstMonth: 1, lastMonth: 9 })).toBe('First 9 months of 2023');
    expect(formatPeriod({ year: 2024, firstMonth: 1, lastMonth: 12 })).toBe('Year 2024');
    expect(formatPeriod({ year: 2023, firstMonth: 9, lastMonth: 9 })).toBe('September 2023');
    expect(formatPeriodShort({ year: 2023, firstMonth: 9, lastMonth: 9 })).toBe('Sept 2023');
    expect(formatBasis('cityPlan')).toBe("the city's plan");
    expect(formatBasis('districtTarget')).toBe("the district's own target");
    expect(formatBasisAfterRate('target')).toBe('of the target');
  });

  it('words a rate against the same period as the change it is, not as a share of last year', () => {
    // "tăng 3,1% so với cùng kỳ": September 2023 grew 3.1%; it is not 3.1% of September 2022.
    const [growth] = Report.parse(report2023Json).figures.find(
      (f) => f.id === 'industrial-output.2023-09',
    )!.percentages;
    setLocale('en');
    expect(formatRateWithBasis(growth!)).toBe('up 3.1% on the same period last year');
    setLocale('vi');
    expect(formatRateWithBasis(growth!)).toBe('tăng 3,1% so với cùng kỳ');
  });

  it('explains a derivation in English with English numbers', () => {
    setLocale('en');
    const figure = Report.parse(report2023Json).figures.find((f) => f.id === 'budget-revenue.2023-9m')!;
    const [cityPlan] = deriveFromFigure(figure);
    expect(formatDerivation(cityPlan!)).toBe(
      "the city's plan: ≈ 919.6 VND billion (derived from 641.769 VND billion = 69.79% of the city's plan)",
    );
  });

  it('cites each report with its period as a sentence names it: "the first 9 months of 2023", "2024"', () => {
    const nineMonths = Report.parse(report2023Json);
    const year = Report.parse(report2024Json);
    setLocale('en');
    expect(formatSourceLine([nineMonths])).toBe(
      `Source: report for the first 9 months of 2023 (${formatSource(nineMonths.source)})`,
    );
    expect(formatSourceLine([nineMonths, year])).toBe(
      `Sources: report for the first 9 months of 2023 (${formatSource(nineMonths.source)}); report for 2024 (${formatSource(year.source)})`,
    );
    setLocale('vi');
    expect(formatSourceLine([nineMonths, year])).toBe(
      `Nguồn: báo cáo 9 tháng đầu năm 2023 (${formatSource(nineMonths.source)}); báo cáo năm 2024 (${formatSource(year.source)})`,
    );
  });

  it('switches back to Vietnamese notation', () => {
    setLocale('en');
    setLocale('vi');
    expect(formatAmount(1947.272, 3, 'billionVnd')).toBe('1.947,272 tỷ đồng');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('reads the language from the URL, Vietnamese unless ?lang=en', () => {
    expect(localeFromSearch('?lang=en')).toBe('en');
    expect(localeFromSearch('?lang=fr')).toBe('vi');
    expect(localeFromSearch('')).toBe('vi');
  });
});
