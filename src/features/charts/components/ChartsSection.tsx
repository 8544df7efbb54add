import { memo, useEffect, type ReactNode } from 'react';
import { economicIndicators, partyIndicators } from '../../../lib/indicator-groups';
import { CardBoundary } from '../../../components/CardBoundary';
import { PhoneDisclosure } from '../../../components/PhoneDisclosure';
import { formatIndicatorName, formatPeriodInSentence } from '../../../lib/format';
import { t } from '../../../lib/messages';
import { onePerYear, samePeriod } from '../../../lib/periods';
import type { Indicator, Period, Report } from '../../../lib/report-schema';
import { figureEntries, targetSetEntries } from '../../../lib/source-entries';
import {
  attainmentBars,
  growthRows,
  levelSeries,
  monthAgainstAverage,
  partyBars,
  progressSeries,
  targetRows,
} from '../../../lib/chart-data';
import { chartsDrawn } from '../../../lib/charts-wanted';
import { whenAllDrawn } from '../../../lib/draw-turns';
import { AttainmentChart } from '../../../components/charts/AttainmentChart';
import { GrowthChart } from '../../../components/charts/GrowthChart';
import { LevelChart } from '../../../components/charts/LevelChart';
import { MonthChart } from '../../../components/charts/MonthChart';
import { PartyChart } from '../../../components/charts/PartyChart';
import { ProgressChart } from './ProgressChart';
import { TargetChart } from '../../../components/charts/TargetChart';

/**
 * Charts of one kind (the plan and growth, progress through the year, each indicator across the years,
 * targets and party building, single months): eight screens of charts were too long a scroll on a
 * phone for a leader who wants the figures first.
 */
type ChartGroup = {
  key: 'plan' | 'progress' | 'levels' | 'targets' | 'month';
  charts: { name: string; chart: ReactNode }[];
};

/** A folded group's button: what its charts show and how many there are. */
function ChartGroupLabel({ group }: { group: ChartGroup }) {
  return (
    <>
      <span className="chart-group__name">{t(`chartGroup.${group.key}`)}</span>
      <span className="chart-group__count">
        {group.charts.length === 1 ? t('chartGroup.one') : t('chartGroup.many', { count: group.charts.length })}
      </span>
    </>
  );
}

type Props = { reports: Report[]; indicators: Indicator[]; chosen: Period };

/** Years in the growth chart, as in the comparison view. */
const grownYears = 4;

/** The trend charts, below the first screen; they follow the chosen period. */
function ChartsSectionContent({ reports: allReports, indicators, chosen }: Props) {
  // Two frames after the last chart's turn (draw-turns.ts), the charts have measured their boxes and drawn.
  useEffect(() => whenAllDrawn(() => requestAnimationFrame(() => requestAnimationFrame(chartsDrawn))), []);
  const report = allReports.find((candidate) => samePeriod(candidate.period, chosen));
  if (!report) return null;
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
  // Each group folds behind one button on a phone; wider screens draw its charts in the grid, in this order.
  const groups: ChartGroup[] = [
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
  return (
    <section className="charts" aria-labelledby="charts-title">
      <h2 id="charts-title" className="section-title">
        {t('chart.section')}
      </h2>
      <div className="charts__grid">
        {groups
          .filter((group) => group.charts.length > 0)
          .map((group) => (
            <PhoneDisclosure
              key={group.key}
              label={<ChartGroupLabel group={group} />}
              className="chart-group"
              panelClassName="chart-group__panel"
            >
              {group.charts.map(({ name, chart }) => (
                <CardBoundary key={name} name={name}>
                  {chart}
                </CardBoundary>
              ))}
            </PhoneDisclosure>
          ))}
      </div>
    </section>
  );
}

const sameItems = <T,>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Redrawn only when its data or period really change: the dashboard hands it a
 * fresh array on every render, and ten recharts charts are the costly part of a
 * period switch.
 */
export const ChartsSection = memo(
  ChartsSectionContent,
  (before, after) =>
    sameItems(before.reports, after.reports) &&
    sameItems(before.indicators, after.indicators) &&
    samePeriod(before.chosen, after.chosen),
);
