import type { Report } from '../src/lib/report-schema';
import type { DataProblem } from './check-data';

/**
 * A drafted figure or target set carries `"reviewed": false` until a person has compared it with the
 * report; such a file must not reach the screen, so the data check (and with it the build) refuses it.
 */
export function checkReviewed(file: string, report: Report): DataProblem[] {
  const unreviewed = (kind: string, id: string) =>
    `${kind} "${id}" is a draft not yet reviewed: check it against the report, then delete "reviewed": false`;
  return [
    ...report.figures.flatMap((figure, index) =>
      figure.reviewed === false
        ? [{ file, path: `figures.${index}.reviewed`, message: unreviewed('figure', figure.id) }]
        : [],
    ),
    ...report.targetSets.flatMap((set, index) =>
      set.reviewed === false
        ? [{ file, path: `targetSets.${index}.reviewed`, message: unreviewed('target set', set.id) }]
        : [],
    ),
  ];
}
