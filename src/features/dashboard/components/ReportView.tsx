import { lazy, Suspense } from 'react';
import { CardBoundary } from '../../../components/CardBoundary';
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
        <CardBoundary name="Số chỉ tiêu đạt kế hoạch">
          <TargetSummary report={report} />
        </CardBoundary>
        <CardBoundary name="Xây dựng Đảng">
          <PartyBuilding tiles={party} report={report} />
        </CardBoundary>
      </div>
      <section aria-labelledby="economy-title">
        <h2 id="economy-title" className="section-title">
          Ngân sách và kinh tế
        </h2>
        <div className="tiles">
          {economic.map((tile) => (
            <CardBoundary key={tile.indicator.id} name={tile.indicator.name}>
              <IndicatorTile tile={tile} report={report} />
            </CardBoundary>
          ))}
        </div>
      </section>
      <CardBoundary name="Biểu đồ xu hướng">
        <Suspense fallback={<p className="charts__loading">Đang tải biểu đồ…</p>}>
          <ChartsSection reports={allReports} indicators={indicators} chosen={report.period} />
        </Suspense>
      </CardBoundary>
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
