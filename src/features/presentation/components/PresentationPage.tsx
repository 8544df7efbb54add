import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { t } from '../../../lib/messages';
import { firstFailure, useDashboardData } from '../../../lib/report-queries';
import type { Report } from '../../../lib/report-schema';
import { useSearchParams } from '../../../lib/url-state';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { resolveView } from '../../../lib/dashboard-view';
import { deckLengthsQuery, deckReports, slidesOnScreen } from '../deck-reports';
import '../presentation.css';
import { Presentation } from './Presentation';

function Waiting({ children }: { children: ReactNode }) {
  return <main className="present present--waiting">{children}</main>;
}

function Loading() {
  return (
    <Waiting>
      <p className="present__loading" aria-busy="true">
        {t('loading.label')}…
      </p>
    </Waiting>
  );
}

/**
 * `?present=1`: loads what the dashboard loads, then shows it as slides. The deck's length depends
 * on every report, so it waits for them all, unless the page holds the lengths (a prerendered first
 * slide): then it shows its own report at once, and the other reports load as the dashboard's do.
 */
export function PresentationPage() {
  const [params] = useSearchParams();
  const { data: lengths } = useQuery(deckLengthsQuery());
  const { periods, indicators, periodList, reports } = useDashboardData(lengths ? slidesOnScreen(params) : deckReports);

  if (!periods.data) {
    return periods.error ? (
      <Waiting>
        <ErrorPanel error={periods.error} what={t('dashboard.what.periods')} onRetry={() => void periods.refetch()} />
      </Waiting>
    ) : (
      <Loading />
    );
  }
  if (periodList.length === 0) {
    return (
      <Waiting>
        <p className="present__loading">{t('dashboard.empty')}</p>
      </Waiting>
    );
  }

  const view = resolveView(params, periodList);
  const index = periodList.findIndex((period) => period.reportId === view.reportId);
  const chosen = reports[index]!;
  const failure = firstFailure([{ query: chosen, period: periodList[index]!.period }], indicators);
  if (failure) {
    return (
      <Waiting>
        <ErrorPanel error={failure.query.error} what={failure.what} onRetry={() => void failure.query.refetch()} />
      </Waiting>
    );
  }
  const othersLoading = reports.some((query) => query.isPending);
  const length = othersLoading ? lengths?.[view.reportId] : undefined;
  // The deck's length must not change under the presenter: without it, wait until every period has answered.
  if (!chosen.data || !indicators.data || (othersLoading && length === undefined)) {
    return <Loading />;
  }
  const loaded: Report[] = reports.flatMap((query) => (query.data ? [query.data] : []));
  return (
    <Presentation
      periods={periodList.filter((_, at) => !reports[at]!.isError)}
      reports={loaded}
      report={chosen.data}
      indicators={indicators.data.indicators}
      notices={view.notices}
      length={length}
    />
  );
}
