import type { ChangeEvent, MouseEvent } from 'react';
import { formatPeriod, formatReportLabel } from '../../../lib/format';
import type { PeriodSummary } from '../../../lib/report-schema';
import { urlWith, useSearchParams } from '../../../lib/url-state';
import { t } from '../../../lib/messages';
import { wantReportHistory } from '../../../lib/report-queries';
import { viewParams, type DashboardView } from '../../../lib/dashboard-view';

type Props = {
  periods: PeriodSummary[];
  view: DashboardView;
  onChange: (view: DashboardView) => void;
};

/** Up to this many reports show as a row of links; beyond it, one list grouped by year keeps the bar short. */
const linksUpTo = 4;

/** Built from the API's period list: a new report file adds a choice here. Links, so they can be copied or opened anew. */
export function PeriodFilter({ periods, view, onChange }: Props) {
  const choose = (next: DashboardView) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onChange(next);
  };
  const search = useSearchParams()[0].toString();
  const units = new Set(periods.map((period) => period.reportingUnit.id)).size;
  return (
    // A hand on the filter: the other reports are fetched now, so the switch finds its report loaded.
    <nav
      className="period-filter"
      aria-label={t('filter.label')}
      onPointerEnter={wantReportHistory}
      onPointerDown={wantReportHistory}
      onFocus={wantReportHistory}
    >
      {periods.length > linksUpTo ? (
        <PeriodSelect periods={periods} view={view} onChange={onChange} withUnit={units > 1} />
      ) : (
        periods.map((period) => (
          <a
            key={period.reportId}
            href={urlWith(search, viewParams({ reportId: period.reportId, compare: false }))}
            aria-current={!view.compare && period.reportId === view.reportId ? 'page' : undefined}
            onClick={choose({ reportId: period.reportId, compare: false })}
          >
            {units > 1 ? formatReportLabel(period) : formatPeriod(period.period)}
          </a>
        ))
      )}
      {periods.length > 1 && (
        <a
          href={urlWith(search, viewParams({ reportId: view.reportId, compare: true }))}
          aria-current={view.compare ? 'page' : undefined}
          onClick={choose({ reportId: view.reportId, compare: true })}
        >
          {t('filter.compare')}
        </a>
      )}
    </nav>
  );
}

/** Every report, grouped by year, the newest year first. */
function PeriodSelect({ periods, view, onChange, withUnit }: Props & { withUnit: boolean }) {
  const years = [...new Set(periods.map((period) => period.period.year))].sort((a, b) => b - a);
  const change = (event: ChangeEvent<HTMLSelectElement>) => onChange({ reportId: event.target.value, compare: false });
  return (
    <label className="period-filter__select">
      <span>{t('filter.period')}</span>
      <select value={view.reportId} onChange={change}>
        {years.map((year) => (
          <optgroup key={year} label={String(year)}>
            {periods
              .filter((period) => period.period.year === year)
              .map((period) => (
                <option key={period.reportId} value={period.reportId}>
                  {withUnit ? formatReportLabel(period) : formatPeriod(period.period)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
