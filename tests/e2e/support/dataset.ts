import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { latestOf } from '../../../src/lib/periods';
import type { Report } from '../../../src/lib/report-schema';

/** The dataset files, read as stored (inside the repository), to hold the app's output against. */
export const reportsDir = join(import.meta.dirname, '../../../mocks/data/reports');

/** The report files as they are on disk, unvalidated JSON typed as reports. */
export function datasetReports(): Report[] {
  return readdirSync(reportsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(reportsDir, name), 'utf8')) as Report);
}

/** The report `/?year=<year>` opens: the latest ending in that year, whatever else the year holds. */
export function datasetReport(year: number): Report {
  const found = latestOf(datasetReports().filter((report) => report.period.year === year));
  if (!found) throw new Error(`no report for ${year} in mocks/data/reports`);
  return found;
}

/** The report `/` opens: the one that ends last, the longer of two ending together. */
export function latestDatasetReport(): Report {
  return latestOf(datasetReports())!;
}

const quarterNames = ['I', 'II', 'III', 'IV'];

/** A period as a Vietnamese reader writes it: "Tháng 9/2023", "Quý I/2023", "9 tháng đầu năm 2023", "Năm 2024". */
export function periodWords(period: Report['period']): string {
  const { year, firstMonth, lastMonth } = period;
  if (firstMonth === lastMonth) return `Tháng ${lastMonth}/${year}`;
  if (firstMonth === 1 && lastMonth === 12) return `Năm ${year}`;
  if (lastMonth - firstMonth === 2 && firstMonth % 3 === 1) return `Quý ${quarterNames[lastMonth / 3 - 1]}/${year}`;
  if (firstMonth === 1) return `${lastMonth} tháng đầu năm ${year}`;
  return `Tháng ${firstMonth}–${lastMonth}/${year}`;
}
