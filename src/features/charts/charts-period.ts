import { startTransition, useEffect, useState } from 'react';
import type { Period } from '../../lib/report-schema';
import { onBeforePrint } from '../../lib/before-print';

/**
 * How long the charts keep the previous period after a switch. Redrawing ten
 * charts is some 60 ms of main-thread work; started at once (as `useDeferredValue`
 * does), it ran alongside the rasterising of the new figures' frame and, on a
 * two-core laptop, put that frame on screen one or two frames later. The charts
 * sit below the figures, so they follow once the figures are surely shown.
 */
export const chartsFollowMs = 150;

/** The period the charts show: the chosen one, `chartsFollowMs` after it was chosen, or at once for print. */
export function useChartsPeriod(chosen: Period): Period {
  const [shown, setShown] = useState(chosen);
  useEffect(() => {
    if (shown === chosen) return undefined;
    const catchUp = () => setShown(chosen);
    // A transition, as the deferred value was: a click during the redraw interrupts it.
    const timer = setTimeout(() => startTransition(catchUp), chartsFollowMs);
    // Printed within the delay, the paper must not show the previous period's charts.
    const stopCatchingUpForPrint = onBeforePrint(catchUp);
    return () => {
      clearTimeout(timer);
      stopCatchingUpForPrint();
    };
  }, [chosen, shown]);
  return shown;
}
