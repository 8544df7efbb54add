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
  const years = new Map<number, string>();
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
    const { year } = report.data.period;
    const other = years.get(year);
    if (other)
      problems.push({
        file: reportFile.file,
        path: 'period.year',
        message: `year ${year} is also the period of ${other}`,
      });
    years.set(year, reportFile.file);
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
