import { describe, expect, it } from 'vitest';
import indicatorsJson from '../../mocks/data/indicators.json';
import { levelSeries, progressSeries } from '../../src/lib/chart-data';
import { inLocale } from '../../src/lib/locale';
import { sameSpan } from '../../src/lib/periods';
import { figureEntry } from '../../src/lib/source-entries';
import { IndicatorCatalogue, Report } from '../../src/lib/report-schema';

const reports = Object.values(
  import.meta.glob('../../mocks/data/reports/*.json', { eager: true, import: 'default' }),
).map((json) => Report.parse(json));
const { indicators } = IndicatorCatalogue.parse(indicatorsJson);
const economic = indicators.filter((indicator) => indicator.group !== 'party');

const nineMonths2023 = Report.parse({
  ...reports[0],
  source: { ...reports[0]!.source, id: 'test-2023-9m' },
  period: { year: 2023, firstMonth: 1, lastMonth: 9 },
  figures: [
    {
      id: 'budget-9m',
      indicator: 'budget-revenue',
      period: { year: 2023, firstMonth: 1, lastMonth: 9 },
      value: 641.769,
      decimals: 3,
      unit: 'billionVnd',
      estimate: true,
      percentages: [
        { value: 69.79, decimals: 2, basis: 'cityPlan' },
        { value: 10, decimals: 0, basis: 'samePeriodLastYear' },
      ],
      quote: 'Thu ngân sách 9 tháng ước đạt 641,769 tỷ đồng, bằng 69,79% kế hoạch thành phố giao, tăng 10%',
    },
  ],
});
const wholeYear2023 = Report.parse({
  ...nineMonths2023,
  source: { ...nineMonths2023.source, id: 'test-2023-year' },
  period: { year: 2023, firstMonth: 1, lastMonth: 12 },
  figures: [
    {
      ...nineMonths2023.figures[0],
      id: 'budget-year',
      period: { year: 2023, firstMonth: 1, lastMonth: 12 },
      value: 950,
      decimals: 0,
      percentages: [{ value: 103.3, decimals: 1, basis: 'cityPlan' }],
      quote: 'Thu ngân sách năm 2023 đạt 950 tỷ đồng, bằng 103,3% kế hoạch thành phố giao',
    },
  ],
});
const budget = indicators.find((indicator) => indicator.id === 'budget-revenue')!;

describe('level charts compare like with like', () => {
  it('never set a period beside one of other months, for any shipped report', () => {
    for (const report of reports) {
      for (const indicator of economic) {
        const { bars } = levelSeries(reports, indicator, report.period);
        for (const bar of bars) expect(sameSpan(bar.period, report.period)).toBe(true);
      }
    }
  });

  it('leave a year out of the 9-month chart, and the 9 months out of the year’s', () => {
    const both = [nineMonths2023, wholeYear2023];
    const nine = levelSeries(both, budget, nineMonths2023.period);
    expect(nine.bars.map((bar) => [bar.period.year, bar.period.lastMonth, bar.derivation !== undefined])).toEqual([
      [2022, 9, true],
      [2023, 9, false],
    ]);
    const year = levelSeries(both, budget, wholeYear2023.period);
    expect(year.bars.map((bar) => bar.value)).toEqual([950]);
  });
});

describe('progress through the year', () => {
  it('draws one line per year of the share of the same plan at each report from January', () => {
    const series = progressSeries([wholeYear2023, nineMonths2023], budget);
    expect(series?.basis).toBe('cityPlan');
    expect(series?.years).toHaveLength(1);
    expect(series?.years[0]?.points.map((point) => [point.period.lastMonth, point.value])).toEqual([
      [9, 69.79],
      [12, 103.3],
    ]);
  });

  it('has no line for an indicator no report states against a plan', () => {
    const growthOnly = Report.parse({
      ...nineMonths2023,
      figures: [
        { ...nineMonths2023.figures[0], percentages: [{ value: 10, decimals: 0, basis: 'samePeriodLastYear' }] },
      ],
    });
    expect(progressSeries([growthOnly], budget)).toBeUndefined();
  });
});

