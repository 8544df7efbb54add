import { lazy, Suspense, useDeferredValue } from 'react';
import { requestChartsNear, useChartsWanted } from '../../../lib/charts-wanted';
import { loadingCode } from '../../../lib/code-load';
import { t } from '../../../lib/messages';
import type { Indicator, Period, Report } from '../../../lib/report-schema';
import { useChartsPeriod } from '../charts-period';

// Charts sit below the first screen: recharts loads when they are wanted (charts-wanted.ts).
const ChartsSection = lazy(
  loadingCode(() => import('./ChartsSection').then((module) => ({ default: module.ChartsSection }))),
);

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

type Props = { reports: Report[] | undefined; indicators: Indicator[]; chosen: Period };

/** The trend charts under a report's figures: a placeholder until wanted, then drawn a moment after the figures. */
export function ChartsWhenWanted({ reports, indicators, chosen }: Props) {
  // The figures switch period at once; the charts follow (charts-period.ts).
  const chartsPeriod = useChartsPeriod(chosen);
  // Drawn in a transition: the first draw of the charts is the page's longest work, and it often
  // comes in the first seconds, while a visitor may already be switching period. Interruptible, it
  // lets that click's frame through instead of holding it back until every chart is drawn.
  const chartsWanted = useDeferredValue(useChartsWanted());
  if (chartsWanted && !reports) return <ChartsPlaceholder onScreen={t('dashboard.loadingCharts')} />;
  return chartsWanted && reports ? (
    <Suspense fallback={<ChartsPlaceholder onScreen={t('dashboard.loadingCharts')} />}>
      <ChartsSection reports={reports} indicators={indicators} chosen={chartsPeriod} />
    </Suspense>
  ) : (
    <ChartsPlaceholder onScreen={t('dashboard.chartsBelow')} placeholderRef={requestChartsNear} />
  );
}
