import type { Browser, Page } from 'playwright-core';
import type { ServedResponse } from '../../tests/e2e/support/static-server';
import { probeScript, type Marker, type ProbeState } from './probe';
import { viewport } from './views';

/**
 * One run of the bench: a view's first and repeat visit, timed by the probe (probe.ts) the page
 * carries and by the server's log of what it sent; and the period switch, early and settled.
 */

/** A page to measure (a view of a build, or its static copy), its marker and the log of its server. */
export type Target = { label: string; url: string; marker: Marker; log: ServedResponse[] };
/** Gzipped body bytes the server had finished sending when the marker painted, by kind. */
export type BeforePaint = { js: number; html: number; json: number };
export type Visit = {
  paintMs: number;
  method: Marker['via'] | 'MutationObserver + double rAF';
  beforePaint: BeforePaint;
  jsFiles: string[];
  bytes: number;
  cls: number;
};
export type Visits = { first: Visit; repeat: Visit };
export type Switch = {
  ms: number;
  method: 'Event Timing' | 'MutationObserver + double rAF';
  doubleRafMs: number;
  /** How long after the app marked the page interactive the click came. */
  afterInteractiveMs: number;
};
export type Switches = { early: Switch; settled: Switch };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const quietBeforeVisitMs = 500;
/** The settled switch waits this long after the page's last request. */
export const settledSwitchQuietMs = 2000;
type BenchWindow = { __bench: ProbeState; __benchArm: (next: Marker) => void };
const probeState = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).__bench);

/** Waits until the server has answered nothing for `quietMs` (the page has fetched what it will). */
async function settle(log: ServedResponse[], since: number, quietMs = 1000, maxMs = 15_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < maxMs) {
    const last = log.slice(since).reduce((latest, entry) => Math.max(latest, entry.finishedAt), start);
    if (Date.now() - last >= quietMs) return;
    await sleep(100);
  }
}

/** When the marker painted: its paint entry's time, or two frames after it appeared in the page. */
function paintOf(state: ProbeState): { ms: number; method: Visit['method'] } | undefined {
  const { text, via } = state.marker;
  const entries = via === 'Element Timing' ? state.elements : state.largest;
  const timed = entries.filter((entry) => entry.text === text).map((entry) => entry.renderTime);
  if (timed.length > 0) return { ms: Math.min(...timed), method: via };
  return state.paintedAt === undefined ? undefined : { ms: state.paintedAt, method: 'MutationObserver + double rAF' };
}

const markerPainted = (page: Page, timeout: number) =>
  page.waitForFunction(
    () => {
      const state = (window as unknown as BenchWindow).__bench;
      const entries = state.marker.via === 'Element Timing' ? state.elements : state.largest;
      return entries.some((entry) => entry.text === state.marker.text) || state.paintedAt !== undefined;
    },
    undefined,
    { timeout, polling: 25 },
  );

/** Opens the target in a page and measures it until everything it loads has arrived. */
async function visit(page: Page, target: Target): Promise<Visit> {
  // The page closed just before is still being torn down: its clean-up would otherwise run alongside this load.
  await sleep(quietBeforeVisitMs);
  const since = target.log.length;
  await page.goto(target.url, { waitUntil: 'domcontentloaded' });
  await markerPainted(page, 30_000);
  // Paint entries are delivered after the paint; give them a moment to arrive.
  await page
    .waitForFunction(
      () => {
        const state = (window as unknown as BenchWindow).__bench;
        const entries = state.marker.via === 'Element Timing' ? state.elements : state.largest;
        return entries.some((entry) => entry.text === state.marker.text);
      },
      undefined,
      { timeout: 1000, polling: 25 },
    )
    .catch(() => undefined);
  await settle(target.log, since);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const state = await probeState(page);
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  const paint = paintOf(state);
  if (!paint) throw new Error(`${target.label}: "${target.marker.text}" was never painted`);
  const served = target.log.slice(since);
  const beforePaint = served.filter((entry) => entry.finishedAt <= timeOrigin + paint.ms);
  const bytesOf = (kind: string) =>
    beforePaint.filter((entry) => entry.contentType.includes(kind)).reduce((sum, entry) => sum + entry.bodyBytes, 0);
  return {
    paintMs: paint.ms,
    method: paint.method,
    beforePaint: { js: bytesOf('javascript'), html: bytesOf('html'), json: bytesOf('json') },
    jsFiles: beforePaint.filter((entry) => entry.contentType.includes('javascript')).map((entry) => entry.path),
    bytes: served.reduce((sum, entry) => sum + entry.bytes, 0),
    cls: state.cls,
  };
}

