/**
 * What the bench injects into every page (app and floor) before its first script:
 * paint times of the headline figure, layout shifts, and the click of a period switch.
 * It runs in the browser and must stay self-contained (Playwright serialises it).
 */

/** The attribute both pages put on the tile values (Element Timing API). */
export const headlineIdentifier = 'headline-figure';

export type ProbeState = {
  /** The text the headline figure shows once the figures are in. */
  expected: string;
  /** Element Timing entries of the headline figures: paint time (ms since navigation) and text. */
  elements: { renderTime: number; text: string }[];
  /** When a visible headline figure first showed the expected text, and after two animation frames. */
  mutationAt: number | undefined;
  paintedAt: number | undefined;
  /** The period switch's click (event time). */
  clickAt: number | undefined;
  /** The click's Event Timing entry: when its handlers had run, and when the next frame was presented. */
  clickProcessedAt: number | undefined;
  clickPresentedAt: number | undefined;
  /** Cumulative layout shift, without shifts that follow input. */
  cls: number;
};

type ElementTiming = PerformanceEntry & { identifier: string; renderTime: number; loadTime: number; element: Element };
type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean };
type EventTiming = PerformanceEntry & { processingEnd: number };

export function installProbe({ expected, identifier }: { expected: string; identifier: string }): void {
  const normalise = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
  const state: ProbeState = {
    expected,
    elements: [],
    mutationAt: undefined,
    paintedAt: undefined,
    clickAt: undefined,
    clickProcessedAt: undefined,
    clickPresentedAt: undefined,
    cls: 0,
  };
  const scope = window as unknown as { __bench: ProbeState; __benchArm: (next: string) => void };
  scope.__bench = state;
  scope.__benchArm = (next) => {
    state.expected = next;
    state.mutationAt = undefined;
    state.paintedAt = undefined;
    state.clickAt = undefined;
    state.clickProcessedAt = undefined;
    state.clickPresentedAt = undefined;
  };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as ElementTiming[]) {
      if (entry.identifier !== identifier) continue;
      state.elements.push({
        renderTime: entry.renderTime || entry.loadTime,
        text: normalise(entry.element?.textContent),
      });
    }
  }).observe({ type: 'element', buffered: true });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });

  // Fallback and period switch: the DOM shows the expected figure; two frames later it has been painted.
  const selector = `[elementtiming="${identifier}"], .tile__value`;
  new MutationObserver(() => {
    if (state.mutationAt !== undefined) return;
    for (const element of document.querySelectorAll(selector)) {
      if (element.closest('[hidden]') || normalise(element.textContent) !== state.expected) continue;
      const at = performance.now();
      state.mutationAt = at;
      requestAnimationFrame(() => requestAnimationFrame(() => (state.paintedAt = performance.now())));
      return;
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

  document.addEventListener('click', (event) => (state.clickAt = event.timeStamp), true);

  // The period switch, exactly: the click's entry says when the frame after its handlers was presented
  // (to 8 ms). Interactions quicker than 16 ms get no entry; the double frame above stands in for them.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as EventTiming[]) {
      if (entry.name !== 'click' || state.clickAt === undefined || Math.abs(entry.startTime - state.clickAt) > 1)
        continue;
      state.clickProcessedAt = entry.processingEnd;
      state.clickPresentedAt = entry.startTime + entry.duration;
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** The probe as an init script; tsx names functions with a `__name` helper the page lacks, so one is provided. */
export function probeScript(expected: string): string {
  const options = JSON.stringify({ expected, identifier: headlineIdentifier });
  return `(() => { const __name = (target) => target; (${installProbe.toString()})(${options}); })();`;
}
