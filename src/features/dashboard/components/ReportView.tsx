import { lazy, Suspense } from 'react';
import type { Indicator, Report } from '../../../lib/report-schema';
import { indicatorTiles } from '../indicator-tiles';
import { DashboardHeader } from './DashboardHeader';
import { IndicatorTile } from './IndicatorTile';
import { PartyBuilding } from './PartyBuilding';
import { TargetSummary } from './TargetSummary';

// Charts sit below the first screen: recharts loads after the figures are painted.
const ChartsSection = lazy(() =>
  import('../../charts/components/ChartsSection').then((module) => ({ default: module.ChartsSection })),
);

type Props = { report: Report; allReports: Report[]; indicators: Indicator[] };

export function ReportView({ report, allReports, indicators }: Props) {
  const economic = indicatorTiles(report, indicators, ['budget', 'economy', 'investment']);
  const party = indicatorTiles(report, indicators, ['party']);
  return (
    <>
      <DashboardHeader report={report} />
      <div className="key-row">
        <TargetSummary report={report} />
        <PartyBuilding tiles={party} report={report} />
      </div>
      <section aria-labelledby="economy-title">
        <h2 id="economy-title" className="section-title">
          Ngân sách và kinh tế
        </h2>
        <div className="tiles">
          {economic.map((tile) => (
            <IndicatorTile key={tile.indicator.id} tile={tile} report={report} />
          ))}
        </div>
      </section>
      <Suspense fallback={<p className="charts__loading">Đang tải biểu đồ…</p>}>
        <ChartsSection reports={allReports} indicators={indicators} chosen={report.period} />
      </Suspense>
      <section className="panel tasks" aria-labelledby="tasks-title">
        <h2 id="tasks-title">{report.tasksAhead.heading}</h2>
        <ul>
          {report.tasksAhead.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
