import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../mocks/check-data';
import { checkQuotes } from '../../mocks/quote-check';
import { checkReviewed } from '../../mocks/review-check';
import { Report, type Figure } from '../../src/lib/report-schema';

const root = join(import.meta.dirname, '../..');
const shipped = ['2023-9-thang.json', '2024-ca-nam.json'].map((name) => ({
  file: `mocks/data/reports/${name}`,
  text: readFileSync(join(root, 'mocks/data/reports', name), 'utf8'),
}));
const catalogue = { file: 'indicators.json', text: readFileSync(join(root, 'mocks/data/indicators.json'), 'utf8') };

function reportWith(figure: Partial<Figure>): Report {
  const report = Report.parse(JSON.parse(shipped[0]!.text));
  return { ...report, targetSets: [], figures: [{ ...report.figures[0]!, ...figure }] };
}

describe('checkQuotes', () => {
  it('finds every number of the shipped figures and target sets in their quotes', () => {
    for (const { file, text } of shipped) expect(checkQuotes(file, Report.parse(JSON.parse(text)))).toEqual([]);
  });

  it('names the file and the figure whose value the quote does not bear out', () => {
    const report = reportWith({ value: 55.8 });
    expect(checkQuotes('a.json', report)).toEqual([
      { file: 'a.json', path: 'figures.0.value', message: expect.stringContaining(`"${report.figures[0]!.id}"`) },
    ]);
  });

  it('holds the value to the precision written: 55,30 is not 55,3', () => {
    expect(checkQuotes('a.json', reportWith({ decimals: 2 }))).toHaveLength(1);
  });

  it('accepts the report’s own notation: no thousands mark, a leading zero, a space before %', () => {
    const report = reportWith({
      value: 6220.4,
      decimals: 1,
      percentages: [{ value: 5, decimals: 0, basis: 'unspecified' }],
      quote: 'ước đạt 6220,4 tỷ đồng, bằng 05 %',
    });
    expect(checkQuotes('a.json', report)).toEqual([]);
  });

  it('reads a fall stored as −3 as "giảm 3%", and refuses +3 written that way', () => {
    const quote = 'thu thuế đạt 55,3 tỷ đồng, giảm 3% so với cùng kỳ';
    const fall = { value: -3, decimals: 0, basis: 'samePeriodLastYear' as const };
    expect(checkQuotes('a.json', reportWith({ quote, percentages: [fall] }))).toEqual([]);
    expect(checkQuotes('a.json', reportWith({ quote, percentages: [{ ...fall, value: 3 }] }))).toEqual([
      { file: 'a.json', path: 'figures.0.percentages.0', message: expect.stringContaining('3%') },
    ]);
  });

  it('finds an amount converted from triệu đồng, and a ratio', () => {
    const report = reportWith({
      value: 3.12,
      decimals: 3,
      ratio: { numerator: 3.12, denominator: 2.54 },
      percentages: [{ value: 122.8, decimals: 1, basis: 'target' }],
      quote: 'Thu tiền thuê đất đạt 3.120/2.540 triệu đồng, đạt 122,8%',
    });
    expect(checkQuotes('a.json', report)).toEqual([]);
    expect(
      checkQuotes('a.json', {
        ...report,
        figures: [{ ...report.figures[0]!, ratio: { numerator: 3.12, denominator: 2.45 } }],
      }),
    ).toEqual([{ file: 'a.json', path: 'figures.0.ratio', message: expect.stringContaining('3.12/2.45') }]);
  });

  it('skips the value of a figure that states only a percentage', () => {
    const report = reportWith({ value: null, percentages: [{ value: 6.01, decimals: 2, basis: 'cityPlan' }] });
    expect(checkQuotes('a.json', report)).toEqual([]);
  });
});

describe('checkReviewed, through checkDataset', () => {
  it('refuses a data file that still holds an unreviewed figure, naming the file and the figure', () => {
    const document = JSON.parse(shipped[1]!.text) as { figures: { id: string; reviewed?: boolean }[] };
    document.figures[2]!.reviewed = false;
    const problems = checkDataset(catalogue, [{ file: 'draft.json', text: JSON.stringify(document) }]);
    expect(problems).toEqual([
      { file: 'draft.json', path: 'figures.2.reviewed', message: expect.stringContaining(document.figures[2]!.id) },
    ]);
  });

  it('lets a reviewed mark set to true through', () => {
    const report = Report.parse(JSON.parse(shipped[0]!.text));
    const reviewed = { ...report, figures: report.figures.map((figure) => ({ ...figure, reviewed: true })) };
    expect(checkReviewed('a.json', reviewed)).toEqual([]);
  });
});
