import type { ReactNode } from 'react';
import { economicIndicators, partyIndicators } from '../../lib/indicator-groups';
import { formatIndicatorName, formatPeriodInSentence } from '../../lib/format';
import { t } from '../../lib/messages';
import { onePerYear } from '../../lib/periods';
import type { Indicator, Period, Report } from '../../lib/report-schema';
import { figureEntries, targetSetEntries } from '../../lib/source-entries';
import {
  attainmentBars,
  growthRows,
  levelSeries,
  monthAgainstAverage,
  partyBars,
  progressSeries,
  targetRows,
} from '../../lib/chart-data';
import { AttainmentChart } from '../../components/charts/AttainmentChart';
import { GrowthChart } from '../../components/charts/GrowthChart';
import { LevelChart } from '../../components/charts/LevelChart';
import { MonthChart } from '../../components/charts/MonthChart';
import { PartyChart } from '../../components/charts/PartyChart';
import { ProgressChart } from './components/ProgressChart';
import { TargetChart } from '../../components/charts/TargetChart';

/**
 * Charts of one kind (the plan and growth, progress through the year, each indicator across the years,
 * targets and party building, single months): eight screens of charts were too long a scroll on a
 * phone for a leader who wants the figures first.
 */
export type ChartGroup = {
  key: 'plan' | 'progress' | 'levels' | 'targets' | 'month';
  charts: { name: string; chart: ReactNode }[];
};

/** Years in the growth chart, as in the comparison view. */
const grownYears = 4;

/**
 * The trend charts of `report`, beside the other reports of its unit, by kind. Each group folds behind one button on
 * a phone; wider screens draw its charts in the grid, in this order.
 */
export function chartGroups(
  report: Report,
  allReports: Report[],
  indicators: Indicator[],
  chosen: Period,
): ChartGroup[] {
  // A ward's figures are not the district's: the charts set the chosen unit beside itself only.
  const reports = allReports.filter((candidate) => candidate.reportingUnit.id === report.reportingUnit.id);
  const economic = economicIndicators(indicators);
  const party = partyIndicators(indicators);
  const levels = economic
    .map((indicator) => levelSeries(reports, indicator, chosen))
    .filter((series) => series.bars.length > 1);
  // A line needs two reports; one share of plan is already in the attainment chart.
  const progress = economic
    .map((indicator) => progressSeries(reports, indicator))
    .filter((series) => series !== undefined)
    .filter((series) => series.years.flatMap((year) => year.points).length > 1);
  const attainment = attainmentBars(report, economic);
  const targets = targetRows(reports);
  const partyFigures = partyBars(reports, indicators);
  // Growth rates compare across periods of any length, but one report a year keeps the chart readable.
  const yearly = onePerYear(reports, report, grownYears);
  return [
    {
      key: 'plan',
      charts: [
        // A report that states no share of a plan has no attainment chart to draw.
        ...(attainment.length === 0
          ? []
          : [
              {
                name: t('chart.name', { name: t('attainment.name') }),
                chart: (
                  <AttainmentChart bars={attainment} report={report} sources={figureEntries([report], economic)} />
                ),
              },
            ]),
        {
          name: t('chart.name', { name: t('growth.name') }),
          chart: (
            <GrowthChart
              rows={growthRows(yearly, economic)}
              reports={yearly}
              chosen={chosen}
              sources={figureEntries(yearly, economic)}
            />
          ),
        },
      ],
    },
    {
      key: 'progress',
      charts: progress.map((series) => ({
        name: t('chart.name', { name: t('progress.name', { name: formatIndicatorName(series.indicator) }) }),
        chart: <ProgressChart series={series} sources={figureEntries(reports, [series.indicator])} />,
      })),
    },
    {
      key: 'levels',
      charts: levels.map((series) => ({
        name: t('chart.name', { name: formatIndicatorName(series.indicator) }),
        chart: <LevelChart series={series} chosen={chosen} sources={figureEntries(reports, [series.indicator])} />,
      })),
    },
    {
      key: 'targets',
      // A unit whose reports state no target tally or party figure has no such chart to draw.
      charts: [
        ...(targets.length === 0
          ? []
          : [
              {
                name: t('chart.name', { name: t('targetChart.name') }),
                chart: <TargetChart rows={targets} chosen={chosen} sources={targetSetEntries(reports)} />,
              },
            ]),
        ...(partyFigures.length === 0
          ? []
          : [
              {
                name: t('chart.name', { name: t('partyChart.name') }),
                chart: (
                  <PartyChart
                    bars={partyFigures}
                    periods={reports.map((candidate) => candidate.period)}
                    chosen={chosen}
                    sources={figureEntries(reports, party)}
                  />
                ),
              },
            ]),
      ],
    },
    {
      key: 'month',
      charts: reports
        .map((candidate) => ({ candidate, rows: monthAgainstAverage(candidate, economic) }))
        .filter(({ rows }) => rows.length > 0)
        .map(({ candidate, rows }) => ({
          name: t('chart.name', {
            name: t('monthChart.name', { period: formatPeriodInSentence(candidate.period) }),
          }),
          chart: <MonthChart rows={rows} sources={figureEntries([candidate], economic, true)} />,
        })),
    },
  ];
}
