import { describe, expect, it } from 'vitest';
import indicatorsJson from '../../mocks/data/indicators.json';
import report2023Json from '../../mocks/data/reports/2023-9-thang.json';
import report2024Json from '../../mocks/data/reports/2024-ca-nam.json';
import { exportFileName, reportsCsv, reportsJson, toCsv, type CsvRow } from '../../src/features/exports/report-export';
import { Indicator, Report, type Basis, type Figure } from '../../src/lib/report-schema';
import { csvObjects, parseCsv } from '../e2e/support/csv';
import { periodWords } from '../e2e/support/dataset';

/**
 * The spreadsheet and JSON downloads, read back as a user's spreadsheet would:
 * every figure of both reports must come out of the CSV with its value, period,
 * estimate flag and source sentence, and derived numbers must say they are derived.
 */

const report2023 = Report.parse(report2023Json);
const report2024 = Report.parse(report2024Json);
const indicators = indicatorsJson.indicators.map((indicator) => Indicator.parse(indicator));
const indicatorNames = new Map(indicatorsJson.indicators.map((indicator) => [indicator.id, indicator.name]));

/** The basis of a percentage as the reports word it. */
const basisWords: Record<Basis, string> = {
  cityPlan: 'kế hoạch thành phố giao',
  districtTarget: 'kế hoạch quận phấn đấu',
  annualPlan: 'kế hoạch năm',
  plan: 'kế hoạch',
  cityPartyTarget: 'chỉ tiêu Thành ủy giao',
  provisionalTarget: 'chỉ tiêu Thành ủy tạm giao',
  supplementedTarget: 'chỉ tiêu Thành ủy giao sau bổ sung',
  target: 'chỉ tiêu',
  samePeriodLastYear: 'so với cùng kỳ năm trước',
  unspecified: 'mốc so sánh không nêu rõ',
};

const expectedHeader = [
  'Mã chỉ tiêu',
  'Chỉ tiêu',
  'Đơn vị báo cáo',
  'Kỳ',
  'Năm',
  'Từ tháng',
  'Đến tháng',
  'Đại lượng',
  'Cơ sở so sánh',
  'Giá trị',
  'Đơn vị',
  'Ước tính',
  'Số suy ra',
  'Tử số',
  'Mẫu số',
  'Báo cáo',
  'Ngày đăng',
  'Trích dẫn',
  'Ghi chú',
];

function readBack(csv: string) {
  expect(csv.startsWith('\uFEFF'), 'starts with the UTF-8 byte order mark').toBe(true);
  return csvObjects(parseCsv(csv.slice(1)));
}

type Row = Record<string, string>;

function valueRows(rows: Row[], figure: Figure): Row[] {
  return rows.filter(
    (row) =>
      row['Mã chỉ tiêu'] === figure.indicator &&
      row['Kỳ'] === periodWords(figure.period) &&
      row['Đại lượng'] === 'giá trị',
  );
}

function rateRows(rows: Row[], figure: Figure, basis: Basis): Row[] {
  return rows.filter(
    (row) =>
      row['Mã chỉ tiêu'] === figure.indicator &&
      row['Kỳ'] === periodWords(figure.period) &&
      row['Đại lượng'] === 'tỷ lệ' &&
      row['Cơ sở so sánh'] === basisWords[basis],
  );
}

/** "641.769" at 3 decimals, "2617" at none: machine notation at the report's precision. */
function expectMachineNumber(text: string | undefined, value: number, decimals: number, what: string) {
  expect(text, what).toBeDefined();
  expect(Number(text), what).toBe(value);
  const fraction = text!.split('.')[1] ?? '';
  expect(fraction.length, `${what}: "${text}" has the report's ${decimals} decimals`).toBe(decimals);
}

describe('the test CSV reader itself', () => {
  it('reads quoted commas, doubled quotes and line breaks, and rejects what RFC 4180 does not allow', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\r\nlines"\r\n,x\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\r\nlines'],
      ['', 'x'],
    ]);
    expect(() => parseCsv('a,b\nc,d\r\n')).toThrow(/CRLF/);
    expect(() => parseCsv('a,"b\r\n')).toThrow(/unterminated/);
    expect(() => parseCsv('a,b"c\r\n')).toThrow(/quote/);
  });
});