describe('checks across reports', () => {
  const nextYear = (growth: number) =>
    Report.parse({
      ...wholeYear2023,
      source: { ...wholeYear2023.source, id: 'test-2024-year' },
      period: { year: 2024, firstMonth: 1, lastMonth: 12 },
      figures: [
        {
          ...wholeYear2023.figures[0],
          id: 'budget-2024',
          period: { year: 2024, firstMonth: 1, lastMonth: 12 },
          value: 1100,
          percentages: [{ value: growth, decimals: 0, basis: 'samePeriodLastYear' }],
          quote: `Thu ngân sách năm 2024 đạt 1.100 tỷ đồng, tăng ${growth}% so với cùng kỳ`,
        },
      ],
    });

  // 950 ÷ 103,3% ≈ 919,7 becomes 1.050 ÷ 103,3% ≈ 1.016,5: a plan 11% off the 9 months' ≈ 919,6.
  const planApart = Report.parse({
    ...wholeYear2023,
    figures: [
      {
        ...wholeYear2023.figures[0],
        value: 1050,
        quote: 'Thu ngân sách năm 2023 đạt 1.050 tỷ đồng, bằng 103,3% kế hoạch',
      },
    ],
  });

  it('flags a remainder of the year out of line with the months reported', () => {
    // 1.100 ÷ 1,10 = 1.000 for 2023; 641,769 in 9 months leaves ≈ 358,2 for 3: 1,67 times the average month.
    const { notes } = levelSeries([nineMonths2023, nextYear(10)], budget, { year: 2024, firstMonth: 1, lastMonth: 12 });
    expect(notes.some((note) => note.includes('3 tháng còn lại') && note.includes('167%'))).toBe(true);
    // 1.100 ÷ 1,30 ≈ 846,2 leaves ≈ 204,4 for 3 months: 96% of the average month, plausible.
    const plausible = levelSeries([nineMonths2023, nextYear(30)], budget, { year: 2024, firstMonth: 1, lastMonth: 12 });
    expect(plausible.notes.some((note) => note.includes('tháng còn lại'))).toBe(false);
  });

  it('flags two reports of one year that imply different plans', () => {
    // 641,769 ÷ 69,79% ≈ 919,6 against 950 ÷ 103,3% ≈ 919,7: one plan, no note.
    const agreeing = levelSeries([nineMonths2023, wholeYear2023], budget, wholeYear2023.period);
    expect(agreeing.notes.some((note) => note.includes('Bảng không chọn'))).toBe(false);
    const { notes } = levelSeries([nineMonths2023, planApart], budget, wholeYear2023.period);
    expect(notes.filter((note) => note.includes('Bảng không chọn'))).toHaveLength(1);
  });

  it('name each period in English as a sentence does: "the figure for the first 9 months of 2023"', () => {
    const year2024 = { year: 2024, firstMonth: 1, lastMonth: 12 };
    const remainder = inLocale('en', () => levelSeries([nineMonths2023, nextYear(10)], budget, year2024).notes);
    const apart = inLocale('en', () => levelSeries([nineMonths2023, planApart], budget, wholeYear2023.period).notes);
    expect(remainder).toEqual([
      'Data note: the figure for the first 9 months of 2023 was already 641.769 VND billion. For the full year 2023 to reach ≈ 1,000.0 VND billion (derived), the remaining 3 months would have needed ≈ 358.2 VND billion, 167% of the monthly average so far. This is unlikely and should be checked.',
    ]);
    expect(apart).toEqual([
      "Data note: the figure for the first 9 months of 2023 puts the city's plan for 2023 at ≈ 919.6 VND billion, and the figure for 2023 at ≈ 1,016.5 VND billion: 11% apart. The dashboard does not choose between them.",
    ]);
  });
});

describe('a percentage of an unnamed basis', () => {
  const firstHalf = Report.parse({
    ...nineMonths2023,
    source: { ...nineMonths2023.source, id: 'test-2024-6m' },
    period: { year: 2024, firstMonth: 1, lastMonth: 6 },
    figures: [
      {
        ...nineMonths2023.figures[0],
        id: 'budget-2024-6m',
        period: { year: 2024, firstMonth: 1, lastMonth: 6 },
        value: 480,
        decimals: 0,
        percentages: [{ value: 48, decimals: 0, basis: 'cityPlan' }],
        quote: 'Thu ngân sách 6 tháng ước đạt 480 tỷ đồng, bằng 48% kế hoạch thành phố giao',
      },
    ],
  });
  const year = (rate: number) =>
    Report.parse({
      ...wholeYear2023,
      source: { ...wholeYear2023.source, id: 'test-2024-year' },
      period: { year: 2024, firstMonth: 1, lastMonth: 12 },
      figures: [
        {
          ...wholeYear2023.figures[0],
          id: 'budget-2024',
          period: { year: 2024, firstMonth: 1, lastMonth: 12 },
          value: 1840,
          percentages: [{ value: rate, decimals: 0, basis: 'unspecified' }],
          quote: `Thu ngân sách năm 2024 ước đạt 1.840 tỷ đồng, bằng ${rate}%`,
        },
      ],
    });

  it('is read, as a reading, against a plan another report of the year implies at the stated precision', () => {
    // 480 ÷ 48% = 1.000 of the city's plan; 1.840 ÷ 1.000 = 184%.
    const report = year(184);
    const entry = figureEntry(report.figures[0]!, report, undefined, [firstHalf, report]);
    expect(entry.readings).toEqual([
      'Một cách đọc, không phải báo cáo nêu: 184% khớp với tỷ lệ so với kế hoạch thành phố giao (≈ 1.000,0 tỷ đồng, suy ra từ số 6 tháng đầu năm 2024).',
    ]);
  });

  it('names the plan’s period in English as a sentence does', () => {
    const report = year(184);
    const entry = inLocale('en', () => figureEntry(report.figures[0]!, report, undefined, [firstHalf, report]));
    expect(entry.readings).toEqual([
      "Our reading, not the report’s words: 184% matches the share of the city's plan (≈ 1,000.0 VND billion, derived from the figure for the first half of 2024).",
    ]);
  });

  it('is left unread where no plan of the year explains it', () => {
    const report = year(185);
    expect(figureEntry(report.figures[0]!, report, undefined, [firstHalf, report]).readings).toEqual([]);
    const alone = year(184);
    expect(figureEntry(alone.figures[0]!, alone).readings).toEqual([]);
  });
});
