import { isPlanBasis, samePeriodChange } from './attainment';
import { partyIndicators } from './indicator-groups';
import { deriveFromFigure, disagree, findConflicts, relativeDifference, type DerivedFigure } from './derive';
import {
  formatAmount,
  formatApproximate,
  formatBasis,
  formatPercent,
  formatPercentage,
  formatPeriod,
  formatPeriodInSentence,
  formatRateWithBasis,
} from './format';
import { t } from './messages';
import { comparePeriods, isWholeYear, isYearToDate, lengthInMonths, mainFigure, samePeriod, sameSpan } from './periods';
import type { Basis, Indicator, Percentage, Period, Report, TargetSet } from './report-schema';
import { resolveBands, type ResolvedBand } from './target-bands';

/**
 * Pure builders of what each chart draws: which bars, which values, which are
 * derived. The charts and their table views both read from these.
 */

export type LevelBar = {
  period: Period;
  value: number;
  decimals: number;
  estimate: boolean;
  /** Set when the bar is implied by a stated growth rate rather than stated. */
  derivation?: DerivedFigure;
};

export type LevelSeries = { indicator: Indicator; bars: LevelBar[]; notes: string[] };

/**
 * One indicator over the periods like the chosen one (9 months beside 9 months, a year beside a year):
 * the stated values, and the year-earlier values their growth rates imply. A 9-month total beside a
 * year's would read as growth that is not there. The notes weigh every report.
 */
export function levelSeries(reports: readonly Report[], indicator: Indicator, like: Period): LevelSeries {
  const stated: LevelBar[] = [];
  const derived: DerivedFigure[] = [];
  const notes: string[] = [];
  for (const report of reports) {
    const figure = mainFigure(report, indicator.id);
    const alike = sameSpan(report.period, like);
    if (!figure || figure.value === null) {
      if (alike) notes.push(missingBarNote(report, figure?.percentages ?? []));
      continue;
    }
    if (alike) {
      stated.push({ period: figure.period, value: figure.value, decimals: figure.decimals, estimate: figure.estimate });
    }
    derived.push(...deriveFromFigure(figure));
  }
  const bars = [...stated];
  const alikeDerived = derived.filter((d) => d.kind === 'previousPeriodValue' && sameSpan(d.period, like));
  for (const item of alikeDerived) {
    const reported = stated.find((bar) => samePeriod(bar.period, item.period));
    if (!reported) {
      bars.push({ period: item.period, value: item.value, decimals: 1, estimate: false, derivation: item });
    } else if (disagree(reported.value, item.value)) {
      notes.push(
        t('level.mismatch', {
          period: formatPeriod(item.period),
          stated: formatAmount(reported.value, reported.decimals, indicator.unit),
          implied: formatApproximate(item.value, indicator.unit),
        }),
      );
    }
  }
  const fullYear = fullYearNotes(derived, indicator);
  notes.push(...fullYear);
  // Both rules weigh the same implied year: one note is enough, and the plan's is the plainer.
  if (fullYear.length === 0) notes.push(...remainderNotes(derived, reports, indicator));
  notes.push(...planAgreementNotes(derived, indicator));
  return { indicator, bars: bars.sort((a, b) => comparePeriods(a.period, b.period)), notes };
}

/** Why a report's period has no bar: it gives the indicator as rates only, or not at all. */
function missingBarNote(report: Report, rates: readonly Percentage[]): string {
  const period = formatPeriod(report.period);
  if (rates.length === 0) return t('level.notStated', { period });
  const stated = rates.map(formatRateWithBasis).join('; ');
  return t('level.rateOnly', { period, rates: stated });
}

/**
 * A full year implied by the next year's growth, set against the annual plan
 * implied by that year's 9-month share of it: where they part by more than 2%,
 * the chart says so rather than pick one.
 */
