import { deriveFromFigure, type DerivedFigure } from './derive';
import { asGrowth } from './attainment';
import {
  formatApproximate,
  formatBasis,
  formatChange,
  formatGrowth,
  formatIndicatorName,
  formatPace,
  formatPercent,
  formatPercentage,
  formatPeriod,
  formatPeriodInSentence,
  formatRateWithBasis,
} from './format';
import { t } from './messages';
import { paceOf } from './pace';
import { samePeriod } from './periods';
import type { Figure, Indicator, Percentage, Period, Report, ReportSource, TargetSet } from './report-schema';
import { inLanguage } from './locale';
import { formatAssignedBy } from './target-bands';

/** One sentence of a report that figures on screen come from, with what is derived from it. */
export type SourceEntry = {
  key: string;
  heading: string;
  quote: string;
  note?: string;
  derived: DerivedFigure[];
  /** What the dashboard reads into the figure (pace, a plan's wording, growth from an index): readings, not facts. */
  readings: string[];
  source: ReportSource;
  /** The period of the report the sentence is from. */
  reportPeriod: Period;
};

/**
 * `reports`: the other reports known, whose plans may explain a percentage this report leaves unnamed.
 */
export function figureEntry(
  figure: Figure,
  report: Report,
  heading = formatPeriod(figure.period),
  reports: readonly Report[] = [],
): SourceEntry {
  const { source } = report;
  return {
    reportPeriod: report.period,
    key: `${source.id}/${figure.id}`,
    heading,
    quote: figure.quote,
    note: figure.note && inLanguage(figure.note, figure.en?.note),
    derived: deriveFromFigure(figure),
    readings: [...figureReadings(figure), ...unnamedBasisReadings(figure, report, reports)],
    source,
  };
}

/**
 * A percentage of an unnamed basis ("bằng 184%") that a plan implied by another report of the same year
 * and unit explains at the stated precision: offered as a reading, never as what the report says.
 */
function unnamedBasisReadings(figure: Figure, report: Report, reports: readonly Report[]): string[] {
  const { value } = figure;
  if (value === null) return [];
  const plans = reports
    .filter(
      (other) =>
        other !== report &&
        other.period.year === figure.period.year &&
        other.reportingUnit.id === report.reportingUnit.id,
    )
    .flatMap((other) => other.figures.filter((candidate) => candidate.indicator === figure.indicator))
    .flatMap(deriveFromFigure)
    .filter((derived) => derived.kind === 'plan');
  return figure.percentages
    .filter((percentage) => percentage.basis === 'unspecified')
    .flatMap((percentage) =>
      plans
        .filter((plan) => {
          const scale = 10 ** percentage.decimals;
          return Math.round((value / plan.value) * 100 * scale) / scale === percentage.value;
        })
        .map((plan) =>
          t('sources.unnamedReading', {
            rate: formatPercentage(percentage),
            basis: formatBasis(plan.basis),
            plan: formatApproximate(plan.value, plan.unit),
            period: formatPeriodInSentence(plan.from.period),
          }),
        ),
    );
}

/** Each reading once: two plans read against the same time elapsed share one caveat. */
function figureReadings(figure: Figure): string[] {
  return [...new Set(figure.percentages.flatMap((percentage) => percentageReadings(percentage, figure.period)))];
}

function percentageReadings(percentage: Percentage, period: Period): string[] {
  const readings: string[] = [];
  const pace = paceOf(percentage, period);
  if (pace) {
    readings.push(`${formatRateWithBasis(percentage)}: ${formatPace(pace, percentage.decimals)}.`);
    readings.push(t('pace.caveat', { elapsed: formatPercent(pace.elapsed, 0), months: pace.months }));
  }
  if (percentage.wording) {
    readings.push(t('sources.wording', { wording: percentage.wording, basis: formatBasis(percentage.basis) }));
  }
  if (percentage.form === 'index') {
    readings.push(
      t('sources.indexAsGrowth', { index: formatChange(percentage), growth: formatGrowth(asGrowth(percentage)) }),
    );
  }
  return readings;
}

export function targetSetEntry(set: TargetSet, report: Report): SourceEntry {
  const { source } = report;
  return {
    reportPeriod: report.period,
    key: `${source.id}/${set.id}`,
    heading: `${formatPeriod(report.period)} · ${formatAssignedBy(set)}`,
    quote: set.quote,
    derived: [],
    readings: [],
    source,
  };
}

/**
 * The report sentences behind a chart: each indicator's figures for its report's
 * own period, or with `withMonths` the single-month figures too.
 */
export function figureEntries(
  reports: readonly Report[],
  indicators: readonly Indicator[],
  withMonths = false,
): SourceEntry[] {
  return reports.flatMap((report) =>
    indicators.flatMap((indicator) =>
      report.figures
        .filter(
          (figure) => figure.indicator === indicator.id && (withMonths || samePeriod(figure.period, report.period)),
        )
        .map((figure) =>
          figureEntry(figure, report, `${formatIndicatorName(indicator)} · ${formatPeriod(figure.period)}`, reports),
        ),
    ),
  );
}

export function targetSetEntries(reports: readonly Report[]): SourceEntry[] {
  return reports.flatMap((report) => report.targetSets.map((set) => targetSetEntry(set, report)));
}