describe('reportsCsv on both reports', () => {
  const csv = reportsCsv([report2023, report2024], indicators);
  const { header, rows } = readBack(csv);

  it('starts with the BOM, ends every record with CRLF and opens with the header row', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    // No line feed that is not part of a CRLF (none of the quotes holds a line break).
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(header).toEqual(expectedHeader);
    expect(rows.length).toBeGreaterThan(0);
  });

  for (const report of [report2023, report2024]) {
    const year = report.period.year;
    const reportRows = rows.filter((row) => row['Báo cáo'] === report.source.title);

    it(`${year}: every stated value has one "giá trị" row with its period, year, estimate flag and quote`, () => {
      for (const figure of report.figures) {
        const found = valueRows(reportRows, figure);
        if (figure.value === null) {
          expect(found, `${figure.id} states no value: no value row`).toEqual([]);
          continue;
        }
        expect(found, `${figure.id}: one value row`).toHaveLength(1);
        const row = found[0]!;
        expectMachineNumber(row['Giá trị'], figure.value, figure.decimals, figure.id);
        expect(row['Năm']).toBe(String(figure.period.year));
        expect([row['Từ tháng'], row['Đến tháng']]).toEqual([
          String(figure.period.firstMonth),
          String(figure.period.lastMonth),
        ]);
        expect(row['Ước tính'], `${figure.id} estimate`).toBe(figure.estimate ? 'có' : 'không');
        expect(row['Số suy ra'], `${figure.id} is stated`).toBe('không');
        expect(row['Trích dẫn']).toBe(figure.quote);
        expect(row['Ghi chú'], `${figure.id} note`).toBe(figure.note ?? '');
        expect(row['Chỉ tiêu']).toBe(indicatorNames.get(figure.indicator));
        expect(row['Đơn vị']).toBe(figure.unit === 'billionVnd' ? 'tỷ đồng' : 'số lượng');
        expect(row['Tử số']).toBe(figure.ratio ? String(figure.ratio.numerator) : '');
        expect(row['Mẫu số']).toBe(figure.ratio ? String(figure.ratio.denominator) : '');
        expect(row['Ngày đăng']).toBe(report.source.publishedOn ?? '');
        expect(row['Đơn vị báo cáo']).toBe(report.reportingUnit.name);
      }
    });

    it(`${year}: every stated percentage has one "tỷ lệ" row with its value and basis wording`, () => {
      for (const figure of report.figures) {
        for (const percentage of figure.percentages) {
          const what = `${figure.id} ${percentage.value}% ${percentage.basis}`;
          const found = rateRows(reportRows, figure, percentage.basis);
          expect(found, what).toHaveLength(1);
          const row = found[0]!;
          expectMachineNumber(row['Giá trị'], percentage.value, percentage.decimals, what);
          expect(row['Đơn vị'], what).toBe('%');
          expect(row['Số suy ra'], what).toBe('không');
          expect(row['Ước tính'], what).toBe(figure.estimate ? 'có' : 'không');
          expect(row['Trích dẫn'], what).toBe(figure.quote);
          expect(row['Ghi chú'], what).toBe(figure.note ?? '');
        }
      }
    });

    it(`${year}: only the report's own figures and target sets are in its rows, nothing else`, () => {
      const stated = report.figures.reduce(
        (sum, figure) => sum + (figure.value === null ? 0 : 1) + figure.percentages.length,
        0,
      );
      const statedRows = reportRows.filter((row) => row['Đại lượng'] === 'giá trị' || row['Đại lượng'] === 'tỷ lệ');
      expect(statedRows).toHaveLength(stated);
      const quotes = new Set([...report.figures.map((f) => f.quote), ...report.targetSets.map((s) => s.quote)]);
      for (const row of reportRows) expect(quotes, row['Mã chỉ tiêu']).toContain(row['Trích dẫn']);
    });
  }

  it('flags every derived row "Số suy ra = có", never "không"', () => {
    const derived = rows.filter((row) => (row['Đại lượng'] ?? '').includes('suy ra'));
    expect(derived.length).toBeGreaterThan(0);
    for (const row of derived) {
      expect(row['Số suy ra'], `${row['Mã chỉ tiêu']} ${row['Đại lượng']}`).toBe('có');
    }
    // Every row flagged derived that is not a target count is one of the derived kinds.
    for (const row of rows.filter((r) => r['Số suy ra'] === 'có' && r['Đại lượng'] !== 'số chỉ tiêu')) {
      expect(row['Đại lượng']).toMatch(/suy ra/);
    }
  });

  it('gives the plan and last year behind the 2023 budget revenue, worked out by hand, as derived rows', () => {
    const budget = rows.filter((row) => row['Mã chỉ tiêu'] === 'budget-revenue' && row['Số suy ra'] === 'có');
    const nineMonthsQuote = report2023Json.figures.find((f) => f.id === 'budget-revenue.2023-9m')!.quote;
    const septemberQuote = report2023Json.figures.find((f) => f.id === 'budget-revenue.2023-09')!.quote;
    // 641,769 ÷ 69,79% ≈ 919,6; 641,769 ÷ 60,68% ≈ 1.057,6; 641,769 ÷ (100% + 10%) ≈ 583,4.
    const fromNineMonths = budget.filter((row) => row['Trích dẫn'] === nineMonthsQuote);
    expect(fromNineMonths.map((row) => [row['Kỳ'], row['Cơ sở so sánh'], row['Giá trị']])).toEqual([
      ['Năm 2023', 'kế hoạch thành phố giao', '919.6'],
      ['Năm 2023', 'kế hoạch quận phấn đấu', '1057.6'],
      ['9 tháng đầu năm 2022', 'so với cùng kỳ năm trước', '583.4'],
    ]);
    expect(fromNineMonths.map((row) => row['Đại lượng'])).toEqual([
      'kế hoạch (suy ra)',
      'kế hoạch (suy ra)',
      'giá trị cùng kỳ (suy ra)',
    ]);
    // September alone: 55,3 ÷ 6,01% ≈ 920,1; 55,3 ÷ 5,22% ≈ 1.059,4.
    const fromSeptember = budget.filter((row) => row['Trích dẫn'] === septemberQuote);
    expect(fromSeptember.map((row) => [row['Kỳ'], row['Giá trị']])).toEqual([
      ['Năm 2023', '920.1'],
      ['Năm 2023', '1059.4'],
    ]);
    // "bằng 184%" names no plan: no plan can be derived from it.
    expect(budget.filter((row) => row['Năm'] === '2024')).toEqual([]);
  });

  it('counts the 2023 targets 1/6/5/9 of 21, the 9 ("các chỉ tiêu còn lại") marked inferred', () => {
    const targets = rows.filter((row) => (row['Mã chỉ tiêu'] ?? '').startsWith('targets:') && row['Năm'] === '2023');
    expect(targets.map((row) => [row['Giá trị'], row['Tử số'], row['Mẫu số'], row['Số suy ra']])).toEqual([
      ['1', '1', '21', 'không'],
      ['6', '6', '21', 'không'],
      ['5', '5', '21', 'không'],
      ['9', '9', '21', 'có'],
    ]);
    expect(targets.map((row) => row['Cơ sở so sánh'])).toEqual([
      'vượt kế hoạch',
      'đạt 100%',
      'đạt từ 90% trở lên',
      'đạt 52–74%',
    ]);
    // The report's own caveat on the one target above plan travels with its row.
    expect(targets.map((row) => row['Ghi chú'])).toEqual(
      report2023.targetSets[0]!.bands.map((band) => band.note ?? ''),
    );
    expect(targets[0]!['Ghi chú']).toMatch(/^Bằng 100% kế hoạch quận phấn đấu/);
    for (const row of targets) {
      expect(row['Đại lượng']).toBe('số chỉ tiêu');
      expect(row['Kỳ']).toBe('9 tháng đầu năm 2023');
      expect(row['Trích dẫn']).toBe(report2023.targetSets[0]!.quote);
    }
  });

  it('counts the 2024 targets 20/20, 5/5, 20/20, 15/15, 21/21, none inferred', () => {
    const targets = rows.filter((row) => (row['Mã chỉ tiêu'] ?? '').startsWith('targets:') && row['Năm'] === '2024');
    expect(targets.map((row) => `${row['Tử số']}/${row['Mẫu số']}`)).toEqual([
      '20/20',
      '5/5',
      '20/20',
      '15/15',
      '21/21',
    ]);
    for (const row of targets) {
      expect(row['Giá trị']).toBe(row['Tử số']);
      expect(row['Số suy ra']).toBe('không');
      expect(row['Cơ sở so sánh']).toBe('hoàn thành và vượt');
      expect(row['Kỳ']).toBe('Năm 2024');
    }
    expect(targets.map((row) => row['Chỉ tiêu'])).toEqual(
      report2024.targetSets.map((set) => `Số chỉ tiêu · ${set.assignedBy}`),
    );
  });
});

