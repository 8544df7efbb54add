import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { findChromium } from './find-chromium';

export const screenshotDir = 'test-results/screenshots';

let found: string | undefined;

/** The Chromium the tests and the bench drive (see find-chromium.ts); throws, saying how to install one, if there is none. */
export function chromePath(): string {
  if (found) return found;
  const search = findChromium();
  if (search.path === undefined) throw new Error(search.message);
  found = search.path;
  return found;
}

/** Flags for a headless run that must not reach out to the network; the bench uses them too. */
export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: [...chromeFlags, ...extraArgs] });
}

export type Viewport = { width: number; height: number };

export type PageOptions = {
  viewport?: Viewport;
  deviceScaleFactor?: number;
  /** For a scenario that provokes failures (a request refused, a script blocked): its console errors are expected. */
  allowConsoleErrors?: boolean;
};

/**
 * A fresh context and page for `run`, closed afterwards even when `run` throws. The test fails on any
 * console error or uncaught exception, unless the scenario allows them.
 */
export async function withPage(
  browser: Browser,
  run: (page: Page, context: BrowserContext) => Promise<void>,
  { viewport = { width: 1920, height: 1080 }, deviceScaleFactor, allowConsoleErrors = false }: PageOptions = {},
): Promise<void> {
  const context = await browser.newContext({ viewport, deviceScaleFactor, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await run(page, context);
    if (!allowConsoleErrors) expect(errors, 'console errors or uncaught exceptions').toEqual([]);
  } finally {
    await context.close();
  }
}

/** What the dashboard shows once settled: a report, the comparison table or an error panel. */
export const settledSelector = '.report-heading__period, .compare table, .error-panel';

/** Waits until the app has taken the page over (the build prerenders the default view), left its loading state, and its web fonts are in. */
export async function waitForDashboard(page: Page): Promise<void> {
  await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
  await page.locator(settledSelector).first().waitFor({ state: 'visible' });
  await drawCharts(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * The charts wait until the visitor could want them (src/lib/charts-wanted.ts):
 * scrolls to them as a visitor would, waits until they are drawn, and scrolls back up.
 */
export async function drawCharts(page: Page): Promise<void> {
  if ((await page.locator('.charts__loading, .charts').count()) === 0) return;
  // At the bottom of the page, the charts' section is within a screen whatever the viewport.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  // Attached, not visible: on a phone the charts are drawn folded (ChartsSection.tsx).
  await page.locator('.charts figure').first().waitFor({ state: 'attached' });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Opens a path (e.g. "/?year=2023") of the served app and waits for the dashboard to settle. */
export async function openDashboard(page: Page, baseUrl: string, path: string): Promise<void> {
  await page.goto(new URL(path, baseUrl).toString());
  await waitForDashboard(page);
}

/** Rendered text with non-breaking and narrow spaces as plain spaces, so "641,769 tỷ đồng" matches either way. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ');
}

/** Text of the visible main area (closed <details> contents are not rendered, so not included). */
export function mainText(page: Page): Promise<string> {
  return textOf(page.locator('main'));
}

/** A slide of ?present=1 is in, its entrance animation over, and any chart sized to it. */
export async function waitForSlide(page: Page): Promise<void> {
  await page.locator('main.present .present__slide').waitFor();
  // The first slide is prerendered: it shows before the app has taken it over and answers keys.
  await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
  await page.waitForFunction(
    () =>
      document.querySelector('.present-chart:not([data-fitted])') === null &&
      document
        .querySelector('.present__slide')!
        .getAnimations({ subtree: true })
        .every((animation) => animation.playState !== 'running'),
  );
}

/**
 * Opens a path of the served app in a fresh page (see withPage), waits for the dashboard and runs
 * `check`. `beforeOpen` prepares the context first (permissions, downloads).
 */
export function onDashboardPage(
  browser: Browser,
  baseUrl: string,
  path: string,
  check: (page: Page, context: BrowserContext) => Promise<void>,
  { beforeOpen, ...options }: PageOptions & { beforeOpen?: (context: BrowserContext) => Promise<void> } = {},
): Promise<void> {
  return withPage(
    browser,
    async (page, context) => {
      await beforeOpen?.(context);
      await openDashboard(page, baseUrl, path);
      await check(page, context);
    },
    options,
  );
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = `${screenshotDir}/${name}.png`;
  await page.screenshot({ path, fullPage });
  return path;
}

/** textOf for every element a locator matches. */
export async function textsOf(locator: Locator): Promise<string[]> {
  return (await locator.allInnerTexts()).map((text) => text.replace(/[\u00a0\u202f]/g, ' '));
}
