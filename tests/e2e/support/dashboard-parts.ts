import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Parts of the dashboard that several browser tests find or open, found the same way everywhere. */

/** The report's period heading ("Năm 2024", "Year 2024"). */
export const periodHeading = (page: Page) => page.locator('.report-heading__period');

/** An indicator's tile, by the indicator's id ("budget-revenue"). */
export const tile = (page: Page, indicator: string) => page.locator(`article[aria-labelledby="tile-${indicator}"]`);

/** The trend charts load after the figures: waits until every chart card is drawn (on a phone, folded). */
export async function waitForCharts(page: Page): Promise<void> {
  await page.locator('.chart').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelector('.charts__loading') === null);
  expect(await page.locator('.chart .recharts-surface').count()).toBeGreaterThan(0);
}

/** The buttons of the chart groups a phone folds ("Tỷ lệ đạt kế hoạch và tăng trưởng · 2 biểu đồ"); none on wider screens. */
export const chartGroupButtons = (page: Page) => page.locator('.chart-group > button');

/** Charts drawn, then every group a phone folds opened with its button, as a reader does. */
export async function openChartGroups(page: Page): Promise<void> {
  await waitForCharts(page);
  const buttons = chartGroupButtons(page);
  for (const button of await buttons.all())
    if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'false') await button.click();
}

/** The buttons that open the source panels ("Nguồn và cách tính" on cards, "Nguồn và số liệu gốc" on charts). */
export const sourceOpeners = (page: Page) => page.locator('button.source-panel__open');

/** Opens a source panel by its button, as a reader does, and returns its dialog once it is open. */
export async function openSourcePanel(opener: Locator): Promise<Locator> {
  const dialog = opener.locator('xpath=following-sibling::dialog');
  expect(await dialog.evaluate((element: HTMLDialogElement) => element.open), 'closed before').toBe(false);
  await opener.scrollIntoViewIfNeeded();
  await opener.click();
  expect(await dialog.evaluate((element: HTMLDialogElement) => element.open), 'the panel opened').toBe(true);
  return dialog;
}

/** Once the charts are in, opens the source panel of the first tile, or of the first chart. */
export async function openFirstSourcePanel(page: Page, where: 'tile' | 'chart'): Promise<void> {
  await waitForCharts(page);
  const card = where === 'chart' ? 'figure.chart' : 'article.tile';
  await openSourcePanel(page.locator(`${card} button.source-panel__open`).first());
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
