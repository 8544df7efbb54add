import { whenIdle } from './idle';
import { wantedFlag } from './wanted-flag';

/**
 * Whether the trend charts should be drawn yet. Ten recharts charts are close to a
 * second of main-thread work on a phone, and they sit below the first screen: they
 * wait until the visitor could want them (their section is in view, or within a
 * screen of it once the page has settled, the visitor scrolls, types or clicks, or
 * the page is printed). The prerendered page and its takeover never draw them, so
 * both match.
 */
const charts = wantedFlag();
let drawn!: () => void;
const whenDrawn = new Promise<void>((resolve) => (drawn = resolve));

export const wantCharts = charts.want;
export const useChartsWanted = charts.useWanted;

/** Called by the charts once drawn; the print button waits for it (at most `timeoutMs`). */
export const chartsDrawn = () => drawn();

export function chartsReady(timeoutMs = 5000): Promise<void> {
  wantCharts();
  return Promise.race([whenDrawn, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}

/**
 * Inputs after which the visitor may go on to the charts. A press is answered by its click, not
 * its pointerdown: drawing ten charts (their code and some 60 ms of rendering) begun as a hand
 * presses a period link ran into that click and held its frame back. So the charts are asked for
 * in the first idle moment after the input, once its own frame is on screen.
 */
const intents = ['scroll', 'wheel', 'keydown', 'click'] as const;
const wantChartsWhenIdle = () => whenIdle(wantCharts, 1000);

/**
 * Charts within a screen of the viewport but not in it wait this long before they are drawn. On a
 * laptop they are that near as the page opens, and each chart's first draw is one task of 70–260 ms
 * on this project's test machine: a period chosen in the first seconds waited for the chart being
 * drawn. A visitor who scrolls to them asks for them at once.
 */
const nearChartsPatienceMs = 2000;

/** A ref for the charts' placeholder: asks for the charts as it comes into view or near it, or on the visitor's first input. */
export function requestChartsNear(placeholder: Element | null): (() => void) | undefined {
  if (!placeholder || charts.isWanted()) return undefined;
  if (typeof IntersectionObserver === 'undefined') {
    wantCharts();
    return undefined;
  }
  let patience: ReturnType<typeof setTimeout> | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      const near = entries.find((entry) => entry.isIntersecting);
      if (!near) return;
      if (near.boundingClientRect.top < window.innerHeight) wantCharts();
      else patience ??= setTimeout(wantChartsWhenIdle, nearChartsPatienceMs);
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(placeholder);
  for (const intent of intents) window.addEventListener(intent, wantChartsWhenIdle, { once: true, passive: true });
  // Printing cannot wait for an idle moment.
  window.addEventListener('beforeprint', wantCharts, { once: true });
  return () => {
    clearTimeout(patience);
    observer.disconnect();
    for (const intent of intents) window.removeEventListener(intent, wantChartsWhenIdle);
    window.removeEventListener('beforeprint', wantCharts);
  };
}
