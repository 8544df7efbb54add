import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Parts of the dashboard that several browser tests find or open, found the same way everywhere. */

/** The report's period heading ("Năm 2024", "Year 2024"). */
export const periodHeading = (page: Page) => page.locator('.report-heading__period');

/** An indicator's tile, by the indicator's id ("budget-revenue"). */
export const tile = (page: Page, indicator: string) => page.locator(`article[aria-labelledby="tile-${indicator}"]`);

/** The trend charts load after the figures: waits until every chart card is drawn. */
export async function waitForCharts(page: Page): Promise<void> {
  await page.locator('.chart').first().waitFor();
  await page.waitForFunction(() => document.querySelector('.charts__loading') === null);
  expect(await page.locator('.chart .recharts-surface').count()).toBeGreaterThan(0);
}

/**
 * Opens every source disclosure ("Nguồn và cách tính" on tiles, "Nguồn và số liệu gốc" on charts)
 * the way a reader does: by its summary, once the charts are in.
 */
export async function openAllSourcePanels(page: Page): Promise<void> {
  await waitForCharts(page);
  const closed = page.locator('details.source-panel:not([open]) > summary');
  const total = await closed.count();
  expect(total, 'source panels on the page').toBeGreaterThan(0);
  for (let opened = 0; opened < total; opened++) await closed.first().click();
  expect(await page.locator('details.source-panel:not([open])').count()).toBe(0);
}

/** Charts drawn, then every chart switched to its table with its button ("Xem bảng", "Show table"). */
export async function openAllTables(page: Page, showTable = 'Xem bảng'): Promise<void> {
  await waitForCharts(page);
  const charts = await page.locator('figure.chart').count();
  const toggles = page.getByRole('button', { name: showTable, expanded: false });
  expect(await toggles.count(), `"${showTable}" buttons`).toBe(charts);
  for (let opened = 0; opened < charts; opened++) await toggles.first().click();
  expect(await page.locator('figure.chart .chart__table table').count()).toBe(charts);
}
