import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format';
import { Report, type Basis, type Figure, type Period } from '../../src/lib/report-schema';

/**
 * The dataset's self-check: every number stored is a number the report
 * writes, and every number the reports write that the dashboard shows is stored.
 */

const reportsDir = join(import.meta.dirname, '../../mocks/data/reports');
const files = readdirSync(reportsDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, report: Report.parse(JSON.parse(readFileSync(join(reportsDir, name), 'utf8'))) }));

/** The two real reviews, by their ids: a year may hold several reports. */
const reviewIds = { 2023: 'lechan-2023-9m', 2024: 'lechan-2024-year' } as const;

function reportFor(year: keyof typeof reviewIds): Report {
  const found = files.find((file) => file.report.source.id === reviewIds[year]);
  if (!found) throw new Error(`no report ${reviewIds[year]}`);
  return found.report;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the quote writes this number as a whole number: "5" must not match
 * inside "05", "15" or "2,5"; "641,769" must not match inside "1.641,769".
 */
function writesNumber(quote: string, written: string): boolean {
  return new RegExp(`(?<![\\d.,])${escapeRegExp(written)}(?![\\d]|[.,]\\d)`).test(quote);
}

/** The ways a report writes a number: Vietnamese notation, and "05" for a count below 10. */
function writtenForms(value: number, decimals: number, unit: 'billionVnd' | 'count' = 'billionVnd'): string[] {
  const forms = [formatNumber(value, decimals)];
  if (unit === 'count' && Number.isInteger(value) && value < 10) forms.push(String(value).padStart(2, '0'));
  return forms;
}

function writesOneOf(quote: string, forms: string[]): boolean {
  return forms.some((form) => writesNumber(quote, form));
}

describe('the helpers of this self-check', () => {
  it('find a number only where it is written whole', () => {
    expect(writesNumber('ước đạt 641,769 tỷ đồng', '641,769')).toBe(true);
    expect(writesNumber('ước đạt 1.641,769 tỷ đồng', '641,769')).toBe(false);
    expect(writesNumber('Thành lập 05 chi bộ', '5')).toBe(false);
    expect(writesOneOf('Thành lập 05 chi bộ', writtenForms(5, 0, 'count'))).toBe(true);
    expect(writesNumber('Thành lập 4/4 chi bộ', '4')).toBe(true);
    expect(writesNumber('đạt 52-74%', '74%')).toBe(true);
  });
});

const allFigures = files.flatMap(({ name, report }) => report.figures.map((figure) => ({ name, figure })));
const allTargetSets = files.flatMap(({ name, report }) => report.targetSets.map((set) => ({ name, set })));

describe('every stored figure is written in its quote', () => {
  it('finds the report files, among them the two reviews', () => {
    expect(files.map((file) => file.name)).toEqual(expect.arrayContaining(['2023-9-thang.json', '2024-ca-nam.json']));
    expect(files.map((file) => file.report.source.id)).toEqual(expect.arrayContaining(Object.values(reviewIds)));
  });

  it.each(allFigures.map(({ name, figure }) => [`${name} ${figure.id}`, figure] as const))(
    '%s',
    (_label, figure: Figure) => {
      const { quote } = figure;
      expect(quote.trim().length).toBeGreaterThanOrEqual(20);
      if (figure.value !== null) {
        expect(writesOneOf(quote, writtenForms(figure.value, figure.decimals, figure.unit)), 'value').toBe(true);
      }
      for (const percentage of figure.percentages) {
        const written = `${formatNumber(Math.abs(percentage.value), percentage.decimals)}%`;
        expect(quote, `percentage on ${percentage.basis}`).toContain(written);
        expect(writesNumber(quote, written), `percentage ${written}`).toBe(true);
      }
      if (figure.ratio) {
        expect(quote).toContain(`${figure.ratio.numerator}/${figure.ratio.denominator}`);
      }
      if (figure.detail) {
        expect(writesOneOf(quote, writtenForms(figure.detail.value, 0, 'count')), 'detail').toBe(true);
      }
    },
  );
});

describe('every target set is written in its quote', () => {
  it.each(allTargetSets.map(({ name, set }) => [`${name} ${set.id}`, set] as const))('%s', (_label, set) => {
    expect(set.quote.trim().length).toBeGreaterThanOrEqual(20);
    for (const band of set.bands) {
      if (band.count !== null) {
        const forms = [`${band.count}/${set.total}`, `${String(band.count).padStart(2, '0')}/${set.total}`];
        expect(writesOneOf(set.quote, forms), `${band.kind} ${band.count}/${set.total}`).toBe(true);
      }
      if (band.range) expect(set.quote).toContain(`${band.range[0]}-${band.range[1]}%`);
    }
  });
});

/** What the reports state, as written in the articles. */
type Expected = {
  indicator: string;
  period: Period;
  value: number | null;
  estimate: boolean;
  percentages: [number, Basis][];
  ratio?: [number, number];
  detail?: number;
};

const sept2023: Period = { year: 2023, firstMonth: 9, lastMonth: 9 };
const nineMonths2023: Period = { year: 2023, firstMonth: 1, lastMonth: 9 };
const year2024: Period = { year: 2024, firstMonth: 1, lastMonth: 12 };

const expected2023: Expected[] = [
  // "Thu ngân sách ... tháng 9 ước đạt 55,3 tỷ đồng, bằng 6,01% kế hoạch thành phố giao, bằng 5,22% kế hoạch quận phấn đấu"
  {
    indicator: 'budget-revenue',
    period: sept2023,
    value: 55.3,
    estimate: true,
    percentages: [
      [6.01, 'cityPlan'],
      [5.22, 'districtTarget'],
    ],
  },
  // "9 tháng đầu năm ước đạt 641,769 tỷ đồng, bằng 69,79% ..., bằng 60,68% ... và tăng 10% so với cùng kỳ"
  {
    indicator: 'budget-revenue',
    period: nineMonths2023,
    value: 641.769,
    estimate: true,
    percentages: [
      [69.79, 'cityPlan'],
      [60.68, 'districtTarget'],
      [10, 'samePeriodLastYear'],
    ],
  },
  // "thuế ngoài quốc doanh ước đạt 321,595 tỷ đồng, bằng 89,3% ..., bằng 84,63% ..., tăng 19% so với cùng kỳ"
  {
    indicator: 'non-state-tax',
    period: nineMonths2023,
    value: 321.595,
    estimate: true,
    percentages: [
      [89.3, 'cityPlan'],
      [84.63, 'districtTarget'],
      [19, 'samePeriodLastYear'],
    ],
  },
  // "Giá trị sản xuất công nghiệp tháng 9 ước đạt 36,6 tỷ đồng, tăng 3,1% so với cùng kỳ"
  {
    indicator: 'industrial-output',
    period: sept2023,
    value: 36.6,
    estimate: true,
    percentages: [[3.1, 'samePeriodLastYear']],
  },
  // "9 tháng ước đạt 327,8 tỷ đồng, tăng 4,01% cùng kỳ và bằng 74,69% kế hoạch năm"
  {
    indicator: 'industrial-output',
    period: nineMonths2023,
    value: 327.8,
    estimate: true,
    percentages: [
      [4.01, 'samePeriodLastYear'],
      [74.69, 'annualPlan'],
    ],
  },
  // "Tổng mức bán lẻ tháng 9 ước đạt 2.617 tỷ đồng, tăng 16% so với cùng kỳ"
  {
    indicator: 'retail-sales',
    period: sept2023,
    value: 2617,
    estimate: true,
    percentages: [[16, 'samePeriodLastYear']],
  },
  // "9 tháng ước đạt 23.461,3 tỷ đồng, tăng 16,68% cùng kỳ và bằng 74,81% kế hoạch năm"
  {
    indicator: 'retail-sales',
    period: nineMonths2023,
    value: 23461.3,
    estimate: true,
    percentages: [
      [16.68, 'samePeriodLastYear'],
      [74.81, 'annualPlan'],
    ],
  },
  // "Doanh thu dịch vụ lưu trú và ăn uống tháng 9 ước đạt 402,8 tỷ đồng, tăng 14,7% so với cùng kỳ"
  {
    indicator: 'accommodation-food',
    period: sept2023,
    value: 402.8,
    estimate: true,
    percentages: [[14.7, 'samePeriodLastYear']],
  },
  // "9 tháng ước đạt 3.584,7 tỷ đồng, tăng 21,5% cùng kỳ và bằng 74,77% kế hoạch năm"
  {
    indicator: 'accommodation-food',
    period: nineMonths2023,
    value: 3584.7,
    estimate: true,
    percentages: [
      [21.5, 'samePeriodLastYear'],
      [74.77, 'annualPlan'],
    ],
  },
  // "Thành lập 05 chi bộ ..., đạt 125% chỉ tiêu Thành ủy giao"
  {
    indicator: 'party-cells',
    period: nineMonths2023,
    value: 5,
    estimate: false,
    percentages: [[125, 'cityPartyTarget']],
  },
  // "kết nạp 210 đảng viên, đạt 127,3% chỉ tiêu Thành ủy tạm giao, 84% ... sau bổ sung, trong đó 02 là người theo tôn giáo"
  {
    indicator: 'party-members',
    period: nineMonths2023,
    value: 210,
    estimate: false,
    percentages: [
      [127.3, 'provisionalTarget'],
      [84, 'supplementedTarget'],
    ],
    detail: 2,
  },
];

const expected2024: Expected[] = [
  // "tổng thu ngân sách ... ước đạt 1.947,272 tỷ đồng, bằng 184%" (of what, the report does not say)
  {
    indicator: 'budget-revenue',
    period: year2024,
    value: 1947.272,
    estimate: true,
    percentages: [[184, 'unspecified']],
  },
  // "thu ngoài quốc doanh đạt 182,4% kế hoạch thành phố giao" (no amount)
  { indicator: 'non-state-tax', period: year2024, value: null, estimate: false, percentages: [[182.4, 'cityPlan']] },
  // "Giá trị sản xuất công nghiệp ước đạt 453,4 tỷ đồng, bằng 100% kế hoạch, tăng 3,3% so với cùng kỳ"
  {
    indicator: 'industrial-output',
    period: year2024,
    value: 453.4,
    estimate: true,
    percentages: [
      [100, 'plan'],
      [3.3, 'samePeriodLastYear'],
    ],
  },
  // "Tổng mức bán lẻ hàng hoá ước đạt 36.694,6 tỷ đồng, bằng 100% kế hoạch, tăng 0,9% so với cùng kỳ"
  {
    indicator: 'retail-sales',
    period: year2024,
    value: 36694.6,
    estimate: true,
    percentages: [
      [100, 'plan'],
      [0.9, 'samePeriodLastYear'],
    ],
  },
  // "Doanh thu dịch vụ lưu trú và ăn uống ước đạt 5.542 tỷ đồng, đạt 100% kế hoạch; tăng 11,5% so với cùng kỳ"
  {
    indicator: 'accommodation-food',
    period: year2024,
    value: 5542,
    estimate: true,
    percentages: [
      [100, 'plan'],
      [11.5, 'samePeriodLastYear'],
    ],
  },
  // "ước thực hiện năm 2024 nguồn phân cấp là 150,14 tỷ đồng, đạt tỷ lệ 98,9% kế hoạch thành phố giao"
  {
    indicator: 'public-investment-decentralized',
    period: year2024,
    value: 150.14,
    estimate: true,
    percentages: [[98.9, 'cityPlan']],
  },
  // "Giải ngân nguồn vốn đầu tư công do thành phố bố trí ... là 168,540 tỷ đồng, đạt tỷ lệ 100%"
  {
    indicator: 'public-investment-city',
    period: year2024,
    value: 168.54,
    estimate: false,
    percentages: [[100, 'unspecified']],
  },
  // "Thành lập 4/4 chi bộ, đạt 100%"
  {
    indicator: 'party-cells',
    period: year2024,
    value: 4,
    estimate: false,
    percentages: [[100, 'target']],
    ratio: [4, 4],
  },
  // "Kết nạp 233/230 đảng viên, bằng 101%"
  {
    indicator: 'party-members',
    period: year2024,
    value: 233,
    estimate: false,
    percentages: [[101, 'target']],
    ratio: [233, 230],
  },
  // "kết nạp 29/26 đảng viên, đạt 111,5%"
  {
    indicator: 'party-members-alongside-cells',
    period: year2024,
    value: 29,
    estimate: false,
    percentages: [[111.5, 'target']],
    ratio: [29, 26],
  },
];

function samePeriod(a: Period, b: Period): boolean {
  return a.year === b.year && a.firstMonth === b.firstMonth && a.lastMonth === b.lastMonth;
}

function checkStated(report: Report, expected: Expected) {
  const matches = report.figures.filter(
    (figure) => figure.indicator === expected.indicator && samePeriod(figure.period, expected.period),
  );
  expect(matches).toHaveLength(1);
  const [figure] = matches;
  expect(figure?.value).toBe(expected.value);
  expect(figure?.estimate).toBe(expected.estimate);
  expect(figure?.percentages.map((p) => [p.value, p.basis])).toEqual(expected.percentages);
  expect(figure?.ratio && [figure.ratio.numerator, figure.ratio.denominator]).toEqual(expected.ratio);
  expect(figure?.detail?.value).toEqual(expected.detail);
}

const label = (e: Expected) => `${e.indicator} ${e.period.year} months ${e.period.firstMonth}-${e.period.lastMonth}`;

describe('the 2023 nine-month report holds what it states', () => {
  it.each(expected2023.map((e) => [label(e), e] as const))('%s', (_label, expected) => {
    checkStated(reportFor(2023), expected);
  });

  it('holds nothing else', () => {
    expect(reportFor(2023).figures).toHaveLength(expected2023.length);
  });

  it('stores the religious detail of the party members ("02 là người theo tôn giáo")', () => {
    const members = reportFor(2023).figures.find((figure) => figure.indicator === 'party-members');
    expect(members?.detail).toMatchObject({ label: 'người theo tôn giáo', value: 2 });
  });

  it('stores 641,769 with the report’s three decimals', () => {
    const budget = reportFor(2023).figures.find(
      (figure) => figure.indicator === 'budget-revenue' && figure.period.lastMonth - figure.period.firstMonth === 8,
    );
    expect(budget?.decimals).toBe(3);
  });

  it('has one target set of 21: 1 exceeded, 6 met, 5 at 90% or more, the rest at 52–74%', () => {
    const sets = reportFor(2023).targetSets;
    expect(sets).toHaveLength(1);
    const [set] = sets;
    expect(set?.total).toBe(21);
    expect(set?.bands.map((band) => [band.kind, band.count])).toEqual([
      ['exceeded', 1],
      ['met', 6],
      ['atLeast90', 5],
      ['range', null],
    ]);
    expect(set?.bands[3]?.range).toEqual([52, 74]);
  });
});

describe('the 2024 full-year report holds what it states', () => {
  it.each(expected2024.map((e) => [label(e), e] as const))('%s', (_label, expected) => {
    checkStated(reportFor(2024), expected);
  });

  it('holds nothing else', () => {
    expect(reportFor(2024).figures).toHaveLength(expected2024.length);
  });

  it('writes the city-allocated investment with the report’s three decimals ("168,540")', () => {
    const city = reportFor(2024).figures.find((figure) => figure.indicator === 'public-investment-city');
    expect(city?.decimals).toBe(3);
  });

  it('has the target sets 20/20, 5/5, 20/20, 15/15 and 21/21, all met or exceeded', () => {
    const sets = reportFor(2024).targetSets;
    expect(sets.map((set) => [set.total, set.bands.map((band) => [band.kind, band.count])])).toEqual([
      [20, [['metOrExceeded', 20]]],
      [5, [['metOrExceeded', 5]]],
      [20, [['metOrExceeded', 20]]],
      [15, [['metOrExceeded', 15]]],
      [21, [['metOrExceeded', 21]]],
    ]);
  });
});
