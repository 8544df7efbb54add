import type { Figure, Period, TargetSet } from '../../src/lib/report-schema';
import { sameNumber } from '../../mocks/written-numbers';

/**
 * How close a draft comes to the figures a person wrote by hand. A figure is exactly right when its
 * value, precision, unit, period, percentages (value, precision, basis, form), estimate flag, ratio
 * and qualifier all match; the indicator is scored apart, since a catalogue may hold a finer entry
 * than the text names ("party-members-alongside-cells").
 */

export type ExpectedFigure = Pick<
  Figure,
  'indicator' | 'period' | 'value' | 'decimals' | 'unit' | 'estimate' | 'percentages'
> &
  Partial<Pick<Figure, 'ratio' | 'qualifier'>>;

export type ExpectedTargetSet = Pick<TargetSet, 'total' | 'bands'>;

export type Mismatch = { expected: ExpectedFigure; drafted: Figure | null; fields: string[] };

export type Score = {
  expected: number;
  drafted: number;
  exact: number;
  indicatorAgrees: number;
  spurious: Figure[];
  mismatches: Mismatch[];
  targetSets: { expected: number; exact: number; drafted: number };
};

const samePeriod = (a: Period, b: Period) =>
  a.year === b.year && a.firstMonth === b.firstMonth && a.lastMonth === b.lastMonth;

const sameValue = (a: number | null, b: number | null) => (a === null || b === null ? a === b : sameNumber(a, b));

const percentageKey = (percentage: Figure['percentages'][number]) =>
  `${percentage.value}|${percentage.decimals}|${percentage.basis}|${percentage.form ?? 'growth'}`;

/** The fields of `drafted` that differ from `expected`. */
export function differences(expected: ExpectedFigure, drafted: Figure): string[] {
  const fields: string[] = [];
  if (!sameValue(expected.value, drafted.value)) fields.push('value');
  if (expected.decimals !== drafted.decimals) fields.push('decimals');
  if (expected.unit !== drafted.unit) fields.push('unit');
  if (!samePeriod(expected.period, drafted.period)) fields.push('period');
  if (expected.estimate !== drafted.estimate) fields.push('estimate');
  const keys = (figure: ExpectedFigure | Figure) => figure.percentages.map(percentageKey).sort().join(',');
  if (keys(expected) !== keys(drafted)) fields.push('percentages');
  const ratio = (figure: ExpectedFigure | Figure) =>
    figure.ratio ? `${figure.ratio.numerator}/${figure.ratio.denominator}` : '';
  if (ratio(expected) !== ratio(drafted)) fields.push('ratio');
  if ((expected.qualifier ?? '') !== (drafted.qualifier ?? '')) fields.push('qualifier');
  return fields;
}

/** The drafted figure that stands for `expected`: same value (or both none), then same indicator, then same period. */
function counterpart(expected: ExpectedFigure, candidates: Figure[]): Figure | null {
  const sameStatedValue = candidates.filter(
    (figure) =>
      sameValue(expected.value, figure.value) &&
      (expected.value !== null ||
        figure.indicator === expected.indicator ||
        samePeriod(figure.period, expected.period)),
  );
  const rank = (figure: Figure) =>
    (figure.indicator === expected.indicator ? 2 : 0) + (samePeriod(figure.period, expected.period) ? 1 : 0);
  return sameStatedValue.sort((a, b) => rank(b) - rank(a))[0] ?? null;
}

const bandsKey = (set: ExpectedTargetSet) =>
  `${set.total}:${set.bands.map((band) => `${band.kind}-${band.count}-${band.range?.join('-') ?? ''}`).join(',')}`;

export function scoreDraft(
  expected: ExpectedFigure[],
  drafted: Figure[],
  expectedSets: ExpectedTargetSet[] = [],
  draftedSets: ExpectedTargetSet[] = [],
): Score {
  const unpaired = [...drafted];
  const mismatches: Mismatch[] = [];
  let exact = 0;
  let indicatorAgrees = 0;
  for (const figure of expected) {
    const match = counterpart(figure, unpaired);
    if (!match) {
      mismatches.push({ expected: figure, drafted: null, fields: ['missing'] });
      continue;
    }
    unpaired.splice(unpaired.indexOf(match), 1);
    const fields = differences(figure, match);
    if (fields.length === 0) exact += 1;
    else mismatches.push({ expected: figure, drafted: match, fields });
    if (match.indicator === figure.indicator) indicatorAgrees += 1;
  }
  const draftedKeys = draftedSets.map(bandsKey);
  const setsExact = expectedSets.filter((set) => {
    const at = draftedKeys.indexOf(bandsKey(set));
    if (at >= 0) draftedKeys.splice(at, 1);
    return at >= 0;
  }).length;
  return {
    expected: expected.length,
    drafted: drafted.length,
    exact,
    indicatorAgrees,
    spurious: unpaired,
    mismatches,
    targetSets: { expected: expectedSets.length, exact: setsExact, drafted: draftedSets.length },
  };
}

/** Scores of several reports added up. */
export function totalScore(scores: Score[]): Score {
  return scores.reduce(
    (total, score) => ({
      expected: total.expected + score.expected,
      drafted: total.drafted + score.drafted,
      exact: total.exact + score.exact,
      indicatorAgrees: total.indicatorAgrees + score.indicatorAgrees,
      spurious: [...total.spurious, ...score.spurious],
      mismatches: [...total.mismatches, ...score.mismatches],
      targetSets: {
        expected: total.targetSets.expected + score.targetSets.expected,
        exact: total.targetSets.exact + score.targetSets.exact,
        drafted: total.targetSets.drafted + score.targetSets.drafted,
      },
    }),
    scoreDraft([], []),
  );
}

export const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
