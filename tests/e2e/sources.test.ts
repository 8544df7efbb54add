import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/report-schema';
import { onDashboardPage, screenshot, textOf, textsOf } from './support/browser';
import { openSourcePanel, sourceOpeners, tile } from './support/dashboard-parts';
import { datasetReport, datasetReports } from './support/dataset';
import { startHarness } from './support/harness';

/**
 * "Where does this number come from?": every source panel on the page, opened
 * as a reader would, quotes the reports word for word, and every derived number
 * shows its arithmetic.
 */

const { server, browser } = await startHarness();

const onPage = (path: string, check: (page: Page) => Promise<void>) =>
  onDashboardPage(browser, server.url, path, async (page) => {
    // The charts are loaded after the first screen: their panels are part of the page.
    await page.locator('.chart').first().waitFor();
    await check(page);
  });

const panelLabels = ['Nguồn và cách tính', 'Nguồn và số liệu gốc'];

/**
 * Opens every source panel in turn by its button, hands its dialog to `read`, and closes it with
 * Esc: one panel is open at a time, over the page.
 */
async function eachPanel(page: Page, read: (panel: Locator) => Promise<void>): Promise<void> {
  const openers = await sourceOpeners(page).all();
  expect(openers.length).toBeGreaterThan(0);
  for (const opener of openers) {
    expect(panelLabels).toContain(await textOf(opener));
    const panel = await openSourcePanel(opener);
    await read(panel);
    await page.keyboard.press('Escape');
    expect(await panel.evaluate((element: HTMLDialogElement) => element.open), 'closed by Esc').toBe(false);
  }
}

/** The blockquotes of a panel without their “ ” marks; each must carry both. */
async function quotesIn(panel: Locator): Promise<string[]> {
  const texts = await textsOf(panel.locator('blockquote'));
  return texts.map((text) => {
    const trimmed = text.trim();
    expect(trimmed.startsWith('“') && trimmed.endsWith('”'), `quoted in “ ”: ${trimmed}`).toBe(true);
    return trimmed.slice(1, -1);
  });
}

const quotesOf = (report: Report) => [
  ...report.figures.map((figure) => figure.quote),
  ...report.targetSets.map((set) => set.quote),
];

/** Which dataset report a quote is from; the quotes of the two reports do not overlap. */
function reportOfQuote(quote: string): Report | undefined {
  return datasetReports().find((report) => quotesOf(report).includes(quote));
}

async function checkPanels(page: Page, chosen: Report) {
  const chosenQuotes = quotesOf(chosen);
  const shown = new Set<string>();
  let inCharts = 0;
  await eachPanel(page, async (panel) => {
    const inChart = (await panel.locator('xpath=ancestor::figure[contains(@class, "chart")]').count()) > 0;
    const quotes = await quotesIn(panel);
    expect(quotes.length, 'each panel quotes at least one sentence').toBeGreaterThan(0);
    const citations = (await textsOf(panel.locator('.source-citation'))).join('\n');
    for (const quote of quotes) {
      const report = reportOfQuote(quote);
      expect(report, `a sentence of the dataset: “${quote}”`).toBeDefined();
      if (!inChart) {
        // Outside the trend charts the page speaks of the chosen report only.
        expect(chosenQuotes, `a sentence of the chosen report: “${quote}”`).toContain(quote);
      }
      // The panel names the report the sentence is from.
      expect(citations).toContain(report!.source.title);
      shown.add(quote);
    }
    if (inChart) inCharts += 1;
  });
  expect(inCharts, 'chart panels were opened too').toBeGreaterThan(0);
  for (const figure of chosen.figures) {
    expect(shown.has(figure.quote), `the quote of ${figure.id} is shown`).toBe(true);
  }
  for (const set of chosen.targetSets) {
    expect(shown.has(set.quote), `the quote of the target set ${set.id} is shown`).toBe(true);
  }
}

/** The "Cách tính" lines inside one tile's panel. */
async function calculations(page: Page, indicator: string): Promise<string[]> {
  const panel = await openSourcePanel(tile(page, indicator).locator('button.source-panel__open'));
  return (await textsOf(panel.locator('.source-panel__calculation'))).map((text) => text.trim());
}

describe('source panels on ?year=2023', () => {
  it('quote the 2023 report word for word, and every figure of it is quoted somewhere', () =>
    onPage('/?year=2023', (page) => checkPanels(page, datasetReport(2023))));

  it('show the arithmetic of derived figures step by step', () =>
    onPage('/?year=2023', async (page) => {
      const budget = await calculations(page, 'budget-revenue');
      // 641,769 ÷ 0,6979 = 919,57…; 641,769 ÷ 1,10 = 583,43…
      expect(budget).toContain('Cách tính: 641,769 ÷ 69,79% ≈ 919,6 tỷ đồng');
      expect(budget).toContain('Cách tính: 641,769 ÷ (100% + 10%) ≈ 583,4 tỷ đồng');
      // 641,769 ÷ 0,6068 = 1.057,62…; September: 55,3 ÷ 0,0601 = 920,13…
      expect(budget).toContain('Cách tính: 641,769 ÷ 60,68% ≈ 1.057,6 tỷ đồng');
      expect(budget).toContain('Cách tính: 55,3 ÷ 6,01% ≈ 920,1 tỷ đồng');

      await page.keyboard.press('Escape');
      const party = page.locator('.party li').filter({ hasText: 'Kết nạp đảng viên' }).first();
      const partyPanel = await openSourcePanel(party.locator('button.source-panel__open'));
      const counts = (await textsOf(partyPanel.locator('.source-panel__calculation'))).map((text) => text.trim());
      // Counts are whole people: 210 ÷ 1,273 = 164,96…; 210 ÷ 0,84 = 250.
      expect(counts).toEqual(['Cách tính: 210 ÷ 127,3% ≈ 165', 'Cách tính: 210 ÷ 84% ≈ 250']);
    }));
});

