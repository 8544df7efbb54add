import type { DerivedFigure } from './derive';
import type { Pace } from './pace';
import { currentLocale, inLanguage, intlLocale, type Locale } from './locale';
import { t } from './messages';
import type { Basis, Figure, Indicator, Percentage, Period, ReportingUnit, ReportSource, Unit } from './report-schema';

/**
 * The one place numbers, periods and bases become text, in the current language's
 * notation. Vietnamese: "." groups thousands, "," marks decimals (23.461,3 tỷ đồng;
 * 69,79%); English: 23,461.3 VND billion.
 */

/** Each language's separators: thousands and the decimal mark. */
const separators: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * A number at the precision the report writes it with, rounded half away from zero on its
 * shortest decimal form (1.005 at two decimals is 1.01), as Intl.NumberFormat rounds: the same
 * text, without Intl. A page's first Intl formatter loads its locale data, some 50 ms of script
 * on this class of machine and four times that on a slow phone, inside the page's takeover.
 * tests/unit/format.test.ts checks the two agree.
 */
export function formatNumber(value: number, decimals: number): string {
  const { group, decimal } = separators[currentLocale()];
  const [whole, fraction] = roundedDigits(Math.abs(value), decimals);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** The whole and fraction digits of a non-negative number rounded to `decimals` places. */
function roundedDigits(value: number, decimals: number): [string, string] {
  // The shortest decimal form that reads back as the same number ("1.005", "1e-7").
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const point = mantissa.indexOf('.');
  let digits = mantissa.replace('.', '');
  let wholeLength = (point === -1 ? mantissa.length : point) + Number(exponent);
  if (wholeLength < 1) {
    digits = '0'.repeat(1 - wholeLength) + digits;
    wholeLength = 1;
  }
  const kept = wholeLength + decimals;
  digits = digits.padEnd(kept, '0');
  let rounded = digits.slice(0, kept);
  if (digits.charAt(kept) >= '5') rounded = incremented(rounded);
  const carried = rounded.length - kept;
  const whole = rounded.slice(0, wholeLength + carried).replace(/^0+(?=\d)/, '');
  return [whole, rounded.slice(wholeLength + carried)];
}

/** A string of decimal digits plus one ("199" → "200", "99" → "100"). */
function incremented(digits: string): string {
  const nines = /9*$/.exec(digits)![0].length;
  const head = digits.slice(0, digits.length - nines);
  const bumped = head ? head.slice(0, -1) + String(Number(head.at(-1)) + 1) : '1';
  return bumped + '0'.repeat(nines);
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

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** A month's name in the current language; only English templates name months (see periodParams). */
function monthName(month: number, width: 'long' | 'short'): string {
  const tag = intlLocale[currentLocale()];
  const key = `${tag}/${width}`;
  let format = monthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { month: width, timeZone: 'UTC' });
    monthFormats.set(key, format);
  }
  return format.format(new Date(Date.UTC(2000, month - 1, 1)));
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
    // Getters: only English templates name months, and a page's first Intl formatter costs some
    // 50 ms (formatNumber), which a page whose labels name no month need not pay.
    get monthName() {
      return monthName(period.lastMonth, width);
    },
    get monthShort() {
      return monthName(period.lastMonth, 'short');
    },
    get firstMonthName() {
      return monthName(period.firstMonth, 'long');
    },
    get lastMonthName() {
      return monthName(period.lastMonth, 'long');
    },
    get firstMonthShort() {
      return monthName(period.firstMonth, 'short');
    },
    get lastMonthShort() {
      return monthName(period.lastMonth, 'short');
    },
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