function fullYearNotes(derived: DerivedFigure[], indicator: Indicator): string[] {
  return derived.flatMap((implied) => {
    if (implied.kind !== 'previousPeriodValue' || !isWholeYear(implied.period)) return [];
    return derived
      .filter(
        (plan) =>
          plan.kind === 'plan' &&
          plan.period.year === implied.period.year &&
          !isWholeYear(plan.from.period) &&
          (plan.basis === 'annualPlan' || plan.basis === 'plan'),
      )
      .filter((plan) => disagree(plan.value, implied.value))
      .map((plan) =>
        t('level.fullYearNote', {
          year: implied.period.year,
          growth: formatPercentage(implied.from.percentage),
          nextYear: implied.from.period.year,
          implied: formatApproximate(implied.value, indicator.unit),
          partial: formatPeriodInSentence(plan.from.period),
          share: formatPercentage(plan.from.percentage),
          plan: formatApproximate(plan.value, indicator.unit),
          gap: formatPercent(relativeDifference(plan.value, implied.value) * 100, 0),
        }),
      );
  });
}

/**
 * What the rest of a year would have had to be, where a later report's growth implies the year's total
 * and a partial report gives its first months: a monthly rate outside half to one and a half times the
 * months reported is implausible, and said so (docs/DATA.md).
 */
export const plausibleRemainder = { lowest: 0.5, highest: 1.5 };

function remainderNotes(derived: DerivedFigure[], reports: readonly Report[], indicator: Indicator): string[] {
  return derived.flatMap((implied) => {
    if (implied.kind !== 'previousPeriodValue' || !isWholeYear(implied.period)) return [];
    return reports.flatMap((report) => {
      const part = mainFigure(report, indicator.id);
      if (!part || part.value === null || part.period.year !== implied.period.year) return [];
      if (!isYearToDate(part.period) || isWholeYear(part.period)) return [];
      const months = lengthInMonths(part.period);
      const remainder = implied.value - part.value;
      const ratio = remainder / (12 - months) / (part.value / months);
      if (ratio >= plausibleRemainder.lowest && ratio <= plausibleRemainder.highest) return [];
      return [
        t('level.remainderNote', {
          year: implied.period.year,
          implied: formatApproximate(implied.value, indicator.unit),
          partial: formatPeriodInSentence(part.period),
          value: formatAmount(part.value, part.decimals, indicator.unit),
          remainder: formatApproximate(remainder, indicator.unit),
          months: 12 - months,
          ratio: formatPercent(ratio * 100, 0),
        }),
      ];
    });
  });
}

/** A year's plan is one plan: where two reports of the year imply it differently, say so rather than pick one. */
function planAgreementNotes(derived: DerivedFigure[], indicator: Indicator): string[] {
  return findConflicts(derived.filter((item) => item.kind === 'plan'))
    .filter(({ first, second }) => !samePeriod(first.from.period, second.from.period))
    .map(({ first, second, relativeDifference: gap }) =>
      t('level.planDisagreement', {
        basis: formatBasis(first.basis),
        year: first.period.year,
        first: formatApproximate(first.value, indicator.unit),
        firstPeriod: formatPeriodInSentence(first.from.period),
        second: formatApproximate(second.value, indicator.unit),
        secondPeriod: formatPeriodInSentence(second.from.period),
        gap: formatPercent(gap * 100, 0),
      }),
    );
}

export type GrowthRow = { indicator: Indicator; rates: (Percentage | null)[] };

/** Growth against the same period a year earlier, per indicator, one column per report. */
export function growthRows(reports: readonly Report[], indicators: readonly Indicator[]): GrowthRow[] {
  return indicators
    .map((indicator) => ({
      indicator,
      rates: reports.map(
        (report) => samePeriodChange(mainFigure(report, indicator.id)?.percentages ?? [])?.growth ?? null,
      ),
    }))
    .filter((row) => row.rates.some((rate) => rate !== null));
}

export type AttainmentBar = { indicator: Indicator; basis: Basis; value: number; decimals: number };

/** Every "% of plan" the chosen report states, one bar per indicator and basis, never merged. */
export function attainmentBars(report: Report, indicators: readonly Indicator[]): AttainmentBar[] {
  return indicators.flatMap((indicator) => {
    const figure = mainFigure(report, indicator.id);
    return (figure?.percentages ?? [])
      .filter((percentage) => isPlanBasis(percentage.basis))
      .map((percentage) => ({
        indicator,
        basis: percentage.basis,
        value: percentage.value,
        decimals: percentage.decimals,
      }));
  });
}

export type TargetRow = { period: Period; set: TargetSet; bands: ResolvedBand[] };

