import { lazy, Suspense } from 'react';
import { CardBoundary } from '../../../components/CardBoundary';
import { loadingCode } from '../../../lib/code-load';
import type { Indicator, Report } from '../../../lib/report-schema';
import { indicatorTiles } from '../indicator-tiles';
import { DashboardHeader } from './DashboardHeader';
import { IndicatorTile } from './IndicatorTile';
import { PartyBuilding } from './PartyBuilding';
import { TargetSummary } from './TargetSummary';
import { t } from '../../../lib/messages';
import { currentLocale, inLanguage } from '../../../lib/locale';
import { formatIndicatorName } from '../../../lib/format';
import { requestChartsNear, useChartsWanted } from '../../charts/charts-wanted';
import { useChartsPeriod } from '../../charts/charts-period';

// Charts sit below the first screen: recharts loads when they are wanted (charts-wanted.ts).
const ChartsSection = lazy(
  loadingCode(() =>
    import('../../charts/components/ChartsSection').then((module) => ({ default: module.ChartsSection })),
  ),
);

type Props = { report: Report; allReports: Report[]; indicators: Indicator[] };

type PlaceholderProps = { onScreen: string; placeholderRef?: typeof requestChartsNear };

/** Where the charts will be. A page printed before they are drawn says on paper that they are missing, and how to print them. */
function ChartsPlaceholder({ onScreen, placeholderRef }: PlaceholderProps) {
  return (
    <div className="charts__loading" ref={placeholderRef}>
      <p className="charts__screen-note">{onScreen}</p>
      <p className="charts__print-note">{t('dashboard.chartsNotPrinted')}</p>
    </div>
  );
}

export function ReportView({ report, allReports, indicators }: Props) {
  // The figures switch period at once; the charts follow (charts-period.ts).
  const chartsPeriod = useChartsPeriod(report.period);
  const chartsWanted = useChartsWanted();
  const economic = indicatorTiles(report, indicators, ['budget', 'economy', 'investment']);
  const party = indicatorTiles(report, indicators, ['party']);
  return (
    <>
      <DashboardHeader report={report} />
      <div className="key-row">
        <CardBoundary name={t('targets.title')}>
          <TargetSummary report={report} />
        </CardBoundary>
        <CardBoundary name={t('party.title')}>
          <PartyBuilding tiles={party} report={report} />
        </CardBoundary>
      </div>
      {economic.length > 0 && (
        <section aria-labelledby="economy-title">
          <h2 id="economy-title" className="section-title">
            {t('dashboard.economy')}
          </h2>
          <div className="tiles">
            {economic.map((tile) => (
              <CardBoundary key={tile.indicator.id} name={formatIndicatorName(tile.indicator)}>
                <IndicatorTile tile={tile} report={report} />
              </CardBoundary>
            ))}
          </div>
        </section>
      )}
      <CardBoundary name={t('chart.section')}>
        {chartsWanted ? (
          <Suspense fallback={<ChartsPlaceholder onScreen={t('dashboard.loadingCharts')} />}>
            <ChartsSection reports={allReports} indicators={indicators} chosen={chartsPeriod} />
          </Suspense>
        ) : (
          <ChartsPlaceholder onScreen={t('dashboard.chartsBelow')} placeholderRef={requestChartsNear} />
        )}
      </CardBoundary>
      {report.tasksAhead && <TasksAhead tasks={report.tasksAhead} />}
    </>
  );
}

/** The report's tasks ahead, in Vietnamese as written; a short report may state none. */
function TasksAhead({ tasks }: { tasks: NonNullable<Report['tasksAhead']> }) {
  return (
    <section className="panel tasks" aria-labelledby="tasks-title">
      <h2 id="tasks-title">{inLanguage(tasks.heading, tasks.en?.heading)}</h2>
      {tasks.attribution && <p>{inLanguage(tasks.attribution, tasks.en?.attribution)}</p>}
      {currentLocale() === 'en' && <p>{t('dashboard.originalVietnamese')}</p>}
      <ul lang="vi">
        {tasks.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
