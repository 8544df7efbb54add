import type { ReactNode } from 'react';
import { t } from '../../../lib/messages';
import { firstFailure, useDashboardData } from '../../../lib/report-queries';
import type { Report } from '../../../lib/report-schema';
import { useSearchParams } from '../../../lib/url-state';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { resolveView } from '../../../lib/dashboard-view';
import { deckReports } from '../deck-reports';
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

/** `?present=1`: loads what the dashboard loads, then shows it as slides. */
export function PresentationPage() {
  const [params] = useSearchParams();
  const { periods, indicators, periodList, reports } = useDashboardData(deckReports);

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
  // The deck's length must not change under the presenter: wait until every period has answered.
  if (!chosen.data || !indicators.data || reports.some((query) => query.isPending)) {
    return <Loading />;
  }
  const loaded: Report[] = reports.flatMap((query) => (query.data ? [query.data] : []));
  return (
    <Presentation
      periods={periodList.filter((period) => loaded.some((report) => report.source.id === period.reportId))}
      reports={loaded}
      report={chosen.data}
      indicators={indicators.data.indicators}
      notices={view.notices}
    />
  );
}
