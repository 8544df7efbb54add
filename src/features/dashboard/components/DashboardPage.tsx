import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useState, type ReactNode } from 'react';
import { formatPeriod } from '../../../lib/format';
import { firstFailure, useDashboardData } from '../../../lib/report-queries';
import type { Indicator, Report } from '../../../lib/report-schema';
import { useSearchParams } from '../../../lib/url-state';
import {
  dashboardReports,
  resolveView,
  shownPeriods,
  viewParams,
  type DashboardView,
  type ResolvedView,
} from '../../../lib/dashboard-view';
import { CompareView } from './CompareView';
import { DashboardSkeleton } from './DashboardSkeleton';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { PeriodFilter } from './PeriodFilter';
import { ReportView, type ChartsSlot } from './ReportView';
import { t } from '../../../lib/messages';
import { currentLocale } from '../../../lib/locale';
import { Icon } from '../../../components/Icon';
import { PhoneDisclosure } from '../../../components/PhoneDisclosure';
import { DocumentTitle } from '../../../components/DocumentTitle';

function StaleNotice({ query }: { query: UseQueryResult }) {
  if (!query.data || !query.error) return null;
  return (
    <p className="notice" role="status">
      {t('dashboard.stale')}
    </p>
  );
}

/**
 * What the app composes into the dashboard from other features, each given the reports on screen:
 * the actions beside the period filter, the language and presentation links, the trend charts, the
 * footer on paper.
 */
export type DashboardSlots = {
  viewActions: (reports: Report[], indicators: Indicator[]) => ReactNode;
  appControls: ReactNode;
  charts: ChartsSlot;
  printFooter: (reports: Report[]) => ReactNode;
};

/** One title per screen: a child's effect runs before its parent's, so a second one would be overwritten. */
export function DashboardPage(slots: DashboardSlots) {
  const [params, setParams] = useSearchParams();
  const data = useDashboardData(dashboardReports(params));
  const view = data.periodList.length > 0 ? resolveView(params, data.periodList) : undefined;
  const period = data.periodList.find((candidate) => candidate.reportId === view?.reportId);
  return (
    <>
      <DocumentTitle view={view?.compare ? t('filter.compare') : period && formatPeriod(period.period)} />
      <DashboardBody data={data} view={view} setParams={setParams} slots={slots} />
    </>
  );
}

/** The reports loaded so far: the same array until another one loads, so a render that changes none passes the same value. */
function useLoadedReports(queries: readonly UseQueryResult<Report>[]): Report[] {
  const loaded = queries.flatMap((query) => (query.data ? [query.data] : []));
  const [kept, keep] = useState(loaded);
  const same = kept.length === loaded.length && kept.every((report, index) => report === loaded[index]);
  if (!same) keep(loaded);
  return same ? kept : loaded;
}

function DashboardBody({
  data: { periods, indicators, periodList, reports },
  view,
  setParams,
  slots,
}: {
  data: ReturnType<typeof useDashboardData>;
  view: ResolvedView | undefined;
  setParams: ReturnType<typeof useSearchParams>[1];
  slots: DashboardSlots;
}) {
  // The other reports arrive one by one while the page may be answering a click. Each arrival
  // renders the figures again for their source panels and, at the last, the charts: deferred, that
  // render yields to input, and the memoised report view skips the urgent one.
  const loadedNow = useLoadedReports(reports);
  const loaded = useDeferredValue(loadedNow);
  const history = useDeferredValue(reports.every((query) => !query.isPending) ? loadedNow : undefined);
  if (!periods.data) {
    return (
      <>
        <ViewBar slots={slots} />
        {periods.error ? (
          <ErrorPanel error={periods.error} what={t('dashboard.what.periods')} onRetry={() => void periods.refetch()} />
        ) : (
          <DashboardSkeleton />
        )}
      </>
    );
  }
  if (!view)
    return (
      <>
        <ViewBar slots={slots} />
        <p className="notice">{t('dashboard.empty')}</p>
      </>
    );

  const change = (next: DashboardView) => setParams(viewParams(next));
  const onScreen = shownPeriods(view, periodList);
  const shown: UseQueryResult<Report>[] = onScreen.map((period) => reports[periodList.indexOf(period)]!);
  const failure = firstFailure(
    shown.map((query, position) => ({ query, period: onScreen[position]!.period })),
    indicators,
  );

  const shownReports = shown.flatMap((query) => (query.data ? [query.data] : []));
  const ready = indicators.data !== undefined && shownReports.length === shown.length;

  return (
    <>
      <ViewBar slots={slots}>
        <PeriodFilter periods={periodList} view={view} onChange={change} />
        {ready && slots.viewActions(shownReports, indicators.data!.indicators)}
      </ViewBar>
      {view.notices.map((notice) => (
        <p key={notice} className="notice" role="status">
          <Icon name="info" /> {notice}
        </p>
      ))}
      {shown.map((query, position) => (
        <StaleNotice key={position} query={query} />
      ))}
      {failure ? (
        <ErrorPanel error={failure.query.error} what={failure.what} onRetry={() => void failure.query.refetch()} />
      ) : !ready ? (
        <DashboardSkeleton />
      ) : view.compare ? (
        <CompareView reports={shownReports} indicators={indicators.data!.indicators} />
      ) : (
        <ReportView
          report={shownReports[0]!}
          allReports={loaded}
          history={history}
          indicators={indicators.data!.indicators}
          charts={slots.charts}
          language={currentLocale()}
        />
      )}
      {ready && slots.printFooter(shownReports)}
    </>
  );
}

/** Every control in one bar; on a phone, one menu, so that its first screen holds figures. */
function ViewBar({ slots, children }: { slots: DashboardSlots; children?: ReactNode }) {
  return (
    <PhoneDisclosure
      className="phone-disclosure--menu"
      panelClassName="view-bar"
      label={
        <>
          <Icon name="menu" /> {t('menu.button')}
        </>
      }
    >
      <div className="view-bar__app">{slots.appControls}</div>
      {children}
    </PhoneDisclosure>
  );
}
