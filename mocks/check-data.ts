import { en } from 'zod/locales';
import { config } from 'zod/mini';
import { IndicatorCatalogue, Report } from '../src/lib/report-schema';
import { checkQuotes } from './quote-check';
import { checkReviewed } from './review-check';

// Messages in words ("expected number, received string"): the app's bundle leaves zod's locale out,
// and says only "Invalid input" with the field's path.
config(en());

export type DataProblem = { file: string; path: string; message: string };
export type DataFile = { file: string; text: string };

function parseJson(file: DataFile, problems: DataProblem[]): unknown {
  try {
    return JSON.parse(file.text);
  } catch (error) {
    problems.push({ file: file.file, path: '(gốc)', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** What must be unique across the report files, with the file that first held it. */
type SeenReports = { periods: Map<string, string>; ids: Map<string, string> };

/**
 * Several reports a year are normal (quý I, 6 months, 9 months, the year, single months), but one unit
 * reports a period once, and a report's id names one file: links and the API find a report by it.
 */
function checkUniqueAcrossFiles(file: string, report: Report, seen: SeenReports): DataProblem[] {
  const problems: DataProblem[] = [];
  const { year, firstMonth, lastMonth } = report.period;
  const period = `${year}, months ${firstMonth}–${lastMonth}`;
  const periodKey = `${report.reportingUnit.id}|${year}|${firstMonth}|${lastMonth}`;
  const samePeriod = seen.periods.get(periodKey);
  if (samePeriod) {
    problems.push({
      file,
      path: 'period',
      message: `${report.reportingUnit.id} already reports ${period} in ${samePeriod}: one file per period and unit`,
    });
  } else seen.periods.set(periodKey, file);
  const sameId = seen.ids.get(report.source.id);
  if (sameId) {
    problems.push({
      file,
      path: 'source.id',
      message: `report id "${report.source.id}" is also the id of ${sameId}: each report needs its own`,
    });
  } else seen.ids.set(report.source.id, file);
  return problems;
}

/** Validates the catalogue and every report file, and what ties them together. */
export function checkDataset(catalogueFile: DataFile, reportFiles: DataFile[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const catalogue = IndicatorCatalogue.safeParse(parseJson(catalogueFile, problems));
  if (!catalogue.success) {
    for (const issue of catalogue.error.issues) {
      problems.push({ file: catalogueFile.file, path: issue.path.join('.') || '(gốc)', message: issue.message });
    }
  }
  const known = new Set(catalogue.data?.indicators.map((indicator) => indicator.id));
  const seen: SeenReports = { periods: new Map(), ids: new Map() };
  for (const reportFile of reportFiles) {
    const json = parseJson(reportFile, problems);
    if (json === undefined) continue;
    const report = Report.safeParse(json);
    if (!report.success) {
      for (const issue of report.error.issues) {
        problems.push({ file: reportFile.file, path: issue.path.join('.') || '(gốc)', message: issue.message });
      }
      continue;
    }
    problems.push(...checkUniqueAcrossFiles(reportFile.file, report.data, seen));
    problems.push(...checkReviewed(reportFile.file, report.data), ...checkQuotes(reportFile.file, report.data));
    report.data.figures.forEach((figure, index) => {
      if (catalogue.success && !known.has(figure.indicator)) {
        problems.push({
          file: reportFile.file,
          path: `figures.${index}.indicator`,
          message: `unknown indicator "${figure.indicator}"`,
        });
      }
    });
  }
  if (reportFiles.length === 0) problems.push({ file: '(none)', path: '', message: 'no report files found' });
  return problems;
}
