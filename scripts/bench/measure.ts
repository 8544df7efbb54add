import type { Browser, Page } from 'playwright-core';
import type { ServedResponse } from '../../tests/e2e/support/static-server';
import { probeScript, type ProbeState } from './probe';

/**
 * One run of the bench in a page: a first visit, a period switch and a repeat visit, timed by the
 * probe (probe.ts) the page carries and by the server's log of what it sent.
 */

export const viewport = { width: 1366, height: 768 };

/** A page to measure (a build or the floor) and the log of its server's responses. */
export type Target = { label: string; url: string; log: ServedResponse[] };
export type Visit = {
  paintMs: number;
  method: 'Element Timing' | 'MutationObserver + double rAF';
  jsBeforePaint: number;
  jsFiles: string[];
  bytes: number;
  cls: number;
};
export type Switch = { ms: number; method: 'Event Timing' | 'MutationObserver + double rAF'; doubleRafMs: number };
export type Run = { first: Visit; repeat: Visit; switch: Switch };
/** The headline figure of the period opened first, and of the other period with its filter link. */
export type Headlines = { first: string; other: string; otherLabel: string };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const quietBeforeVisitMs = 500;
type BenchWindow = { __bench: ProbeState; __benchArm: (next: string) => void };

/** Waits until the server has answered nothing for `quietMs` (the page has fetched what it will). */
async function settle(log: ServedResponse[], since: number, quietMs = 1000, maxMs = 15_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < maxMs) {
    const last = log.slice(since).reduce((latest, entry) => Math.max(latest, entry.finishedAt), start);
    if (Date.now() - last >= quietMs) return;
    await sleep(100);
  }
}

/** Opens the target's first screen in a page and measures it until everything it loads has arrived. */
async function visit(page: Page, target: Target, expected: string): Promise<Visit> {
  // The page closed just before (the previous run's, or the first visit's) is still being torn down:
  // its clean-up would otherwise run alongside this load, heavier after the app than after the floor.
  await sleep(quietBeforeVisitMs);
  const since = target.log.length;
  await page.goto(target.url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(
    (text) => {
      const state = (window as unknown as BenchWindow).__bench;
      return state.elements.some((entry) => entry.text === text) || state.paintedAt !== undefined;
    },
    expected,
    { timeout: 30_000, polling: 25 },
  );
  // Element Timing entries are delivered after the paint; give them a moment to arrive.
  await page
    .waitForFunction(
      (text) => (window as unknown as BenchWindow).__bench.elements.some((entry) => entry.text === text),
      expected,
      { timeout: 1000, polling: 25 },
    )
    .catch(() => undefined);
  await settle(target.log, since);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const { state, timeOrigin } = await page.evaluate(() => ({
    state: (window as unknown as BenchWindow).__bench,
    timeOrigin: performance.timeOrigin,
  }));
  const timed = state.elements.filter((entry) => entry.text === expected).map((entry) => entry.renderTime);
  const paintMs = timed.length > 0 ? Math.min(...timed) : state.paintedAt;
  if (paintMs === undefined) throw new Error(`${target.label}: the headline figure "${expected}" was never painted`);
  const paintedAtWallClock = timeOrigin + paintMs;
  const served = target.log.slice(since);
  const scripts = served.filter((entry) => entry.contentType.includes('javascript'));
  const beforePaint = scripts.filter((entry) => entry.finishedAt <= paintedAtWallClock);
  return {
    paintMs,
    method: timed.length > 0 ? 'Element Timing' : 'MutationObserver + double rAF',
    jsBeforePaint: beforePaint.reduce((sum, entry) => sum + entry.bodyBytes, 0),
    jsFiles: beforePaint.map((entry) => entry.path),
    bytes: served.reduce((sum, entry) => sum + entry.bytes, 0),
    cls: state.cls,
  };
}

/**
 * Clicks the other period in the filter; the time from the click to the new headline figure painted:
 * the frame after the click's handlers (Event Timing), when the figure was in the page by then.
 * Two frames after the figure appeared (the fallback) is only an estimate: it stops before the frame
 * is rasterised and shown.
 */
async function switchPeriod(page: Page, label: string, expected: string): Promise<Switch> {
  // A prerendered page's filter works in the page once the app has taken it over.
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return !root?.hasAttribute('data-prerendered') || root.dataset.interactive !== undefined;
  });
  await page.evaluate((text) => (window as unknown as BenchWindow).__benchArm(text), expected);
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.paintedAt !== undefined, undefined, {
    timeout: 10_000,
    polling: 25,
  });
  // Event Timing entries are delivered after the paint; give them a moment to arrive.
  await page
    .waitForFunction(() => (window as unknown as BenchWindow).__bench.clickPresentedAt !== undefined, undefined, {
      timeout: 1000,
      polling: 25,
    })
    .catch(() => undefined);
  const state = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
  const doubleRafMs = state.paintedAt! - state.clickAt!;
  const inFrame =
    state.clickPresentedAt !== undefined &&
    state.mutationAt !== undefined &&
    state.mutationAt <= state.clickProcessedAt!;
  return inFrame
    ? { ms: state.clickPresentedAt! - state.clickAt!, method: 'Event Timing', doubleRafMs }
    : { ms: doubleRafMs, method: 'MutationObserver + double rAF', doubleRafMs };
}

/** One fresh context: first visit, period switch, then a repeat visit in a new page of the same context. */
export async function measure(browser: Browser, target: Target, headlines: Headlines): Promise<Run> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  try {
    await context.addInitScript({ content: probeScript(headlines.first) });
    const page = await context.newPage();
    const first = await visit(page, target, headlines.first);
    const periodSwitch = await switchPeriod(page, headlines.otherLabel, headlines.other);
    await page.close();
    const repeat = await visit(await context.newPage(), target, headlines.first);
    return { first, repeat, switch: periodSwitch };
  } finally {
    await context.close();
  }
}