describe('quotes that need CSV quoting', () => {
  it('round-trips a quote with a comma, double quotes and a line break exactly', () => {
    const tricky = structuredClone(report2023);
    const quote = 'Thu ngân sách "ước đạt" 641,769 tỷ đồng, bằng 69,79% kế hoạch;\r\nghi chú: ""đã kiểm tra""';
    tricky.figures[1]!.quote = quote;
    tricky.targetSets[0]!.quote = 'một "câu", hai';
    const csv = reportsCsv([tricky], indicators);
    const { rows } = readBack(csv);
    const budget = rows.filter((row) => row['Mã chỉ tiêu'] === 'budget-revenue');
    // The 9-month figure: its value, three rates and three derived numbers, all citing the quote.
    expect(budget.filter((row) => row['Trích dẫn'] === quote)).toHaveLength(7);
    expect(new Set(budget.map((row) => row['Trích dẫn']))).toEqual(new Set([quote, report2023Json.figures[0]!.quote]));
    const targets = rows.filter((row) => row['Mã chỉ tiêu'] === 'targets:main-targets');
    expect(targets).toHaveLength(4);
    for (const row of targets) expect(row['Trích dẫn']).toBe('một "câu", hai');
    // The original is untouched.
    expect(report2023.figures[1]!.quote).toBe(report2023Json.figures[1]!.quote);
  });

  it('toCsv quotes only the fields that need it', () => {
    const row = Object.fromEntries(expectedHeader.map((column) => [column, 'x'])) as CsvRow;
    row['Trích dẫn'] = 'a, "b"';
    const csv = toCsv([row]);
    expect(csv).toBe(
      `\uFEFF${expectedHeader.join(',')}\r\n${'x,'.repeat(expectedHeader.indexOf('Trích dẫn'))}"a, ""b""",x\r\n`,
    );
    expect(readBack(csv).rows).toEqual([row]);
  });
});

