import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatApproximate,
  formatBasis,
  formatDate,
  formatTimeAndDate,
  formatFigureValue,
  formatNumber,
  formatPercent,
  formatPercentage,
  formatPeriod,
  formatPeriodShort,
  formatReportsCited,
  formatSourceLine,
} from '../../src/lib/format';
import { inLocale } from '../../src/lib/locale';
import { Basis, type Figure, type ReportSource } from '../../src/lib/report-schema';

/** A minimal valid figure; each test overrides what it is about. */
function figure(overrides: Partial<Figure>): Figure {
  return {
    id: 'test.figure',
    indicator: 'test',
    period: { year: 2024, firstMonth: 1, lastMonth: 12 },
    value: 1,
    decimals: 0,
    unit: 'count',
    estimate: false,
    percentages: [],
    quote: 'a quote long enough',
    ...overrides,
  };
}

describe('formatNumber: Vietnamese notation ("." groups thousands, "," marks decimals)', () => {
  it('writes the decimal mark as a comma', () => {
    expect(formatNumber(641.769, 3)).toBe('641,769');
  });

  it('groups thousands with a dot', () => {
    expect(formatNumber(23461.3, 1)).toBe('23.461,3');
    expect(formatNumber(1947.272, 3)).toBe('1.947,272');
    expect(formatNumber(36694.6, 1)).toBe('36.694,6');
  });

  it('groups a four-digit whole number', () => {
    expect(formatNumber(2617, 0)).toBe('2.617');
    expect(formatNumber(5542, 0)).toBe('5.542');
  });

  it('keeps trailing zeros at the precision the report writes', () => {
    expect(formatNumber(168.54, 3)).toBe('168,540');
    expect(formatNumber(10, 2)).toBe('10,00');
  });

  it('rounds to the requested precision', () => {
    // 641.769 / 0.6979 = 919.5716...: one decimal is 919,6, none is 920.
    expect(formatNumber(641.769 / 0.6979, 1)).toBe('919,6');
    expect(formatNumber(641.769 / 0.6979, 0)).toBe('920');
  });

  it('writes small numbers without padding or separators', () => {
    expect(formatNumber(5, 0)).toBe('5');
    expect(formatNumber(0.9, 1)).toBe('0,9');
  });
});

describe('formatPercent / formatPercentage', () => {
  it('appends "%" directly after the number', () => {
    expect(formatPercent(69.79, 2)).toBe('69,79%');
    expect(formatPercent(127.3, 1)).toBe('127,3%');
    expect(formatPercent(184, 0)).toBe('184%');
  });

  it('formats a stored percentage at its own decimals', () => {
    expect(formatPercentage({ value: 89.3, decimals: 1, basis: 'cityPlan' })).toBe('89,3%');
    expect(formatPercentage({ value: 10, decimals: 0, basis: 'samePeriodLastYear' })).toBe('10%');
  });
});

describe('formatAmount', () => {
  it('adds "tỷ đồng" to money', () => {
    expect(formatAmount(23461.3, 1, 'billionVnd')).toBe('23.461,3 tỷ đồng');
    expect(formatAmount(641.769, 3, 'billionVnd')).toBe('641,769 tỷ đồng');
  });

  it('writes a count as a bare number, with no trailing space', () => {
    expect(formatAmount(210, 0, 'count')).toBe('210');
  });
});

describe('formatApproximate: derived values', () => {
  it('gives money to one decimal after "≈ "', () => {
    // 641.769 / 0.6979 = 919.5716... → 919,6
    expect(formatApproximate(641.769 / 0.6979, 'billionVnd')).toBe('≈ 919,6 tỷ đồng');
    // 641.769 / 0.6068 = 1057.628... → 1.057,6
    expect(formatApproximate(641.769 / 0.6068, 'billionVnd')).toBe('≈ 1.057,6 tỷ đồng');
  });

  it('gives counts as whole numbers after "≈ "', () => {
    // 210 / 1.273 = 164.96... → 165
    expect(formatApproximate(210 / 1.273, 'count')).toBe('≈ 165');
  });
});

describe('formatPeriod / formatPeriodShort', () => {
  it('names a month, the first nine months and a year as a Vietnamese reader writes them', () => {
    expect(formatPeriod({ year: 2023, firstMonth: 9, lastMonth: 9 })).toBe('Tháng 9/2023');
    expect(formatPeriod({ year: 2023, firstMonth: 1, lastMonth: 9 })).toBe('9 tháng đầu năm 2023');
    expect(formatPeriod({ year: 2024, firstMonth: 1, lastMonth: 12 })).toBe('Năm 2024');
  });

  it('has a short form for filters and axes', () => {
    expect(formatPeriodShort({ year: 2023, firstMonth: 9, lastMonth: 9 })).toBe('T9/2023');
    // The nine-month short form is still being settled; it must name the year and differ from September's.
    const nineMonthsShort = formatPeriodShort({ year: 2023, firstMonth: 1, lastMonth: 9 });
    expect(nineMonthsShort).toContain('2023');
    expect(nineMonthsShort).not.toBe('T9/2023');
    expect(formatPeriodShort({ year: 2024, firstMonth: 1, lastMonth: 12 })).toBe('Năm 2024');
  });
});

