import { describe, expect, it } from 'vitest';
import {
  attainmentBars,
  growthRows,
  levelSeries,
  monthAgainstAverage,
  partyBars,
  targetRows,
} from '../../src/lib/chart-data';
import { formatPeriod } from '../../src/lib/format';
import { inLocale } from '../../src/lib/locale';
import { IndicatorCatalogue, Report } from '../../src/lib/report-schema';
import catalogueJson from '../../mocks/data/indicators.json';
import report2023Json from '../../mocks/data/reports/2023-9-thang.json';
import report2024Json from '../../mocks/data/reports/2024-ca-nam.json';

const report2023 = Report.parse(report2023Json);
const report2024 = Report.parse(report2024Json);
const reports = [report2023, report2024];
const { indicators } = IndicatorCatalogue.parse(catalogueJson);
const indicator = (id: string) => indicators.find((candidate) => candidate.id === id)!;
const economic = indicators.filter((candidate) => candidate.group !== 'party');

describe('levelSeries: each indicator over the periods known for it', () => {
  it('puts the derived year-earlier value beside the stated one, periods of the same months only', () => {
    const nine = levelSeries(reports, indicator('industrial-output'), report2023.period);
    expect(nine.bars.map((bar) => [formatPeriod(bar.period), bar.derivation ? 'derived' : 'stated'])).toEqual([
      ['9 tháng đầu năm 2022', 'derived'],
      ['9 tháng đầu năm 2023', 'stated'],
    ]);
    const year = levelSeries(reports, indicator('industrial-output'), report2024.period);
    expect(year.bars.map((bar) => [formatPeriod(bar.period), bar.derivation ? 'derived' : 'stated'])).toEqual([
      ['Năm 2023', 'derived'],
      ['Năm 2024', 'stated'],
    ]);
    // 327,8 ÷ 1,0401 ≈ 315,16; 453,4 ÷ 1,033 ≈ 438,92.
    expect(nine.bars[0]!.value).toBeCloseTo(315.16, 2);
    expect(nine.bars[1]!.value).toBe(327.8);
    expect(year.bars[0]!.value).toBeCloseTo(438.92, 2);
    expect(year.bars[1]!.value).toBe(453.4);
    // The 2023 plan implied by 9 months (327,8 ÷ 74,69% ≈ 438,88) agrees with 438,92: no note.
    expect(year.notes).toEqual([]);
  });

  it('notes where full-year 2023 retail implied by 2024 growth parts from the plan implied by 9 months', () => {
    const { notes } = levelSeries(reports, indicator('retail-sales'), report2024.period);
    // 36.694,6 ÷ 1,009 ≈ 36.367,3 against 23.461,3 ÷ 74,81% ≈ 31.361,2: 16% apart.
    // One note: the remainder rule (≈ 12.906 tỷ for 3 months, 165% of the average month) says the same.
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('≈ 36.367,3 tỷ đồng');
    expect(notes[0]).toContain('≈ 31.361,2 tỷ đồng');
    expect(notes[0]).toContain('chênh 16%');
    const [english] = inLocale('en', () => levelSeries(reports, indicator('retail-sales'), report2024.period).notes);
    expect(english).toBe(
      'Data note: the 0.9% growth in 2024 implies a full-year 2023 figure of ≈ 36,367.3 VND billion, while the figure for the first 9 months of 2023 (74.81% of plan) implies a 2023 annual plan of ≈ 31,361.2 VND billion: 16% apart. The reports give no full-year 2023 figure.',
    );
  });

  it('has no bar where the report gives only a percentage (2024 non-state tax), and a note says so', () => {
    const { bars, notes } = levelSeries(reports, indicator('non-state-tax'), report2024.period);
    expect(bars).toEqual([]);
    expect(notes).toEqual([
      'Năm 2024: báo cáo chỉ nêu tỷ lệ (182,4% kế hoạch thành phố giao), không nêu số tuyệt đối, nên kỳ này không có cột.',
    ]);
  });

  it('notes a report that does not give the indicator at all', () => {
    const withoutRetail = {
      ...report2024,
      figures: report2024.figures.filter((figure) => figure.indicator !== 'retail-sales'),
    };
    const { bars, notes } = levelSeries([report2023, withoutRetail], indicator('retail-sales'), report2024.period);
    expect(bars).toEqual([]);
    expect(notes).toEqual(['Năm 2024: báo cáo không nêu chỉ tiêu này, nên kỳ này không có cột.']);
  });

  it('keeps budget revenue 2024 (no growth stated) without a derived 2023 bar', () => {
    const { bars } = levelSeries(reports, indicator('budget-revenue'), report2024.period);
    expect(bars.map((bar) => [formatPeriod(bar.period), bar.derivation ? 'derived' : 'stated'])).toEqual([
      ['Năm 2024', 'stated'],
    ]);
  });
});

