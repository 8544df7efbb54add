import { screen } from '@testing-library/react';
import { expect } from 'vitest';
import { createHandlers, reportsFrom } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { formatPeriod } from '../../src/lib/format';
import { inLocale } from '../../src/lib/locale';
import { byEnd, latestOf } from '../../src/lib/periods';
import { Report, type PeriodSummary } from '../../src/lib/report-schema';

/**
 * The reports of mocks/data as the mock API serves them, read from the files: a test about "the
 * latest report" or "every report" asks here, so a report file added to the data breaks no test.
 */
export const dataReports: Report[] = byEnd(
  reportsFrom(import.meta.glob('../../mocks/data/reports/*.json', { eager: true, import: 'default' })).map((document) =>
    Report.parse(document),
  ),
);

/** What `GET /periods` says of each report, in the same order. */
export const dataPeriods: PeriodSummary[] = dataReports.map((report) => ({
  reportId: report.source.id,
  period: report.period,
  reportingUnit: report.reportingUnit,
  title: report.source.title,
  publishedOn: report.source.publishedOn,
}));

/** The default view: the report ending last, the longer of two ending together. */
export const latestReport: Report = latestOf(dataReports)!;

/** A report of mocks/data by its id, for tests about what that report states. */
export function dataReport(id: string): Report {
  const found = dataReports.find((report) => report.source.id === id);
  if (!found) throw new Error(`no report ${id} in mocks/data`);
  return found;
}

/** The real 9-month review of 2023 and the real review of the year 2024. */
export const report2023Id = 'lechan-2023-9m';
export const report2024Id = 'lechan-2024-year';

/** Serves exactly these reports for the rest of the test (the handlers are reset after each test). */
export function serveReports(reports: readonly unknown[]): void {
  server.use(...createHandlers(reportsFrom(Object.fromEntries(reports.map((report, index) => [index, report])))));
}

/** Serves only the two real reviews, for tests about the filter or comparison of exactly those two. */
export function serveTheTwoReviews(): void {
  serveReports([dataReport(report2023Id), dataReport(report2024Id)]);
}

/**
 * Waits for the heading of the report shown and checks it names the report's period and unit, as the
 * data states them ("Năm 2024", "Quận Lê Chân"), whether the unit shares the period's line or not.
 */
export async function findReportHeading(report: Report, language: 'vi' | 'en' = 'vi'): Promise<HTMLElement> {
  const period = inLocale(language, () => formatPeriod(report.period));
  const unit =
    language === 'en' ? (report.reportingUnit.en?.name ?? report.reportingUnit.name) : report.reportingUnit.name;
  const line = await screen.findByText(
    (_, element) =>
      Boolean(
        element?.matches('.report-heading__period') &&
        (element.textContent === period || element.textContent?.startsWith(`${period} · `)),
      ),
    {},
    { timeout: 3000 },
  );
  const heading = line.closest<HTMLElement>('.report-heading')!;
  expect(heading).toHaveTextContent(unit);
  return heading;
}