describe('reportsJson', () => {
  it('parses back to the reports as stored, each with its derived figures', () => {
    const parsed = JSON.parse(reportsJson([report2023, report2024])) as { report: unknown; derived: unknown[] }[];
    expect(parsed.map((entry) => entry.report)).toEqual([report2023Json, report2024Json]);
    for (const entry of parsed) {
      expect(Array.isArray(entry.derived)).toBe(true);
      expect(entry.derived.length).toBeGreaterThan(0);
    }
  });
});

describe('exportFileName', () => {
  it('names the file after the period, without diacritics', () => {
    expect(exportFileName([report2023])).toBe('quan-le-chan-9-thang-dau-nam-2023');
    expect(exportFileName([report2024])).toBe('quan-le-chan-nam-2024');
    expect(exportFileName([report2023, report2024])).toBe('so-sanh-2023-2024');
  });

  it('names the unit as the report states it, and the period in Vietnamese', () => {
    const ward = structuredClone(report2024);
    ward.reportingUnit = { id: 'phuong-an-bien', name: 'Phường An Biên' };
    ward.period = { year: 2025, firstMonth: 7, lastMonth: 9 };
    expect(exportFileName([ward])).toBe('phuong-an-bien-quy-iii-2025');
    ward.period = { year: 2025, firstMonth: 1, lastMonth: 3 };
    expect(exportFileName([ward])).toBe('phuong-an-bien-quy-i-2025');
    ward.period = { year: 2025, firstMonth: 1, lastMonth: 6 };
    expect(exportFileName([ward])).toBe('phuong-an-bien-6-thang-dau-nam-2025');
    ward.period = { year: 2025, firstMonth: 9, lastMonth: 9 };
    expect(exportFileName([ward])).toBe('phuong-an-bien-thang-9-2025');
  });
});
