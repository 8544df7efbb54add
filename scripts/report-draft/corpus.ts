import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IndicatorCatalogue, Report, type Indicator, type Period } from '../../src/lib/report-schema';
import type { ExpectedFigure, ExpectedTargetSet } from './score';
import { normalizeReportText } from './text';

/**
 * The texts the drafter is measured on, each with the figures a person expects from it: the real
 * reports (`../shared/seeds`, scored against the hand-made files in `mocks/data/reports`) and the
 * simulated reports in `tests/fixtures/report-texts` (scored against their `.expected.json`).
 */

export type Case = {
  name: string;
  text: string;
  expected: { period?: Period; figures: ExpectedFigure[]; targetSets: ExpectedTargetSet[] };
};

export const loadCatalogue = (root: string): Indicator[] =>
  IndicatorCatalogue.parse(JSON.parse(readFileSync(join(root, 'mocks/data/indicators.json'), 'utf8'))).indicators;

const readText = (path: string) => normalizeReportText(readFileSync(path, 'utf8'));

/** The simulated reports and their expected figures. */
export function ownCases(root: string): Case[] {
  const dir = join(root, 'tests/fixtures/report-texts');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const expected = JSON.parse(
        readFileSync(join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8'),
      ) as Case['expected'];
      return {
        name,
        text: readText(join(dir, name)),
        expected: { ...expected, targetSets: expected.targetSets ?? [] },
      };
    });
}

/** The real reports, each paired with the hand-made data file of the same period; null when the seeds are absent. */
export function seedCases(root: string, draftPeriod: (text: string) => Period | null): Case[] | null {
  const seeds = join(root, '../shared/seeds');
  if (!existsSync(seeds)) return null;
  const reportsDir = join(root, 'mocks/data/reports');
  const reports = readdirSync(reportsDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => Report.parse(JSON.parse(readFileSync(join(reportsDir, name), 'utf8'))));
  return readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => {
      const text = readText(join(seeds, name));
      const period = draftPeriod(text);
      const report = reports.find(
        (candidate) =>
          period &&
          candidate.period.year === period.year &&
          candidate.period.firstMonth === period.firstMonth &&
          candidate.period.lastMonth === period.lastMonth,
      );
      return report
        ? [{ name, text, expected: { period: report.period, figures: report.figures, targetSets: report.targetSets } }]
        : [];
    });
}
