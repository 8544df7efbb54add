import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { onDashboardPage, waitForSlide, withPage } from './support/browser';
import { openAllTables, openFirstSourcePanel, waitForCharts } from './support/dashboard-parts';
import { startHarness } from './support/harness';

/**
 * WCAG 2.1 A and AA, and axe-core's best practices (headings in order, landmarks: Lighthouse's
 * accessibility score counts them), on every view of the production build.
 */

const { server, browser } = await startHarness();

async function violationsOf(page: Page): Promise<{ count: number; report: string }> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const report = results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) => `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${nodes}`;
    })
    .join('\n');
  return { count: results.violations.length, report };
}

const checkView = (path: string, prepare?: (page: Page) => Promise<void>) =>
  onDashboardPage(browser, server.url, path, async (page) => {
    await prepare?.(page);
    const { count, report } = await violationsOf(page);
    expect(count, `axe violations on ${path}:\n${report}`).toBe(0);
  });

/** A slide of ?present=1, once settled. */
function checkSlide(path: string): Promise<void> {
  return withPage(
    browser,
    async (page) => {
      await page.goto(new URL(path, server.url).toString());
      await waitForSlide(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const { count, report } = await violationsOf(page);
      expect(count, `axe violations on ${path}:\n${report}`).toBe(0);
    },
    { viewport: { width: 1280, height: 720 } },
  );
}

describe('axe-core WCAG 2.1 AA', () => {
  it('has no violations on ?year=2023', () => checkView('/?year=2023'));
  it('has no violations on ?year=2024', () => checkView('/?year=2024'));
  it('has no violations on ?view=compare', () => checkView('/?view=compare'));
  it('has no violations on ?year=2023 with a tile\'s "Nguồn và cách tính" open over the page', () =>
    checkView('/?year=2023', (page) => openFirstSourcePanel(page, 'tile')));
  it('has no violations on ?year=2024 with a chart\'s "Nguồn và số liệu gốc" open over the page', () =>
    checkView('/?year=2024', (page) => openFirstSourcePanel(page, 'chart')));
  it("has no violations on a phone (390×844) with a tile's source panel open", () =>
    onDashboardPage(
      browser,
      server.url,
      '/?year=2024',
      async (page) => {
        await openFirstSourcePanel(page, 'tile');
        const { count, report } = await violationsOf(page);
        expect(count, `axe violations:\n${report}`).toBe(0);
      },
      { viewport: { width: 390, height: 844 } },
    ));
});

describe('axe-core WCAG 2.1 AA, English', () => {
  it('has no violations on ?lang=en&year=2024', () => checkView('/?lang=en&year=2024', waitForCharts));
  it('has no violations on ?lang=en&view=compare', () => checkView('/?lang=en&view=compare'));
  it('has no violations on ?lang=en&year=2023 with a source panel open', () =>
    checkView('/?lang=en&year=2023', (page) => openFirstSourcePanel(page, 'tile')));
});

describe('axe-core WCAG 2.1 AA, charts', () => {
  it('has no violations on ?year=2023 with the charts drawn', () => checkView('/?year=2023', waitForCharts));
  it('has no violations on ?year=2023 with every chart shown as a table ("Xem bảng")', () =>
    checkView('/?year=2023', openAllTables));
  it('has no violations on ?year=2024 with every chart shown as a table ("Xem bảng")', () =>
    checkView('/?year=2024', openAllTables));
});

describe('axe-core WCAG 2.1 AA, presentation', () => {
  it('has no violations on ?present=1 (slide 1, the overview)', () => checkSlide('/?present=1'));
  it('has no violations on ?present=1&slide=3 (a chart slide)', () => checkSlide('/?present=1&slide=3'));
  it('has no violations on ?present=1&year=2023&slide=5 (an indicator with its chart)', () =>
    checkSlide('/?present=1&year=2023&slide=5'));
  it('has no violations on ?lang=en&present=1', () => checkSlide('/?lang=en&present=1'));
  it('has no violations on ?lang=en&present=1&slide=3 (a chart slide)', () =>
    checkSlide('/?lang=en&present=1&slide=3'));
});
