/**
 * What the bench injects into every page (app and static copy) before its first script:
 * paint times of the view's marker (the element whose paint counts as "the figures painted"),
 * layout shifts, when the app took the page over, and the click of a period switch.
 * It runs in the browser and must stay self-contained (Playwright serialises it).
 */

/** The attribute the dashboard puts on the tile values (Element Timing API). */
export const headlineIdentifier = 'headline-figure';

/**
 * What marks a view as painted: the first headline figure where the view shows tiles, otherwise its
 * largest text (the slide's, the comparison's), found on the painted page (views.ts). `selector`
 * finds the element again when no paint entry reports it.
 */
export type Marker = { text: string; selector: string; via: 'Element Timing' | 'Largest Contentful Paint' };

export type ProbeState = {
  marker: Marker;
  /** Paint entries (ms since navigation) with the text of their element. */
  elements: { renderTime: number; text: string }[];
  largest: { renderTime: number; text: string }[];
  /** When a visible marker element first showed the marker's text, and two animation frames later. */
  mutationAt: number | undefined;
  paintedAt: number | undefined;
  /** When the app marked the page interactive (`data-interactive` on #root). */
  interactiveAt: number | undefined;
  /** The period switch's click (event time). */
  clickAt: number | undefined;
  /** The click's Event Timing entry: when its handlers had run, and when the next frame was presented. */
  clickProcessedAt: number | undefined;
  clickPresentedAt: number | undefined;
  /** Cumulative layout shift, without shifts that follow input. */
  cls: number;
};

type ElementTiming = PerformanceEntry & { identifier: string; renderTime: number; loadTime: number; element: Element };
type LargestPaint = PerformanceEntry & { renderTime: number; loadTime: number; element: Element | null };
type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean };
type EventTiming = PerformanceEntry & { processingEnd: number };

export function installProbe({ marker, identifier }: { marker: Marker; identifier: string }): void {
  const normalise = (text: string | null | undefined) =>
    (text ?? '')
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const state: ProbeState = {
    marker,
    elements: [],
    largest: [],
    mutationAt: undefined,
    paintedAt: undefined,
    interactiveAt: undefined,
    clickAt: undefined,
    clickProcessedAt: undefined,
    clickPresentedAt: undefined,
    cls: 0,
  };
  const scope = window as unknown as { __bench: ProbeState; __benchArm: (next: Marker) => void };
  scope.__bench = state;
  scope.__benchArm = (next) => {
    state.marker = next;
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
    for (const entry of list.getEntries() as LargestPaint[])
      state.largest.push({
        renderTime: entry.renderTime || entry.loadTime,
        text: normalise(entry.element?.textContent),
      });
  }).observe({ type: 'largest-contentful-paint', buffered: true });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });

  // Fallback and period switch: the DOM shows the marker; two frames later it has been painted.
  new MutationObserver(() => {
    if (state.interactiveAt === undefined && document.getElementById('root')?.dataset.interactive !== undefined)
      state.interactiveAt = performance.now();
    if (state.mutationAt !== undefined) return;
    for (const element of document.querySelectorAll(state.marker.selector)) {
      if (element.closest('[hidden]') || normalise(element.textContent) !== state.marker.text) continue;
      state.mutationAt = performance.now();
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

/**
 * tsx names the functions it compiles with a `__name` helper the page lacks: an init script that
 * provides it, for the probe and for the functions the bench passes to `page.evaluate`.
 */
export const nameHelperScript = 'globalThis.__name = (target) => target;';

/** The probe as an init script. */
export function probeScript(marker: Marker): string {
  const options = JSON.stringify({ marker, identifier: headlineIdentifier });
  return `${nameHelperScript} (${installProbe.toString()})(${options});`;
}