describe('growthRows', () => {
  it('gives each indicator its growth per report, null where a report states none', () => {
    const rows = growthRows(reports, economic);
    const byId = Object.fromEntries(
      rows.map((row) => [row.indicator.id, row.rates.map((rate) => rate?.value ?? null)]),
    );
    expect(byId).toEqual({
      'budget-revenue': [10, null],
      'non-state-tax': [19, null],
      'industrial-output': [4.01, 3.3],
      'retail-sales': [16.68, 0.9],
      'accommodation-food': [21.5, 11.5],
    });
  });
});

describe('attainmentBars', () => {
  it('keeps every basis apart for 9 months of 2023', () => {
    const bars = attainmentBars(report2023, economic);
    expect(bars.map((bar) => `${bar.indicator.id}:${bar.basis}:${bar.value}`)).toEqual([
      'budget-revenue:cityPlan:69.79',
      'budget-revenue:districtTarget:60.68',
      'non-state-tax:cityPlan:89.3',
      'non-state-tax:districtTarget:84.63',
      'industrial-output:annualPlan:74.69',
      'retail-sales:annualPlan:74.81',
      'accommodation-food:annualPlan:74.77',
    ]);
  });
});

describe('targetRows', () => {
  it('infers the uncounted 2023 band and keeps 2024 sets whole', () => {
    const rows = targetRows(reports);
    expect(rows[0]!.bands.map((band) => [band.kind, band.count, band.inferred])).toEqual([
      ['exceeded', 1, false],
      ['met', 6, false],
      ['atLeast90', 5, false],
      ['range', 9, true],
    ]);
    expect(rows.slice(1).map((row) => `${row.bands[0]!.count}/${row.set.total}`)).toEqual([
      '20/20',
      '5/5',
      '20/20',
      '15/15',
      '21/21',
    ]);
  });
});

describe('monthAgainstAverage', () => {
  it('sets September 2023 against the 9-month average month', () => {
    const rows = monthAgainstAverage(report2023, economic);
    const budget = rows.find((row) => row.indicator.id === 'budget-revenue')!;
    // 641,769 ÷ 9 ≈ 71,31; 55,3 ÷ 71,31 ≈ 77,55%.
    expect(budget.averageMonth).toBeCloseTo(71.308, 3);
    expect(budget.ratio).toBeCloseTo(77.55, 2);
    expect(rows.map((row) => row.indicator.id)).toEqual([
      'budget-revenue',
      'industrial-output',
      'retail-sales',
      'accommodation-food',
    ]);
    expect(monthAgainstAverage(report2024, economic)).toEqual([]);
  });
});

describe('partyBars', () => {
  it('uses the stated target where the report gives n/m, and derives it otherwise', () => {
    const bars = partyBars(reports, indicators);
    const summary = bars.map((bar) => [
      bar.indicator.id,
      bar.period.year,
      bar.value,
      Math.round(bar.target),
      bar.targetDerived,
    ]);
    expect(summary).toEqual([
      ['party-cells', 2023, 125, 4, true],
      ['party-members', 2023, 127.3, 165, true],
      ['party-members', 2023, 84, 250, true],
      ['party-cells', 2024, 100, 4, false],
      ['party-members', 2024, 101, 230, false],
      ['party-members-alongside-cells', 2024, 111.5, 26, false],
    ]);
  });
});
