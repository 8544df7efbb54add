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
    expect(reports).toHaveLength(2);
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

  it('reports two files for the same year', () => {
    const { catalogue, reports } = readDataDir('mocks/data');
    const [report2023] = reports;
    if (!report2023) throw new Error('no 2023 report');
    const problems = checkDataset(catalogue, [report2023, { file: 'copy-of-2023.json', text: report2023.text }]);
    expect(problems).toEqual([
      { file: 'copy-of-2023.json', path: 'period.year', message: expect.stringContaining(report2023.file) },
    ]);
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

  it('passes on the real dataset by default', { timeout: 60_000 }, () => {
    const result = spawnSync('npx', ['tsx', 'scripts/data-check.ts'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 report file(s) valid');
  });
});
