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

/** A period as a Vietnamese reader writes it: "Tháng 9/2023", "9 tháng đầu năm 2023", "Năm 2024". */
export function periodWords(period: Report['period']): string {
  if (period.firstMonth === period.lastMonth) return `Tháng ${period.lastMonth}/${period.year}`;
  if (period.lastMonth === 12) return `Năm ${period.year}`;
  return `${period.lastMonth} tháng đầu năm ${period.year}`;
}
