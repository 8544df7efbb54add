import { formatPeriod, formatSource } from '../../../lib/format';
import { samePeriod } from '../../../lib/periods';
import type { Indicator, Period, Report } from '../../../lib/report-schema';
import { attainmentBars, growthRows, levelSeries, monthAgainstAverage, partyBars, targetRows } from '../chart-data';
import { AttainmentChart } from './AttainmentChart';
import { GrowthChart } from './GrowthChart';
import { LevelChart } from './LevelChart';
import { MonthChart } from './MonthChart';
import { PartyChart } from './PartyChart';
import { TargetChart } from './TargetChart';

type Props = { reports: Report[]; indicators: Indicator[]; chosen: Period };

function sourceOf(reports: Report[]): string {
  return reports
    .map((report) => `báo cáo ${formatPeriod(report.period).toLowerCase()} (${formatSource(report.source)})`)
    .join('; ');
}

/** The trend charts, below the first screen; they follow the chosen period. */
export function ChartsSection({ reports, indicators, chosen }: Props) {
  const report = reports.find((candidate) => samePeriod(candidate.period, chosen));
  if (!report) return null;
  const economic = indicators.filter((indicator) => indicator.group !== 'party');
  const levels = economic
    .map((indicator) => levelSeries(reports, indicator))
    .filter((series) => series.bars.length > 1);
  const allSources = sourceOf(reports);
  return (
    <section className="charts" aria-labelledby="charts-title">
      <h2 id="charts-title" className="section-title">
        Biểu đồ xu hướng
      </h2>
      <div className="charts__grid">
        <AttainmentChart bars={attainmentBars(report, economic)} report={report} source={sourceOf([report])} />
        <GrowthChart rows={growthRows(reports, economic)} reports={reports} chosen={chosen} source={allSources} />
        {levels.map((series) => (
          <LevelChart key={series.indicator.id} series={series} chosen={chosen} source={allSources} />
        ))}
        <TargetChart rows={targetRows(reports)} chosen={chosen} source={allSources} />
        <PartyChart
          bars={partyBars(reports, indicators)}
          periods={reports.map((candidate) => candidate.period)}
          chosen={chosen}
          source={allSources}
        />
        {reports.map((candidate) => (
          <MonthChart
            key={formatPeriod(candidate.period)}
            rows={monthAgainstAverage(candidate, economic)}
            source={sourceOf([candidate])}
          />
        ))}
      </div>
    </section>
  );
}
