import { formatPeriodInSentence } from '../../lib/format';
import { t } from '../../lib/messages';
import type { PeriodSummary } from '../../lib/report-schema';
import type { DashboardView } from './components/PeriodFilter';

export type ResolvedView = DashboardView & { notices: string[] };

const knownViews = new Set(['compare']);

/** What ?lang= may say (src/lib/locale.ts); anything else shows Vietnamese. */
const knownLanguages = new Set(['vi', 'en']);

/** Reads the URL's choice; anything unknown falls back (the latest period, the dashboard, Vietnamese) and says so. */
export function resolveView(params: URLSearchParams, periods: PeriodSummary[]): ResolvedView {
  const latest = periods[periods.length - 1];
  if (!latest) return { year: NaN, compare: false, notices: [] };
  const notices: string[] = [];
  const requestedYear = params.get('year');
  const requestedView = params.get('view');
  let year = latest.year;
  if (requestedYear !== null) {
    const match = periods.find((period) => String(period.year) === requestedYear);
    if (match) year = match.year;
    else
      notices.push(
        t('notice.unknownPeriod', { value: requestedYear.slice(0, 40), period: formatPeriodInSentence(latest.period) }),
      );
  }
  if (requestedView !== null && !knownViews.has(requestedView)) {
    notices.push(t('notice.unknownView', { value: requestedView.slice(0, 40) }));
  }
  const requestedLanguage = params.get('lang');
  if (requestedLanguage !== null && !knownLanguages.has(requestedLanguage)) {
    notices.push(t('notice.unknownLanguage', { value: requestedLanguage.slice(0, 40) }));
  }
  return { year, compare: requestedView === 'compare' && periods.length > 1, notices };
}
