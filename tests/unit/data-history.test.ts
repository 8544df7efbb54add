import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataDir, dataDirVariable } from '../../build/data-dir';
import { checkDataset, type DataFile } from '../../mocks/check-data';
import { writeHistory } from '../../scripts/data-history/cli';
import { generateHistory, historyYears } from '../../scripts/data-history/history';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'history-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The folder's files as the data check reads them. */
function readDataDir(dir: string): { catalogue: DataFile; reports: DataFile[] } {
  const read = (path: string): DataFile => ({ file: path, text: readFileSync(path, 'utf8') });
  const reports = readdirSync(join(dir, 'reports'))
    .sort()
    .map((name) => read(join(dir, 'reports', name)));
  return { catalogue: read(join(dir, 'indicators.json')), reports };
}

const texts = (files: DataFile[]) => files.map((file) => [file.file.split('/').at(-1), file.text]);

describe('the simulated history', () => {
  it('writes the same files on two runs, and other figures with another seed', () => {
    writeHistory(join(work, 'a'));
    writeHistory(join(work, 'b'));
    writeHistory(join(work, 'c'), 7);
    const a = readDataDir(join(work, 'a')).reports;
    expect(texts(readDataDir(join(work, 'b')).reports)).toEqual(texts(a));
    expect(texts(readDataDir(join(work, 'c')).reports)).not.toEqual(texts(a));
  });

  it('holds 24 reports: quý I, 6 months, 9 months and the year of six years', () => {
    const periods = generateHistory().map(({ report }) => report.period);
    expect(periods).toHaveLength(24);
    const expected = historyYears.flatMap((year) =>
      [3, 6, 9, 12].map((lastMonth) => ({ year, firstMonth: 1, lastMonth })),
    );
    expect(periods).toEqual(expected);
  });

  it('passes the data checks: schema, quotes bearing out every number, reviewed, unique periods and ids', () => {
    const { catalogue, reports } = readDataDir(join(work, 'a'));
    expect(reports).toHaveLength(24);
    expect(checkDataset(catalogue, reports)).toEqual([]);
  });

  it('would fail the checks with a value its quote does not write', () => {
    const { catalogue, reports } = readDataDir(join(work, 'a'));
    const [first, ...rest] = reports;
    const report = JSON.parse(first!.text);
    report.figures[0].value += 1;
    const problems = checkDataset(catalogue, [{ ...first!, text: JSON.stringify(report) }, ...rest]);
    expect(problems).toContainEqual(expect.objectContaining({ file: first!.file, path: 'figures.0.value' }));
  });

  it('says in every title and source that the figures are simulated', () => {
    for (const { report } of generateHistory()) {
      expect(report.source.title).toMatch(/^DỮ LIỆU GIẢ LẬP/);
      expect(report.source.outlet).toBe('Dữ liệu giả lập');
      expect(report.source.note).toContain('giả lập');
      expect(report.source.id).toMatch(/^gia-lap-/);
    }
  });

  it('has shares of plan rising through each year, and year totals growing from year to year', () => {
    const history = generateHistory();
    const indicators = new Set(history.flatMap(({ report }) => report.figures.map((figure) => figure.indicator)));
    for (const indicator of indicators) {
      const figures = history.flatMap(({ report }) => report.figures.filter((f) => f.indicator === indicator));
      for (const year of historyYears) {
        const inYear = figures.filter((figure) => figure.period.year === year);
        const shares = inYear.map((figure) => figure.percentages.find((p) => p.basis !== 'samePeriodLastYear')!.value);
        expect(shares, `${indicator} ${year}`).toEqual([...shares].sort((a, b) => a - b));
      }
      if (figures[0]!.unit !== 'billionVnd') continue;
      const totals = figures.filter((figure) => figure.period.lastMonth === 12).map((figure) => figure.value!);
      expect(totals, indicator).toEqual([...totals].sort((a, b) => a - b));
    }
  });

  it('refuses to write into mocks/data', () => {
    expect(() => writeHistory(join(root, 'mocks/data'))).toThrow('never go into mocks/data');
  });
});

describe('the data directory of a build', () => {
  it('is mocks/data unless KPI_DATA_DIR names another, relative to the root or absolute', () => {
    expect(dataDir({})).toBe(join(root, 'mocks/data'));
    expect(dataDir({ [dataDirVariable]: 'tests/fixtures/data-history' })).toBe(
      join(root, 'tests/fixtures/data-history'),
    );
    expect(dataDir({ [dataDirVariable]: work })).toBe(work);
  });
});
