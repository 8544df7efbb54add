import { deriveFromFigure, type DerivedFigure } from '../../lib/derive';
import { formatPeriod } from '../../lib/format';
import type { Figure, Period, Report, ReportSource, TargetSet } from '../../lib/report-schema';
import { inLanguage } from '../../lib/locale';
import { formatAssignedBy } from '../../lib/target-bands';

/** One sentence of a report that figures on screen come from, with what is derived from it. */
export type SourceEntry = {
  key: string;
  heading: string;
  quote: string;
  note?: string;
  derived: DerivedFigure[];
  source: ReportSource;
  /** The period of the report the sentence is from. */
  reportPeriod: Period;
};

export function figureEntry(figure: Figure, report: Report, heading = formatPeriod(figure.period)): SourceEntry {
  const { source } = report;
  return {
    reportPeriod: report.period,
    key: `${source.id}/${figure.id}`,
    heading,
    quote: figure.quote,
    note: figure.note && inLanguage(figure.note, figure.en?.note),
    derived: deriveFromFigure(figure),
    source,
  };
}

export function targetSetEntry(set: TargetSet, report: Report): SourceEntry {
  const { source } = report;
  return {
    reportPeriod: report.period,
    key: `${source.id}/${set.id}`,
    heading: `${formatPeriod(report.period)} · ${formatAssignedBy(set)}`,
    quote: set.quote,
    derived: [],
    source,
  };
}
