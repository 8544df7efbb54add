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
  // The section's first render (each chart's frame, title and source panel) is a transition that a
  // click interrupts: it often comes in the first seconds, as a visitor may be switching period. The
  // charts themselves draw later, one a task (draw-turns.ts): recharts' passes are not interruptible.
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
