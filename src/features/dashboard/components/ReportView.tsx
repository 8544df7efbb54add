import { memo, type ReactNode } from 'react';
import { economicIndicators, partyIndicators } from '../../../lib/indicator-groups';
import { CardBoundary } from '../../../components/CardBoundary';
import type { Indicator, Period, Report } from '../../../lib/report-schema';
import { indicatorTiles, tilesByNeed, type IndicatorTileModel } from '../../../lib/indicator-tiles';
import { DashboardHeader } from './DashboardHeader';
import { Headlines } from './Headlines';
import { IndicatorTile } from './IndicatorTile';
import { PartyBuilding } from '../../../components/PartyBuilding';
import { TargetSummary } from '../../../components/TargetSummary';
import { PhoneDisclosure } from '../../../components/PhoneDisclosure';
import { t } from '../../../lib/messages';
import { currentLocale, inLanguage, type Locale } from '../../../lib/locale';
import { formatIndicatorName } from '../../../lib/format';
import { isWholeYear } from '../../../lib/periods';

/**
 * The trend charts under the figures, composed by the app: every report (undefined until the
 * history has loaded), the chosen period.
 */
export type ChartsSlot = (shown: {
  reports: Report[] | undefined;
  indicators: Indicator[];
  chosen: Period;
}) => ReactNode;

type Props = {
  report: Report;
  /** The reports loaded so far, for the tiles' source panels. */
  allReports: Report[];
  /** Every report, once all have answered; the charts wait for it. */
  history: Report[] | undefined;
  indicators: Indicator[];
  charts: ChartsSlot;
  /**
   * Not read here: the wording and the numbers' notation follow the page's language (lib/locale.ts),
   * and as a prop it makes the memoised view render again when the language changes.
   */
  language: Locale;
};

/** Memoised: the dashboard renders again as each other report arrives, which changes nothing here until its deferred render. */
export const ReportView = memo(function ReportView({ report, allReports, history, indicators, charts }: Props) {
  const { behind, others } = tilesByNeed(indicatorTiles(report, economicIndicators(indicators)));
  const party = indicatorTiles(report, partyIndicators(indicators));
  const tile = (model: IndicatorTileModel) => (
    <CardBoundary key={model.indicator.id} name={formatIndicatorName(model.indicator)}>
      <IndicatorTile tile={model} report={report} reports={allReports} />
    </CardBoundary>
  );
  return (
    <>
      <DashboardHeader report={report} />
      <Headlines report={report} economic={[...behind, ...others]} party={party} />
      {/*
        In order of need: what is behind, then the count of targets met and party building. A whole
        year's tiles state no pace and stand short: they stack above the count of targets met, beside
        party building, where in a row of their own they stretched to its height around blank space.
      */}
      <div className={isWholeYear(report.period) ? 'key-row key-row--stacked' : 'key-row'}>
        <div className="key-row__lead">
          {/* Headings follow each other in order: the tiles' titles are h3, under a heading of their own. */}
          {behind.length > 0 && (
            <h2 id="behind-title" className="visually-hidden">
              {t('dashboard.behind')}
            </h2>
          )}
          {behind.map(tile)}
          <CardBoundary name={t('targets.title')}>
            <TargetSummary report={report} />
          </CardBoundary>
        </div>
        <CardBoundary name={t('party.title')}>
          <PartyBuilding tiles={party} report={report} />
        </CardBoundary>
      </div>
      {others.length > 0 && (
        <section aria-labelledby="economy-title">
          <h2 id="economy-title" className="section-title">
            {t('dashboard.economy')}
          </h2>
          <div className="tiles">{others.map(tile)}</div>
        </section>
      )}
      <CardBoundary name={t('chart.section')}>
        {charts({ reports: history, indicators, chosen: report.period })}
      </CardBoundary>
      {report.tasksAhead && <TasksAhead tasks={report.tasksAhead} />}
    </>
  );
});

/** The report's tasks ahead, in Vietnamese as written; a short report may state none. */
function TasksAhead({ tasks }: { tasks: NonNullable<Report['tasksAhead']> }) {
  return (
    <section className="panel tasks" aria-labelledby="tasks-title">
      <h2 id="tasks-title">{inLanguage(tasks.heading, tasks.en?.heading)}</h2>
      {tasks.attribution && <p>{inLanguage(tasks.attribution, tasks.en?.attribution)}</p>}
      {/* Read before a meeting, not at a glance: on a phone the list waits behind a button. */}
      <PhoneDisclosure label={t('tasks.more')} className="phone-disclosure--more">
        {currentLocale() === 'en' && <p>{t('dashboard.originalVietnamese')}</p>}
        <ul lang="vi">
          {tasks.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </PhoneDisclosure>
    </section>
  );
}
