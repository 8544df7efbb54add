import { useEffect, useState } from 'react';
import { onBeforePrint } from './before-print';

/**
 * Charts take turns to draw, one a task. Drawn together, the first draw of the trend charts was one
 * task, over a second long on a busy two-core machine (recharts renders each chart in several synchronous passes, which no React
 * transition can split), and it falls in the first seconds after the page becomes interactive: a
 * period switch clicked then waited for all of it. One chart a task, a click waits for one chart at
 * most. Each turn is handed on once the chart before has committed, so two never share a task.
 */
const waiting: (() => void)[] = [];
const afterLastTurn: (() => void)[] = [];
/** The chart whose turn it is, until it has committed or is gone. */
let granted: (() => void) | undefined;
let handing = false;

function grantNext(): void {
  handing = false;
  granted = waiting.shift();
  if (granted) granted();
  else for (const callback of afterLastTurn.splice(0)) callback();
}

function handOn(): void {
  granted = undefined;
  if (handing) return;
  handing = true;
  setTimeout(grantNext, 0);
}

/** Whether this chart's turn to draw has come; `false` until then, and on the server. */
export function useTurnToDraw(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (drawn) return undefined;
    const grant = () => setDrawn(true);
    waiting.push(grant);
    if (!granted) handOn();
    // Paper cannot wait for turns: a page printed now draws every chart before it is laid out.
    const stopWaitingForPrint = onBeforePrint(grant);
    return () => {
      stopWaitingForPrint();
      const at = waiting.indexOf(grant);
      if (at >= 0) waiting.splice(at, 1);
      // Run once the drawn chart has committed, or when it is gone before: the next one's turn.
      else if (granted === grant) handOn();
    };
  }, [drawn]);
  return drawn;
}

/** Calls `callback` once every chart that asked for a turn has drawn (at once if none waits). */
export function whenAllDrawn(callback: () => void): void {
  if (!granted && !handing && waiting.length === 0) callback();
  else afterLastTurn.push(callback);
}
