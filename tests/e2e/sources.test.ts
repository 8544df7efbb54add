import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/report-schema';
import { onDashboardPage, textOf, textsOf } from './support/browser';
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

/** Opens every source disclosure by clicking its summary, and returns the panels. */
async function openAllPanels(page: Page): Promise<Locator[]> {
  const panels = await page.locator('details.source-panel').all();
  expect(panels.length).toBeGreaterThan(0);
  for (const panel of panels) {
    const summary = panel.locator('> summary');
    expect(panelLabels).toContain(await textOf(summary));
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
    expect(await panel.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
  }
  return panels;
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
  const panels = await openAllPanels(page);
  const chosenQuotes = quotesOf(chosen);
  const shown = new Set<string>();
  let inCharts = 0;
  for (const panel of panels) {
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
  }
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
  const panel = page.locator(`article[aria-labelledby="tile-${indicator}"] details.source-panel`);
  await panel.locator('> summary').click();
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

      const party = page.locator('.party li').filter({ hasText: 'Kết nạp đảng viên' }).first();
      await party.locator('details.source-panel > summary').click();
      const counts = (await textsOf(party.locator('.source-panel__calculation'))).map((text) => text.trim());
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
      expect(await calculations(page, 'budget-revenue')).toEqual([]);
      // The citation of the undated 2024 article says so.
      const citation = page
        .locator('article[aria-labelledby="tile-budget-revenue"] .source-citation')
        .filter({ hasText: 'Quận Lê Chân đánh giá kết quả thực hiện nhiệm vụ năm 2024' });
      expect(await textOf(citation)).toContain('không ghi ngày đăng');
    }));
});
