import { deriveFigures } from '../../lib/derive';
import { inLocale } from '../../lib/locale';
import { fileSlug, formatBasis, formatPeriod } from '../../lib/format';
import type { Indicator, Period, Report, Unit } from '../../lib/report-schema';
import { bandWords, resolveBands } from '../../lib/target-bands';

/**
 * The figures of one or more reports as data for a spreadsheet: one row per
 * stated value, per stated percentage and per derived figure, each with its
 * period, basis, estimate and derived flags, its source sentence and the report's
 * caveat where the data records one (a plan not named, a scope not stated).
 */

export const csvHeader = [
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
] as const;

export type CsvRow = Record<(typeof csvHeader)[number], string>;

const unitNames: Record<Unit, string> = { billionVnd: 'tỷ đồng', count: 'số lượng' };
const yesNo = (flag: boolean) => (flag ? 'có' : 'không');

/** Machine-readable: "." as the decimal mark, at the report's own precision. */
const machineNumber = (value: number, decimals: number) => value.toFixed(decimals);

function periodColumns(period: Period) {
  return {
    Kỳ: formatPeriod(period),
    Năm: String(period.year),
    'Từ tháng': String(period.firstMonth),
    'Đến tháng': String(period.lastMonth),
  };
}

export function reportRows(report: Report, indicators: readonly Indicator[]): CsvRow[] {
  const names = new Map(indicators.map((indicator) => [indicator.id, indicator.name]));
  const reportColumns = {
    'Đơn vị báo cáo': report.reportingUnit.name,
    'Báo cáo': report.source.title,
    'Ngày đăng': report.source.publishedOn ?? '',
  };
  const rows: CsvRow[] = [];
  for (const figure of report.figures) {
    const base = {
      'Mã chỉ tiêu': figure.indicator,
      'Chỉ tiêu': names.get(figure.indicator) ?? figure.indicator,
      ...periodColumns(figure.period),
      'Ước tính': yesNo(figure.estimate),
      'Tử số': figure.ratio ? String(figure.ratio.numerator) : '',
      'Mẫu số': figure.ratio ? String(figure.ratio.denominator) : '',
      ...reportColumns,
      'Trích dẫn': figure.quote,
      'Ghi chú': figure.note ?? '',
    };
    if (figure.value !== null) {
      rows.push({
        ...base,
        'Đại lượng': 'giá trị',
        'Cơ sở so sánh': '',
        'Giá trị': machineNumber(figure.value, figure.decimals),
        'Đơn vị': unitNames[figure.unit],
        'Số suy ra': 'không',
      });
    }
    for (const percentage of figure.percentages) {
      rows.push({
        ...base,
        'Đại lượng': 'tỷ lệ',
        'Cơ sở so sánh': formatBasis(percentage.basis),
        'Giá trị': machineNumber(percentage.value, percentage.decimals),
        'Đơn vị': '%',
        'Số suy ra': 'không',
      });
    }
  }
  for (const derived of deriveFigures(report.figures)) {
    const from = report.figures.find((figure) => figure.id === derived.from.figureId);
    rows.push({
      'Mã chỉ tiêu': derived.indicator,
      'Chỉ tiêu': names.get(derived.indicator) ?? derived.indicator,
      ...periodColumns(derived.period),
      'Đại lượng': derived.kind === 'plan' ? 'kế hoạch (suy ra)' : 'giá trị cùng kỳ (suy ra)',
      'Cơ sở so sánh': formatBasis(derived.basis),
      'Giá trị': machineNumber(derived.value, derived.unit === 'count' ? 0 : 1),
      'Đơn vị': unitNames[derived.unit],
      'Ước tính': 'không',
      'Số suy ra': 'có',
      'Tử số': '',
      'Mẫu số': '',
      ...reportColumns,
      'Trích dẫn': from?.quote ?? '',
      'Ghi chú': from?.note ?? '',
    });
  }
  for (const set of report.targetSets) {
    for (const band of resolveBands(set)) {
      rows.push({
        'Mã chỉ tiêu': `targets:${set.id}`,
        'Chỉ tiêu': `Số chỉ tiêu · ${set.assignedBy}`,
        ...periodColumns(report.period),
        'Đại lượng': 'số chỉ tiêu',
        'Cơ sở so sánh': bandWords(band),
        'Giá trị': String(band.count),
        'Đơn vị': 'chỉ tiêu',
        'Ước tính': 'không',
        'Số suy ra': yesNo(band.inferred),
        'Tử số': String(band.count),
        'Mẫu số': String(set.total),
        ...reportColumns,
        'Trích dẫn': set.quote,
        'Ghi chú': band.note ?? '',
      });
    }
  }
  return rows;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 with a UTF-8 byte order mark, so Excel opens Vietnamese text correctly. */
export function toCsv(rows: CsvRow[]): string {
  const lines = [csvHeader.join(','), ...rows.map((row) => csvHeader.map((column) => csvField(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Always in Vietnamese, whatever the interface language: a fixed file format for the office's spreadsheets. */
export function reportsCsv(reports: readonly Report[], indicators: readonly Indicator[]): string {
  return inLocale('vi', () => toCsv(reports.flatMap((report) => reportRows(report, indicators))));
}

/** The reports as served, with the derived figures the dashboard shows beside them. */
export function reportsJson(reports: readonly Report[]): string {
  return JSON.stringify(
    reports.map((report) => ({ report, derived: deriveFigures(report.figures) })),
    null,
    2,
  );
}

/** "quan-le-chan-9-thang-dau-nam-2023", "quan-le-chan-nam-2024", "so-sanh-2023-2024": in Vietnamese whatever the language. */
export function exportFileName(reports: readonly Report[]): string {
  const [only] = reports;
  if (reports.length === 1 && only) {
    return fileSlug(`${only.reportingUnit.name} ${inLocale('vi', () => formatPeriod(only.period))}`);
  }
  return `so-sanh-${reports.map((report) => report.period.year).join('-')}`;
}
