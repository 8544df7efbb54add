import type { MouseEvent } from 'react';
import { formatPeriod } from '../../../lib/format';
import type { PeriodSummary } from '../../../lib/report-schema';
import { urlWith, useSearchParams } from '../../../lib/url-state';
import { t } from '../../../lib/messages';

export type DashboardView = { year: number; compare: boolean };

type Props = {
  periods: PeriodSummary[];
  view: DashboardView;
  onChange: (view: DashboardView) => void;
};

/** Built from the API's period list: a new report file adds a choice here. Links, so they can be copied or opened anew. */
export function PeriodFilter({ periods, view, onChange }: Props) {
  const choose = (next: DashboardView) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onChange(next);
  };
  const search = useSearchParams()[0].toString();
  return (
    <nav className="period-filter" aria-label={t('filter.label')}>
      {periods.map((period) => {
        const current = !view.compare && period.year === view.year;
        return (
          <a
            key={period.year}
            href={urlWith(search, { year: String(period.year), view: null })}
            aria-current={current ? 'page' : undefined}
            onClick={choose({ year: period.year, compare: false })}
          >
            {formatPeriod(period.period)}
          </a>
        );
      })}
      {periods.length > 1 && (
        <a
          href={urlWith(search, { view: 'compare' })}
          aria-current={view.compare ? 'page' : undefined}
          onClick={choose({ year: view.year, compare: true })}
        >
          {t('filter.compare')}
        </a>
      )}
    </nav>
  );
}