/** One fresh context: a first visit, then a repeat visit in a new page of the same context. */
export async function measureVisits(browser: Browser, target: Target): Promise<Visits> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  try {
    await context.addInitScript({ content: probeScript(target.marker) });
    const page = await context.newPage();
    const first = await visit(page, target);
    await page.close();
    const repeat = await visit(await context.newPage(), target);
    return { first, repeat };
  } finally {
    await context.close();
  }
}

/**
 * Chooses the report in the period filter: a click on its link, or, where the filter is a list
 * (more than four reports), the choice made in the page's list. A click's time is its event's; a
 * choice in the list is timed from the moment it is made (Event Timing does not time a change).
 * The pointer reaches the list first, as it reaches a link before clicking it: the filter asks for
 * the other reports then, for links and list alike.
 */
async function choosePeriod(page: Page, reportId: string): Promise<void> {
  const how = await page.evaluate((id) => {
    for (const marked of document.querySelectorAll('[data-bench-link]')) marked.removeAttribute('data-bench-link');
    const links = [...document.querySelectorAll<HTMLAnchorElement>('nav a[href]')];
    const params = (link: HTMLAnchorElement) => new URL(link.href).searchParams;
    const link =
      links.find((candidate) => params(candidate).get('period') === id && !params(candidate).has('view')) ??
      links.find((candidate) => [...params(candidate).keys()].length === 0);
    if (link) {
      link.setAttribute('data-bench-link', '');
      return 'link';
    }
    const select = document.querySelector<HTMLSelectElement>('nav select');
    return select && [...select.options].some((option) => option.value === id) ? 'select' : undefined;
  }, reportId);
  if (how === 'link') return page.click('[data-bench-link]');
  if (!how) throw new Error(`the period filter offers no report ${reportId}`);
  await page.hover('nav select');
  await page.evaluate((id) => {
    const select = document.querySelector<HTMLSelectElement>('nav select')!;
    (window as unknown as BenchWindow).__bench.clickAt = performance.now();
    select.value = id;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, reportId);
}

/**
 * Chooses `reportId` in the period filter; the time from the click to `marker` painted: the frame
 * after the click's handlers (Event Timing), when the figure was in the page by then. Two frames
 * after it appeared (the fallback, and always for a choice in the list) stops before the frame is
 * rasterised and shown.
 */
async function switchPeriod(page: Page, reportId: string, marker: Marker): Promise<Switch> {
  await page.evaluate((next) => (window as unknown as BenchWindow).__benchArm(next), marker);
  await choosePeriod(page, reportId);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.paintedAt !== undefined, undefined, {
    timeout: 10_000,
    polling: 25,
  });
  await page
    .waitForFunction(() => (window as unknown as BenchWindow).__bench.clickPresentedAt !== undefined, undefined, {
      timeout: 1000,
      polling: 25,
    })
    .catch(() => undefined);
  const state = await probeState(page);
  const doubleRafMs = state.paintedAt! - state.clickAt!;
  const afterInteractiveMs = state.clickAt! - (state.interactiveAt ?? 0);
  const inFrame =
    state.clickPresentedAt !== undefined &&
    state.mutationAt !== undefined &&
    state.mutationAt <= state.clickProcessedAt!;
  return inFrame
    ? { ms: state.clickPresentedAt! - state.clickAt!, method: 'Event Timing', doubleRafMs, afterInteractiveMs }
    : { ms: doubleRafMs, method: 'MutationObserver + double rAF', doubleRafMs, afterInteractiveMs };
}

/**
 * In a fresh context on the default view: a switch to the other report as soon as the app has made
 * the page interactive (the first two seconds, while it still loads), then back once the page has
 * been quiet for two seconds.
 */
export async function measureSwitches(
  browser: Browser,
  target: Target,
  other: { reportId: string; marker: Marker },
  latestReportId: string,
): Promise<Switches> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  try {
    await context.addInitScript({ content: probeScript(target.marker) });
    const page = await context.newPage();
    await sleep(quietBeforeVisitMs);
    const since = target.log.length;
    await page.goto(target.url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(
      () => (window as unknown as BenchWindow).__bench.interactiveAt !== undefined,
      undefined,
      {
        timeout: 30_000,
        polling: 10,
      },
    );
    const early = await switchPeriod(page, other.reportId, other.marker);
    await settle(target.log, since, settledSwitchQuietMs);
    const settled = await switchPeriod(page, latestReportId, target.marker);
    return { early, settled };
  } finally {
    await context.close();
  }
}