describe('source panels on ?year=2024', () => {
  it('quote the 2024 report word for word, and every figure of it is quoted somewhere', () =>
    onPage('/?year=2024', (page) => checkPanels(page, datasetReport(2024))));

  it('derive from named plans only: none from "bằng 184%", which names no plan', () =>
    onPage('/?year=2024', async (page) => {
      // 453,4 ÷ 1,00 = 453,4; 453,4 ÷ 1,033 = 438,92…
      expect(await calculations(page, 'industrial-output')).toEqual([
        'Cách tính: 453,4 ÷ 100% ≈ 453,4 tỷ đồng',
        'Cách tính: 453,4 ÷ (100% + 3,3%) ≈ 438,9 tỷ đồng',
      ]);
      await page.keyboard.press('Escape');
      expect(await calculations(page, 'budget-revenue')).toEqual([]);
      // The citation of the undated 2024 article says so.
      const citation = tile(page, 'budget-revenue')
        .locator('.source-citation')
        .filter({ hasText: 'Quận Lê Chân đánh giá kết quả thực hiện nhiệm vụ năm 2024' });
      expect(await textOf(citation)).toContain('không ghi ngày đăng');
    }));
});

/** Where every card of the page is: tiles, panels, party cards and charts. */
function cardBoxes(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('article.tile, .panel, .party__list > li, figure.chart')).map((card) => {
      const { x, y, width, height } = card.getBoundingClientRect();
      return {
        x: Math.round(x),
        y: Math.round(y + window.scrollY),
        width: Math.round(width),
        height: Math.round(height),
      };
    }),
  );
}

describe('a source panel opens over the page', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`at ${size}, a tile's panel moves no card and has the room it needs`, () =>
      onDashboardPage(
        browser,
        server.url,
        '/?year=2023',
        async (page) => {
          const before = await cardBoxes(page);
          expect(before.length).toBeGreaterThan(10);
          // Found by its words, as a reader finds it.
          const opener = tile(page, 'budget-revenue').getByText('Nguồn và cách tính', { exact: true }).first();
          await opener.click();
          const dialog = page.getByRole('dialog', { name: 'Nguồn và cách tính Thu ngân sách trên địa bàn quận' });
          await dialog.waitFor();
          await screenshot(page, `source-panel-${size}`);
          expect(await cardBoxes(page), 'every card where it was').toEqual(before);
          const box = (await dialog.boundingBox())!;
          expect(box.x, 'inside the screen').toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
          expect(box.width, 'wider than a tile').toBeGreaterThanOrEqual(Math.min(480, viewport.width));
          expect(box.height, 'the screen’s height').toBeGreaterThanOrEqual(viewport.height - 1);
          // Its quote is read without scrolling the panel.
          const quote = (await dialog.locator('blockquote').first().boundingBox())!;
          expect(quote.y + quote.height).toBeLessThanOrEqual(viewport.height);
        },
        { viewport },
      ));
  }

  it('takes focus, is named by its heading, closes on Esc and gives focus back to its button', () =>
    onPage('/?year=2024', async (page) => {
      const opener = tile(page, 'budget-revenue').getByRole('button', { name: 'Nguồn và cách tính' });
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Nguồn và cách tính Thu ngân sách trên địa bàn quận' });
      await dialog.waitFor();
      expect(await dialog.evaluate((element) => element.contains(document.activeElement)), 'focus inside').toBe(true);
      // Modal: the page behind it is out of reach, so Tab stays in the panel.
      for (let pressed = 0; pressed < 4; pressed++) {
        await page.keyboard.press('Tab');
        const inside = await dialog.evaluate(
          (element) => element.contains(document.activeElement) || document.activeElement === document.body,
        );
        expect(inside, 'Tab stays in the panel').toBe(true);
      }
      await page.keyboard.press('Escape');
      expect(await dialog.isVisible()).toBe(false);
      expect(await opener.evaluate((element) => element === document.activeElement), 'focus back on its button').toBe(
        true,
      );
    }));

  it('closes with its visible "Đóng" button, and with a click beside it', () =>
    onPage('/?year=2023', async (page) => {
      const opener = page.getByRole('button', { name: 'Nguồn và số liệu gốc' }).first();
      const dialog = await openSourcePanel(opener);
      const close = dialog.getByRole('button', { name: 'Đóng' });
      expect(await close.isVisible()).toBe(true);
      await close.click();
      expect(await dialog.isVisible()).toBe(false);
      expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);

      await openSourcePanel(opener);
      // The dimmed page at the left of the sheet.
      await page.mouse.click(20, 300);
      expect(await dialog.isVisible()).toBe(false);
    }));
});
