import type { DerivedFigure } from './derive';
import type { Pace } from './pace';
import { currentLocale, inLanguage, intlLocale } from './locale';
import { t } from './messages';
import type { Basis, Figure, Indicator, Percentage, Period, ReportingUnit, ReportSource, Unit } from './report-schema';

/**
 * The one place numbers, periods and bases become text, in the current language's
 * notation. Vietnamese: "." groups thousands, "," marks decimals (23.461,3 tỷ đồng;
 * 69,79%); English: 23,461.3 VND billion.
 */

const intlFormats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/**
 * Intl formatters are costly to build (a month name built afresh each time took 6 ms of a
 * period switch): one cached instance per language and options.
 */
function cachedFormat<Format extends Intl.NumberFormat | Intl.DateTimeFormat>(
  options: string,
  build: (languageTag: string) => Format,
): Format {
  const locale = currentLocale();
  const key = `${locale}/${options}`;
  let format = intlFormats.get(key) as Format | undefined;
  if (!format) {
    format = build(intlLocale[locale]);
    intlFormats.set(key, format);
  }
  return format;
}

const numberFormat = (decimals: number) =>
  cachedFormat(
    `number/${decimals}`,
    (tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
  );

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

/** The unit as written after an amount ("tỷ đồng"); counts carry none. */
export function formatUnit(unit: Unit): string {
  return unit === 'count' ? '' : t('unit.billionVnd');
}

export function formatAmount(value: number, decimals: number, unit: Unit): string {
  const words = formatUnit(unit);
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
  const { percentage } = from;
  const divisor =
    derived.kind === 'plan' || percentage.form === 'index'
      ? formatPercentage(percentage)
      : `(100% ${percentage.value < 0 ? '−' : '+'} ${formatPercent(Math.abs(percentage.value), percentage.decimals)})`;
  return `${input} ÷ ${divisor} ${formatApproximate(derived.value, derived.unit)}`;
}

/** A change against the same period in the report's own words: "giảm 3%", "tăng 10%", "bằng 112,5%". */
export function formatChange(rate: Percentage, form: 'full' | 'short' = 'full'): string {
  if (rate.form === 'index')
    return t(form === 'short' ? 'change.short.index' : 'change.index', { rate: formatPercentage(rate) });
  return formatGrowth(rate, form);
}

/** "+12,5%", "−3%": a growth in one word, where the words around it already say "so với cùng kỳ". */
export function formatSignedPercent(growth: Percentage): string {
  const sign = growth.value < 0 ? '−' : '+';
  return `${sign}${formatPercent(Math.abs(growth.value), growth.decimals)}`;
}

/**
 * A growth as growth, whatever form the report wrote it in: "tăng 12,5% so với cùng kỳ"; in short,
 * "tăng 12,5%", under a heading that names the same period.
 */
export function formatGrowth(growth: Percentage, form: 'full' | 'short' = 'full'): string {
  const magnitude = formatPercent(Math.abs(growth.value), growth.decimals);
  const direction = growth.value < 0 ? 'down' : 'up';
  return t(form === 'short' ? `change.short.${direction}` : `change.${direction}`, { rate: magnitude });
}

/** "kế hoạch năm: ≈ 438,9 tỷ đồng (suy ra từ 327,8 tỷ đồng = 74,69% kế hoạch năm)" */
export function formatDerivation(derived: DerivedFigure): string {
  const { from } = derived;
  const input = formatAmount(from.value, from.decimals, derived.unit);
  const value = formatApproximate(derived.value, derived.unit);
  if (derived.kind === 'plan') {
    const basis = formatBasis(derived.basis);
    return t('derivation.plan', { basis, value, input, rate: formatPercentage(from.percentage) });
  }
  const period = formatPeriod(derived.period);
  return t('derivation.previous', { period, value, input, change: formatChange(from.percentage) });
}

function monthName(month: number, width: 'long' | 'short'): string {
  return cachedFormat(
    `month/${width}`,
    (tag) => new Intl.DateTimeFormat(tag, { month: width, timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(2000, month - 1, 1)));
}

type PeriodShape = 'month' | 'quarter' | 'firstHalf' | 'firstMonths' | 'year' | 'range';

/** Which of the reports' customary periods this is: the wording of its label follows from it. */
function periodShape(period: Period): PeriodShape {
  const { firstMonth, lastMonth } = period;
  if (firstMonth === lastMonth) return 'month';
  if (firstMonth === 1 && lastMonth === 12) return 'year';
  if (lastMonth - firstMonth === 2 && firstMonth % 3 === 1) return 'quarter';
  if (firstMonth === 1) return lastMonth === 6 ? 'firstHalf' : 'firstMonths';
  return 'range';
}

const quarterRoman = ['I', 'II', 'III', 'IV'];
// A label starts with the ordinal ("First quarter of 2023"); a sentence has it after "the".
const quarterOrdinal = ['First', 'Second', 'Third', 'Fourth'];
const quarterOrdinalInSentence = ['first', 'second', 'third', 'fourth'];

function periodParams(period: Period, width: 'long' | 'short') {
  const quarter = Math.ceil(period.lastMonth / 3);
  return {
    year: period.year,
    month: period.lastMonth,
    months: period.lastMonth,
    firstMonth: period.firstMonth,
    lastMonth: period.lastMonth,
    quarter,
    quarterRoman: quarterRoman[quarter - 1] ?? '',
    quarterOrdinal: quarterOrdinal[quarter - 1] ?? '',
    quarterOrdinalInSentence: quarterOrdinalInSentence[quarter - 1] ?? '',
    monthName: monthName(period.lastMonth, width),
    monthShort: monthName(period.lastMonth, 'short'),
    firstMonthName: monthName(period.firstMonth, 'long'),
    lastMonthName: monthName(period.lastMonth, 'long'),
    firstMonthShort: monthName(period.firstMonth, 'short'),
    lastMonthShort: monthName(period.lastMonth, 'short'),
  };
}

/** "Quý I/2023", "6 tháng đầu năm 2024", "9 tháng đầu năm 2023", "Năm 2024", "Tháng 9/2023", "Quý III/2023". */
export function formatPeriod(period: Period): string {
  return t(`period.${periodShape(period)}`, periodParams(period, 'long'));
}

/**
 * A period inside a sentence, with its article where English wants one: "số liệu năm 2024", "the figures
 * for 2024", "in the first 9 months of 2023", "report for September 2023". Templates write "in {period}",
 * "for {period}", never an article of their own; where a period opens a line, the label (formatPeriod) does.
 */
export function formatPeriodInSentence(period: Period): string {
  return t(`periodInSentence.${periodShape(period)}`, periodParams(period, 'long'));
}

/** The reporting unit's name in the current language: data, never code. */
export function formatUnitOfReport(unit: ReportingUnit): string {
  return inLanguage(unit.name, unit.en?.name);
}

/** "9 tháng đầu năm 2025 · Phường An Biên": a period where several units report. */
export function formatReportLabel(report: { period: Period; reportingUnit: ReportingUnit }): string {
  return `${formatPeriod(report.period)} · ${formatUnitOfReport(report.reportingUnit)}`;
}

/** "Chậm 5,21 điểm % so với tiến độ thời gian (75% sau 9/12 tháng)": a reading against time, not a forecast. */
export function formatPace(pace: Pace, decimals: number, form: 'full' | 'short' = 'full'): string {
  const elapsed = formatPercent(pace.elapsed, Number.isInteger(pace.elapsed) ? 0 : 1);
  const points = formatNumber(Math.abs(pace.points), decimals);
  return t(`pace.${form === 'short' ? 'short.' : ''}${pace.status}`, { points, elapsed, months: pace.months });
}

/** An indicator's name in the current language, falling back to the Vietnamese of the catalogue. */
export function formatIndicatorName(indicator: Indicator, form: 'name' | 'shortName' = 'name'): string {
  return inLanguage(indicator[form], indicator.en?.[form]);
}

/** Short form for chart axes. */
export function formatPeriodShort(period: Period): string {
  return t(`periodShort.${periodShape(period)}`, periodParams(period, 'short'));
}

/** Day/month/year in both languages (22/09/2023), as Vietnamese and British readers write dates. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** A moment in the reader's own time zone, as "18:05, 23/11/2026" in both languages. */
export function formatTimeAndDate(isoMoment: string): string {
  const at = new Date(isoMoment);
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  const date = `${at.getFullYear()}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}`;
  return `${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}, ${formatDate(date)}`;
}

export function formatBasis(basis: Basis): string {
  return t(`basis.${basis}`);
}

/** The basis as it follows a rate: "69,79% kế hoạch thành phố giao", "69.79% of the city's plan". */
export function formatBasisAfterRate(basis: Basis): string {
  return t('basis.afterRate', { basis: formatBasis(basis) });
}

/**
 * A rate with its basis: "69,79% kế hoạch thành phố giao", "69.79% of the city's plan". A rate against
 * the same period is a change, in the report's words ("tăng 3,1% so với cùng kỳ"): "3.1% of the same
 * period last year" would read as a share of it.
 */
export function formatRateWithBasis(percentage: Percentage): string {
  if (percentage.basis === 'samePeriodLastYear') return formatChange(percentage);
  return `${formatPercentage(percentage)} ${formatBasisAfterRate(percentage.basis)}`;
}

/** "Cổng tin tức Thành phố Hải Phòng, Hoàng Tùng, 22/09/2023": a source in one line. */
export function formatSource(source: ReportSource): string {
  const date = source.publishedOn ? formatDate(source.publishedOn) : t('source.noDate');
  return [source.outlet, source.author, date].filter(Boolean).join(', ');
}

/** "báo cáo 9 tháng đầu năm 2023 (Cổng tin tức …, 22/09/2023); báo cáo năm 2024 (…)": the reports behind what is shown. */
export function formatReportsCited(reports: readonly { period: Period; source: ReportSource }[]): string {
  return reports
    .map((report) =>
      t('sources.report', { period: formatPeriodInSentence(report.period), source: formatSource(report.source) }),
    )
    .join('; ');
}

/** "Nguồn: báo cáo 9 tháng đầu năm 2023 (…)": the line under a chart and on a slide. */
export function formatSourceLine(reports: readonly { period: Period; source: ReportSource }[]): string {
  return t(reports.length > 1 ? 'chart.sources' : 'chart.source', { sources: formatReportsCited(reports) });
}

export function formatUnitName(unit: Unit): string {
  return t(unit === 'count' ? 'unitName.count' : 'unitName.billionVnd');
}

/**
 * A table's column header with the unit of its numbers: "Tỷ lệ đạt (%)"; inside the label's own
 * brackets where it ends with some: "Bình quân một tháng (suy ra; tỷ đồng)".
 */
export function formatWithUnit(label: string, unit: string): string {
  return label.endsWith(')') ? `${label.slice(0, -1)}; ${unit})` : `${label} (${unit})`;
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
