import type { Figure, Percentage, Report, TargetSet } from '../src/lib/report-schema';
import type { DataProblem } from './check-data';
import { findNumbers, sameNumber, writeNumber, type WrittenNumber } from './written-numbers';

/**
 * Every stated number of a figure must be found in its quote as the report writes it, so a typo in a
 * data file (641,796 for 641,769) cannot reach a meeting with a verbatim-looking source beside it.
 * Numbers are compared as numbers at the written precision, which admits the report's own notation:
 * a missing thousands mark, a leading zero, a space before `%`.
 */

type Occurrence = WrittenNumber & { after: string; before: string };

/** The numbers of a quote, each with the words that follow it and the clause that leads up to it. */
function occurrences(quote: string): Occurrence[] {
  return findNumbers(quote)
    .filter((number) => number.wellFormed)
    .map((number) => ({
      ...number,
      after: quote.slice(number.end, number.end + 16),
      // Back to the previous clause mark: "tăng 3%, giảm 2%" gives each number its own verb.
      before: quote.slice(0, number.start).split(/[,;(]/).pop() ?? '',
    }));
}

const isPercent = (occurrence: Occurrence) => /^\s?%/.test(occurrence.after);
const isMillions = (occurrence: Occurrence) => /^(?:\s?\/\s?[\d.,]+)?\s*triệu/.test(occurrence.after);
const writtenAsFall = (occurrence: Occurrence) => /(giảm|thấp hơn)\s*$/.test(occurrence.before.trimEnd() + ' ');

/** The value as stored, or as millions of đồng converted to billions by the drafter (÷ 1 000, three more decimals). */
function writesAmount(occurrence: Occurrence, value: number, decimals: number): boolean {
  if (isPercent(occurrence)) return false;
  if (occurrence.decimals === decimals && sameNumber(occurrence.value, value)) return true;
  return isMillions(occurrence) && occurrence.decimals === decimals - 3 && sameNumber(occurrence.value / 1000, value);
}

function writesPercentage(occurrence: Occurrence, percentage: Percentage): boolean {
  if (!isPercent(occurrence) || occurrence.decimals !== percentage.decimals) return false;
  if (!sameNumber(occurrence.value, Math.abs(percentage.value))) return false;
  // A growth stored as −3 is written "giảm 3%"; one stored as +3 must not be.
  const growth = percentage.basis === 'samePeriodLastYear' && percentage.form !== 'index';
  return !growth || percentage.value === 0 || writtenAsFall(occurrence) === percentage.value < 0;
}

function writesRatio(found: Occurrence[], ratio: NonNullable<Figure['ratio']>): boolean {
  return found.some((numerator, index) => {
    const denominator = found[index + 1];
    if (!denominator || !/^\s?\/\s?$/.test(numerator.after.slice(0, denominator.start - numerator.end))) return false;
    const scale = isMillions(denominator) ? 1000 : 1;
    return (
      sameNumber(numerator.value / scale, ratio.numerator) && sameNumber(denominator.value / scale, ratio.denominator)
    );
  });
}

function percentageLabel(percentage: Percentage): string {
  const written = `${writeNumber(Math.abs(percentage.value), percentage.decimals)}%`;
  return percentage.value < 0 ? `giảm ${written}` : written;
}

function checkFigure(figure: Figure, path: string): { path: string; message: string }[] {
  const found = occurrences(figure.quote);
  const missing: { path: string; message: string }[] = [];
  const notFound = (what: string) => `figure "${figure.id}": ${what} is not in its quote`;
  if (figure.value !== null) {
    const { value, decimals } = figure;
    if (!found.some((occurrence) => writesAmount(occurrence, value, decimals)))
      missing.push({ path: `${path}.value`, message: notFound(`value ${writeNumber(value, decimals)}`) });
  }
  figure.percentages.forEach((percentage, index) => {
    if (!found.some((occurrence) => writesPercentage(occurrence, percentage)))
      missing.push({
        path: `${path}.percentages.${index}`,
        message: notFound(`percentage ${percentageLabel(percentage)}`),
      });
  });
  if (figure.ratio && !writesRatio(found, figure.ratio))
    missing.push({
      path: `${path}.ratio`,
      message: notFound(`ratio ${figure.ratio.numerator}/${figure.ratio.denominator}`),
    });
  const { detail } = figure;
  if (detail && !found.some((occurrence) => sameNumber(occurrence.value, detail.value)))
    missing.push({ path: `${path}.detail.value`, message: notFound(`detail ${detail.value}`) });
  return missing;
}

function checkTargetSet(set: TargetSet, path: string): { path: string; message: string }[] {
  const found = occurrences(set.quote);
  const written = (value: number) => found.some((occurrence) => sameNumber(occurrence.value, value));
  const notFound = (what: string) => `target set "${set.id}": ${what} is not in its quote`;
  const missing = written(set.total) ? [] : [{ path: `${path}.total`, message: notFound(`total ${set.total}`) }];
  set.bands.forEach((band, index) => {
    const values = [...(band.count === null ? [] : [band.count]), ...(band.range ?? [])];
    const absent = values.filter((value) => !written(value));
    if (absent.length > 0)
      missing.push({ path: `${path}.bands.${index}`, message: notFound(`band ${band.kind} ${absent.join(', ')}`) });
  });
  return missing;
}

/** The figures and target sets of `report` whose numbers their quotes do not bear out. */
export function checkQuotes(file: string, report: Report): DataProblem[] {
  return [
    ...report.figures.flatMap((figure, index) => checkFigure(figure, `figures.${index}`)),
    ...report.targetSets.flatMap((set, index) => checkTargetSet(set, `targetSets.${index}`)),
  ].map((problem) => ({ file, ...problem }));
}