export function targetRows(reports: readonly Report[]): TargetRow[] {
  return reports.flatMap((report) =>
    report.targetSets.map((set) => ({ period: report.period, set, bands: resolveBands(set) })),
  );
}

export type MonthAgainstAverage = {
  indicator: Indicator;
  month: Period;
  monthValue: number;
  monthDecimals: number;
  /** The span's total divided by its months: derived, not stated. */
  averageMonth: number;
  span: Period;
  spanValue: number;
  spanDecimals: number;
  /** The month as a share of the average month, in %. */
  ratio: number;
};

/** A single month (September 2023) set against the average month of the span that holds it. */
export function monthAgainstAverage(report: Report, indicators: readonly Indicator[]): MonthAgainstAverage[] {
  return indicators.flatMap((indicator) => {
    const span = mainFigure(report, indicator.id);
    if (!span || span.value === null || lengthInMonths(span.period) === 1) return [];
    const spanValue = span.value;
    return report.figures
      .filter((f) => f.indicator === indicator.id && lengthInMonths(f.period) === 1 && f.value !== null)
      .map((month) => {
        const averageMonth = spanValue / lengthInMonths(span.period);
        return {
          indicator,
          month: month.period,
          monthValue: month.value!,
          monthDecimals: month.decimals,
          averageMonth,
          span: span.period,
          spanValue,
          spanDecimals: span.decimals,
          ratio: (month.value! / averageMonth) * 100,
        };
      });
  });
}

export type PartyBar = {
  indicator: Indicator;
  period: Period;
  basis: Basis;
  achieved: number;
  /** % of target as the report states it. */
  value: number;
  decimals: number;
  /** The target: stated where the report gives n/m, otherwise derived from the percentage. */
  target: number;
  targetDerived: boolean;
};

/** Party building against its targets, per period: counts and the stated share of target. */
export function partyBars(reports: readonly Report[], indicators: readonly Indicator[]): PartyBar[] {
  const party = partyIndicators(indicators);
  return reports.flatMap((report) =>
    party.flatMap((indicator) => {
      const figure = mainFigure(report, indicator.id);
      if (!figure || figure.value === null) return [];
      const achieved = figure.value;
      return figure.percentages
        .filter((percentage) => isPlanBasis(percentage.basis))
        .map((percentage) => ({
          indicator,
          period: figure.period,
          basis: percentage.basis,
          achieved,
          value: percentage.value,
          decimals: percentage.decimals,
          target: figure.ratio?.denominator ?? achieved / (percentage.value / 100),
          targetDerived: figure.ratio === undefined,
        }));
    }),
  );
}

export type ProgressPoint = { period: Period; value: number; decimals: number; estimate: boolean };
export type ProgressSeries = {
  indicator: Indicator;
  basis: Basis;
  /** One line per year: the share of that year's plan at each report from January. */
  years: { year: number; points: ProgressPoint[] }[];
};

/** The plan a progress line follows, where a report names several: the city's first. */
const progressBases: Basis[] = ['cityPlan', 'annualPlan', 'plan', 'districtTarget'];

/**
 * Progress through each year: the share of the annual plan at every report from January (quý I,
 * 6 months, 9 months, the year), to be read against the time elapsed. Shares of a plan compare
 * across periods of any length, where the amounts of a quarter and a year do not.
 */
export function progressSeries(reports: readonly Report[], indicator: Indicator): ProgressSeries | undefined {
  const shares = reports
    .filter((report) => isYearToDate(report.period))
    .flatMap((report) => {
      const figure = mainFigure(report, indicator.id);
      return (figure?.percentages ?? []).map((percentage) => ({ figure: figure!, percentage }));
    });
  const basis = progressBases.find((candidate) => shares.some((share) => share.percentage.basis === candidate));
  if (!basis) return undefined;
  const points = shares
    .filter((share) => share.percentage.basis === basis)
    .map(({ figure, percentage }) => ({
      period: figure.period,
      value: percentage.value,
      decimals: percentage.decimals,
      estimate: figure.estimate,
    }))
    .sort((a, b) => comparePeriods(a.period, b.period));
  const years = [...new Set(points.map((point) => point.period.year))].map((year) => ({
    year,
    points: points.filter((point) => point.period.year === year),
  }));
  return { indicator, basis, years };
}