describe('formatDate', () => {
  it('turns an ISO date into day/month/year', () => {
    expect(formatDate('2023-09-22')).toBe('22/09/2023');
    expect(formatDate('2024-01-05')).toBe('05/01/2024');
  });
});

describe('formatTimeAndDate', () => {
  it("writes a moment in the reader's time zone as hours:minutes, day/month/year", () => {
    expect(formatTimeAndDate(new Date(2026, 10, 23, 18, 5).toISOString())).toBe('18:05, 23/11/2026');
    expect(formatTimeAndDate(new Date(2025, 0, 2, 7, 30).toISOString())).toBe('07:30, 02/01/2025');
  });
});

describe('formatReportsCited: the reports behind a chart, a slide or a handout', () => {
  const source = (id: string, publishedOn: string | null): ReportSource => ({
    id,
    title: 'A title',
    publishedOn,
    outlet: 'Cổng tin tức',
    author: 'Tác giả',
    meeting: 'Hội nghị',
  });

  it('names each report by its period and source, dated or saying it is not, in the order given', () => {
    expect(
      formatReportsCited([
        { period: { year: 2023, firstMonth: 1, lastMonth: 9 }, source: source('a', '2023-09-22') },
        { period: { year: 2024, firstMonth: 1, lastMonth: 12 }, source: source('b', null) },
      ]),
    ).toBe(
      'báo cáo 9 tháng đầu năm 2023 (Cổng tin tức, Tác giả, 22/09/2023); báo cáo năm 2024 (Cổng tin tức, Tác giả, không ghi ngày đăng)',
    );
  });

  it('leads the line under a chart and on a slide with "Nguồn:"', () => {
    expect(
      formatSourceLine([{ period: { year: 2024, firstMonth: 1, lastMonth: 12 }, source: source('b', '2024-12-20') }]),
    ).toBe('Nguồn: báo cáo năm 2024 (Cổng tin tức, Tác giả, 20/12/2024)');
  });
});

describe('formatFigureValue', () => {
  it('states a count achieved against its target as "n/m"', () => {
    expect(formatFigureValue(figure({ value: 233, ratio: { numerator: 233, denominator: 230 } }))).toBe('233/230');
  });

  it('gives the amount with its unit when there is no ratio', () => {
    expect(formatFigureValue(figure({ value: 641.769, decimals: 3, unit: 'billionVnd' }))).toBe('641,769 tỷ đồng');
    expect(formatFigureValue(figure({ value: 210, unit: 'count' }))).toBe('210');
  });

  it('returns null when the report gives only a percentage', () => {
    expect(
      formatFigureValue(
        figure({ value: null, unit: 'billionVnd', percentages: [{ value: 182.4, decimals: 1, basis: 'cityPlan' }] }),
      ),
    ).toBeNull();
  });
});

describe('formatBasis', () => {
  it('gives every basis a non-empty wording of its own', () => {
    const words = Basis.options.map((basis) => formatBasis(basis));
    expect(words).toHaveLength(10);
    for (const word of words) expect(word.trim()).not.toBe('');
    expect(new Set(words).size).toBe(words.length);
  });

  it('words the bases the 2023 report uses as the report does', () => {
    expect(formatBasis('cityPlan')).toBe('kế hoạch thành phố giao');
    expect(formatBasis('districtTarget')).toBe('kế hoạch quận phấn đấu');
    expect(formatBasis('provisionalTarget')).toBe('chỉ tiêu Thành ủy tạm giao');
  });
});

describe('formatNumber agrees with Intl.NumberFormat', () => {
  // formatNumber writes numbers without Intl (a page's first Intl formatter is costly); it must
  // give the very text Intl gives, rounding included, in both languages.
  const intl = (tag: string, value: number, decimals: number) =>
    new Intl.NumberFormat(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  const ties = [1.005, 2.5, 0.5, 1.45, 1.55, 8.345, 1234567.5, 0.125, 99.95, 999.9995, 0.0005];
  const edges = [0, -0, 0.04, -0.04, 1e-7, -1e-7, 999999.99, 1e15, 123456789012.345];
  // A fixed linear congruential sequence: varied values, the same on every run.
  let seed = 20240101;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const varied = Array.from({ length: 2000 }, (_, index) => {
    const value = Number((next() * 10 ** Math.floor(next() * 8)).toFixed(Math.floor(next() * 6)));
    return index % 3 === 0 ? -value : value;
  });

  it.each([
    ['vi', 'vi-VN'],
    ['en', 'en-GB'],
  ] as const)('in %s', (locale, tag) => {
    const mismatches = inLocale(locale, () =>
      [...ties, ...edges, ...varied].flatMap((value) =>
        [0, 1, 2, 3].flatMap((decimals) => {
          const ours = formatNumber(value, decimals);
          const theirs = intl(tag, value, decimals);
          return ours === theirs ? [] : [`${value} at ${decimals}: ${ours} ≠ ${theirs}`];
        }),
      ),
    );
    expect(mismatches).toEqual([]);
  });

  it('rounds a tie away from zero on the shortest decimal form, as a reader would', () => {
    expect(formatNumber(1.005, 2)).toBe('1,01');
    expect(formatNumber(-2.5, 0)).toBe('-3');
    expect(formatNumber(999.95, 1)).toBe('1.000,0');
  });
});
