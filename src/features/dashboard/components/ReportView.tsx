import type { Indicator, Report } from '../../../lib/report-schema';
import { indicatorTiles } from '../indicator-tiles';
import { DashboardHeader } from './DashboardHeader';
import { IndicatorTile } from './IndicatorTile';
import { PartyBuilding } from './PartyBuilding';
import { TargetSummary } from './TargetSummary';

export function ReportView({ report, indicators }: { report: Report; indicators: Indicator[] }) {
  const economic = indicatorTiles(report, indicators, ['budget', 'economy', 'investment']);
  const party = indicatorTiles(report, indicators, ['party']);
  return (
    <>
      <DashboardHeader report={report} />
      <div className="key-row">
        <TargetSummary sets={report.targetSets} />
        <PartyBuilding tiles={party} source={report.source} />
      </div>
      <section aria-labelledby="economy-title">
        <h2 id="economy-title" className="section-title">
          Ngân sách và kinh tế
        </h2>
        <div className="tiles">
          {economic.map((tile) => (
            <IndicatorTile key={tile.indicator.id} tile={tile} source={report.source} />
          ))}
        </div>
      </section>
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
