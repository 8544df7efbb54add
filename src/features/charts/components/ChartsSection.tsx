import { memo, useEffect } from 'react';
import { CardBoundary } from '../../../components/CardBoundary';
import { PhoneDisclosure } from '../../../components/PhoneDisclosure';
import { t } from '../../../lib/messages';
import { samePeriod } from '../../../lib/periods';
import type { Indicator, Period, Report } from '../../../lib/report-schema';
import { chartsDrawn } from '../../../lib/charts-wanted';
import { whenAllDrawn } from '../../../lib/draw-turns';
import { chartGroups, type ChartGroup } from '../chart-groups';

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

/** The trend charts, below the first screen; they follow the chosen period. */
function ChartsSectionContent({ reports: allReports, indicators, chosen }: Props) {
  // Two frames after the last chart's turn (draw-turns.ts), the charts have measured their boxes and drawn.
  useEffect(() => whenAllDrawn(() => requestAnimationFrame(() => requestAnimationFrame(chartsDrawn))), []);
  const report = allReports.find((candidate) => samePeriod(candidate.period, chosen));
  if (!report) return null;
  const groups = chartGroups(report, allReports, indicators, chosen);
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
