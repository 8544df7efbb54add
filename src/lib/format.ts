import type { DerivedFigure } from './derive';
import type { Basis, Figure, Percentage, Period, ReportSource, Unit } from './report-schema';

/**
 * The one place numbers, periods and bases become text. Vietnamese notation:
 * "." groups thousands, "," marks decimals (23.461,3 tỷ đồng; 69,79%).
 */

const numberFormats = new Map<number, Intl.NumberFormat>();

/** Intl.NumberFormat is costly to build: one cached instance per precision. */
function numberFormat(decimals: number): Intl.NumberFormat {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  return format;
}

/** A number at the precision the report writes it with. */
export function formatNumber(value: number, decimals: number): string {
  return numberFormat(decimals).format(value);
}

export function formatPercent(value: number, decimals: number): string {
  return `${formatNumber(value, decimals)}%`;
}

export function formatPercentage(percentage: Percentage): string {
  return formatPercent(percentage.value, percentage.decimals);
}

const unitWords: Record<Unit, string> = { billionVnd: 'tỷ đồng', count: '' };

/** The unit as written after an amount ("tỷ đồng"); counts carry none. */
export function formatUnit(unit: Unit): string {
  return unitWords[unit];
}

export function formatAmount(value: number, decimals: number, unit: Unit): string {
  const words = unitWords[unit];
  return words ? `${formatNumber(value, decimals)} ${words}` : formatNumber(value, decimals);
}

/** A figure's own value: "233/230" where the report states it against its target; null when it gives none. */
export function formatFigureValue(figure: Figure): string | null {
  if (figure.value === null) return null;
  if (figure.ratio) return `${formatNumber(figure.ratio.numerator, 0)}/${formatNumber(figure.ratio.denominator, 0)}`;
  return formatAmount(figure.value, figure.decimals, figure.unit);
}

/** Derived values are approximations: one decimal for money, whole numbers for counts. */
export function formatApproximateNumber(value: number, unit: Unit): string {
  return `≈ ${formatNumber(value, unit === 'count' ? 0 : 1)}`;
}

export function formatApproximate(value: number, unit: Unit): string {
  return `≈ ${formatAmount(value, unit === 'count' ? 0 : 1, unit)}`;
}

/** The arithmetic, step by step: "641,769 ÷ 69,79% ≈ 919,6 tỷ đồng". */
export function formatCalculation(derived: DerivedFigure): string {
  const { from } = derived;
  const input = formatNumber(from.value, from.decimals);
  const divisor =
    derived.kind === 'plan'
      ? formatPercentage(from.percentage)
      : `(100% ${from.percentage.value < 0 ? '−' : '+'} ${formatPercent(Math.abs(from.percentage.value), from.percentage.decimals)})`;
  return `${input} ÷ ${divisor} ${formatApproximate(derived.value, derived.unit)}`;
}

/** "kế hoạch năm: ≈ 438,9 tỷ đồng (suy ra từ 327,8 tỷ đồng = 74,69% kế hoạch năm)" */
export function formatDerivation(derived: DerivedFigure): string {
  const { from } = derived;
  const input = formatAmount(from.value, from.decimals, derived.unit);
  const rate = from.percentage;
  const what = derived.kind === 'plan' ? formatBasis(derived.basis) : `${formatPeriod(derived.period)} (cùng kỳ)`;
  const step =
    derived.kind === 'plan'
      ? `${input} = ${formatPercentage(rate)} ${formatBasis(derived.basis)}`
      : `${input}, ${rate.value < 0 ? 'giảm' : 'tăng'} ${formatPercent(Math.abs(rate.value), rate.decimals)} so với cùng kỳ`;
  return `${what}: ${formatApproximate(derived.value, derived.unit)} (suy ra từ ${step})`;
}

export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `Tháng ${period.month}/${period.year}`;
    case 'nineMonths':
      return `9 tháng đầu năm ${period.year}`;
    case 'year':
      return `Năm ${period.year}`;
  }
}

/** Short form for chart axes. */
export function formatPeriodShort(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `T${period.month}/${period.year}`;
    case 'nineMonths':
      return `9 tháng ${period.year}`;
    case 'year':
      return `Năm ${period.year}`;
  }
}

export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

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

export function formatBasis(basis: Basis): string {
  return basisWords[basis];
}

/** "Cổng tin tức Thành phố Hải Phòng, Hoàng Tùng, 22/09/2023": a source in one line. */
export function formatSource(source: ReportSource): string {
  return [
    source.outlet,
    source.author,
    source.publishedOn ? formatDate(source.publishedOn) : 'không ghi ngày đăng',
  ].join(', ');
}

const unitNames: Record<Unit, string> = { billionVnd: 'tỷ đồng', count: 'số lượng' };

export function formatUnitName(unit: Unit): string {
  return unitNames[unit];
}

/** A file name from Vietnamese text: "Thu ngân sách 9 tháng" → "thu-ngan-sach-9-thang". */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
