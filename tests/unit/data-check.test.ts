import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset, type DataFile } from '../../mocks/check-data';

const root = join(import.meta.dirname, '../..');

/** The files of a data directory, named relative to the repository as the CLI names them. */
function readDataDir(dir: string): { catalogue: DataFile; reports: DataFile[] } {
  const read = (path: string): DataFile => ({ file: path, text: readFileSync(join(root, path), 'utf8') });
  const reports = readdirSync(join(root, dir, 'reports'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => read(`${dir}/reports/${name}`));
  return { catalogue: read(`${dir}/indicators.json`), reports };
}

function runDataCheck(dir: string) {
  return spawnSync('npx', ['tsx', 'scripts/data-check.ts', dir], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('checkDataset', () => {
  it('finds no problem in the real dataset', () => {
    const { catalogue, reports } = readDataDir('mocks/data');
    expect(reports.length).toBeGreaterThan(0);
    expect(checkDataset(catalogue, reports)).toEqual([]);
  });

  it('finds no problem when a third, 2025 report is added', () => {
    const { catalogue, reports } = readDataDir('tests/fixtures/data-2025');
    expect(reports.map((report) => report.file)).toEqual([
      'tests/fixtures/data-2025/reports/2023-9-thang.json',
      'tests/fixtures/data-2025/reports/2024-ca-nam.json',
      'tests/fixtures/data-2025/reports/2025-9-thang-gia-lap.json',
    ]);
    expect(checkDataset(catalogue, reports)).toEqual([]);
  });

  it('finds no problem in the simulated history of seven reports', () => {
    const { catalogue, reports } = readDataDir('tests/fixtures/data-history');
    expect(reports).toHaveLength(7);
    expect(checkDataset(catalogue, reports)).toEqual([]);
  });

  it('names the file and the path of a value that is not a number', () => {
    const { catalogue, reports } = readDataDir('tests/fixtures/data-broken');
    const problems = checkDataset(catalogue, reports);
    expect(problems).toContainEqual({
      file: 'tests/fixtures/data-broken/reports/2023-value-not-a-number.json',
      path: 'figures.0.value',
      message: expect.stringContaining('number'),
    });
  });

  it('reports a file that is not valid JSON at its root', () => {
    const { catalogue, reports } = readDataDir('tests/fixtures/data-broken');
    const problems = checkDataset(catalogue, reports);
    expect(problems).toContainEqual({
      file: 'tests/fixtures/data-broken/reports/2024-not-json.json',
      path: '(gốc)',
      message: expect.stringContaining('not valid JSON'),
    });
    expect(problems).toHaveLength(2);
  });

  it('reports two files for the same period and unit, and two reports with the same id, naming the first', () => {
    const { catalogue, reports } = readDataDir('tests/fixtures/data-broken-duplicates');
    const first = 'tests/fixtures/data-broken-duplicates/reports/2023-9-thang-goc.json';
    expect(checkDataset(catalogue, reports)).toEqual([
      {
        file: 'tests/fixtures/data-broken-duplicates/reports/2023-9-thang-trung-ky.json',
        path: 'period',
        message: `quan-le-chan already reports 2023, months 1–9 in ${first}: one file per period and unit`,
      },
      {
        file: 'tests/fixtures/data-broken-duplicates/reports/2024-9-thang-trung-ma.json',
        path: 'source.id',
        message: `report id "lechan-2023-9m" is also the id of ${first}: each report needs its own`,
      },
    ]);
  });

  it('accepts several reports a year, and one period reported by two units', () => {
    const { catalogue, reports } = readDataDir('mocks/data');
    const report2023 = reports.find((report) => report.file.endsWith('2023-9-thang.json'));
    if (!report2023) throw new Error('no 2023 report');
    const document = JSON.parse(report2023.text) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const september = structuredClone(document);
    september.source.id = 'lechan-2023-09';
    september.period = { year: 2023, firstMonth: 9, lastMonth: 9 };
    september.figures = document.figures.filter((figure: { id: string }) => figure.id.endsWith('2023-09'));
    const ward = structuredClone(document);
    ward.source.id = 'anbien-2023-9m';
    ward.reportingUnit = { id: 'phuong-an-bien', name: 'Phường An Biên' };
    const problems = checkDataset(catalogue, [
      report2023,
      { file: 'september.json', text: JSON.stringify(september) },
      { file: 'ward.json', text: JSON.stringify(ward) },
    ]);
    expect(problems).toEqual([]);
  });

  it('names the file and field of a period that does not parse, and of a figure outside its report’s period', () => {
    const { catalogue, reports } = readDataDir('tests/fixtures/data-broken-periods');
    const problems = checkDataset(catalogue, reports);
    const dir = 'tests/fixtures/data-broken-periods/reports';
    expect(problems).toContainEqual({
      file: `${dir}/2023-ky-nguoc.json`,
      path: 'period.lastMonth',
      message: 'lastMonth must not come before firstMonth',
    });
    for (const field of ['firstMonth', 'lastMonth']) {
      expect(problems).toContainEqual({
        file: `${dir}/2023-ky-kieu-cu.json`,
        path: `period.${field}`,
        message: expect.stringContaining('expected number'),
      });
    }
    // A 6-month report cannot hold September's figures.
    const outside = problems.filter((problem) => problem.file === `${dir}/2023-6-thang-so-lieu-ngoai-ky.json`);
    expect(outside.map((problem) => problem.path)).toEqual([
      'figures.0.period',
      'figures.3.period',
      'figures.5.period',
      'figures.7.period',
    ]);
    for (const problem of outside) expect(problem.message).toBe("the figure's period lies outside the report's period");
  });

  it('reports a figure whose indicator the catalogue does not define', () => {
    const { catalogue, reports } = readDataDir('mocks/data');
    const [report2023] = reports;
    if (!report2023) throw new Error('no 2023 report');
    const document = JSON.parse(report2023.text) as { figures: { indicator: string }[] };
    const [first] = document.figures;
    if (first) first.indicator = 'tourist-arrivals';
    const problems = checkDataset(catalogue, [{ file: 'unknown.json', text: JSON.stringify(document) }]);
    expect(problems).toEqual([
      { file: 'unknown.json', path: 'figures.0.indicator', message: 'unknown indicator "tourist-arrivals"' },
    ]);
  });

  it('reports a broken catalogue', () => {
    const { reports } = readDataDir('mocks/data');
    const problems = checkDataset({ file: 'indicators.json', text: '{"indicators": []}' }, reports);
    expect(problems).toEqual([{ file: 'indicators.json', path: 'indicators', message: expect.any(String) }]);
  });

  it('reports a data directory without report files', () => {
    const { catalogue } = readDataDir('mocks/data');
    expect(checkDataset(catalogue, [])).toEqual([{ file: '(none)', path: '', message: 'no report files found' }]);
  });
});

describe('the data:check CLI', () => {
  it('fails on the broken fixtures, naming each file and the path inside it', { timeout: 60_000 }, () => {
    const result = runDataCheck('tests/fixtures/data-broken');
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(result.stderr).toContain(
      'tests/fixtures/data-broken/reports/2023-value-not-a-number.json: figures.0.value:',
    );
    expect(result.stderr).toContain('tests/fixtures/data-broken/reports/2024-not-json.json: (gốc): not valid JSON');
    expect(result.stderr).toContain('2 problem(s)');
  });

  it('passes on the 2025 fixtures and lists the three report files', { timeout: 60_000 }, () => {
    const result = runDataCheck('tests/fixtures/data-2025');
    expect(result.stderr).not.toContain('problem');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('3 report file(s) valid');
    for (const name of ['2023-9-thang.json', '2024-ca-nam.json', '2025-9-thang-gia-lap.json']) {
      expect(result.stdout).toContain(`tests/fixtures/data-2025/reports/${name}`);
    }
  });

  it('passes on the real dataset by default, naming every report file', { timeout: 60_000 }, () => {
    const result = spawnSync('npx', ['tsx', 'scripts/data-check.ts'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    const files = readDataDir('mocks/data').reports.map((report) => report.file);
    expect(result.stdout).toContain(`${files.length} report file(s) valid`);
    for (const file of files) expect(result.stdout).toContain(file);
  });

  it('fails on duplicate periods and ids, naming each file and field', { timeout: 60_000 }, () => {
    const result = runDataCheck('tests/fixtures/data-broken-duplicates');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'tests/fixtures/data-broken-duplicates/reports/2023-9-thang-trung-ky.json: period:',
    );
    expect(result.stderr).toContain(
      'tests/fixtures/data-broken-duplicates/reports/2024-9-thang-trung-ma.json: source.id: report id "lechan-2023-9m"',
    );
    expect(result.stderr).toContain('2 problem(s)');
  });
});
