import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { onDashboardPage, screenshotDir, textOf } from './support/browser';
import { startHarness } from './support/harness';

/**
 * The printed handout: A4 landscape pages with the figures and charts, no
 * controls, and a footer that names the reports and the day it was printed.
 */

const { server, browser } = await startHarness();

const onPage = (path: string, check: (page: Page) => Promise<void>) =>
  onDashboardPage(browser, server.url, path, async (page) => {
    // The handout carries the charts: wait until they are drawn.
    await page.locator('.chart svg.recharts-surface').first().waitFor();
    await check(page);
  });

/** The /MediaBox of every page object of a PDF, in points. */
function mediaBoxes(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/g)].map((match) => ({
    width: Number(match[3]) - Number(match[1]),
    height: Number(match[4]) - Number(match[2]),
  }));
}

/** Today as a Vietnamese reader writes it: 05/03/2025. */
function todayWritten(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
}

/** Renders the pages to PNG for people to look at, where poppler's pdftoppm is installed; never an assertion. */
function renderPages(pdfPath: string, prefix: string): void {
  const probe = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' });
  if (probe.error) return;
  mkdirSync(screenshotDir, { recursive: true });
  spawnSync('pdftoppm', ['-r', '60', '-png', pdfPath, `${screenshotDir}/${prefix}`]);
}

/** The printable width of A4 landscape with the stylesheet's 10 mm margins: 277 mm in CSS pixels. */
const printableWidth = Math.floor((277 / 25.4) * 96);

/**
 * Each chart's drawing against its card, laid out as on paper. A browser prints by firing
 * "beforeprint" (scripts may prepare the page), then laying the page out at the paper's width without
 * giving scripts another turn (no resize, no ResizeObserver callback: the PDF shows this). The page is
 * measured the same way: "beforeprint", two frames, then width set, layout read and width restored in
 * one task.
 */
async function chartsOnPaper(page: Page) {
  await page.evaluate(async () => {
    window.dispatchEvent(new Event('beforeprint'));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  return page.evaluate((width) => {
    const root = document.documentElement;
    root.style.width = `${width}px`;
    try {
      return Array.from(document.querySelectorAll<HTMLElement>('figure.chart')).map((figure) => {
        const card = figure.getBoundingClientRect();
        const svg = figure.querySelector('svg.recharts-surface')!.getBoundingClientRect();
        return {
          title: figure.querySelector('.chart__title')?.textContent ?? '',
          cardRight: card.right,
          svgRight: svg.right,
          svgWidth: svg.width,
          cardWidth: card.width,
        };
      });
    } finally {
      root.style.width = '';
    }
  }, printableWidth);
}

type Box = { name: string; left: number; top: number; right: number; bottom: number };

/** The printable height of A4 landscape with the stylesheet's 10 mm margins: 190 mm in CSS pixels. */
const printableHeight = Math.floor((190 / 25.4) * 96);

/**
 * The handout cut into pages as the browser cuts it, where a test can measure it: after
 * "beforeprint", the body becomes a row of columns of the printable page's size, one column a page,
 * laid out by the same fragmentation as paper. Returns every card's box, and how many pieces each
 * task of the tasks list is drawn in.
 */
async function pagesLaidOut(page: Page): Promise<{ cards: Box[]; taskPieces: number[] }> {
  await page.evaluate(async () => {
    window.dispatchEvent(new Event('beforeprint'));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  return page.evaluate(
    ({ width, height }) => {
      const body = document.body.style;
      Object.assign(body, {
        margin: '0',
        width: `${width}px`,
        height: `${height}px`,
        columnWidth: `${width}px`,
        columnGap: '0px',
        columnFill: 'auto',
      });
      const nameOf = (card: Element) =>
        `${card.className.split(' ').join('.')} “${card.querySelector('h2, h3')?.textContent?.trim() ?? ''}”`;
      const cards = Array.from(document.querySelectorAll('.report-heading, .tile, .panel, .chart, .print-footer'))
        .filter((card) => card.getClientRects().length > 0)
        .map((card) => {
          const { left, top, right, bottom } = card.getBoundingClientRect();
          return { name: nameOf(card), left, top, right, bottom };
        });
      const taskPieces = Array.from(document.querySelectorAll('.tasks li')).map((item) => item.getClientRects().length);
      return { cards, taskPieces };
    },
    { width: printableWidth, height: printableHeight },
  );
}

const overlap = (one: Box, two: Box) =>
  Math.min(one.right, two.right) - Math.max(one.left, two.left) > 1 &&
  Math.min(one.bottom, two.bottom) - Math.max(one.top, two.top) > 1;

/** `tileCaveats`: the tiles' caveats, kept in their source panels on screen (2023's tiles have none). */
const cases = [
  {
    year: 2023,
    footer: ['báo cáo 9 tháng đầu năm 2023', 'Cổng tin tức Thành phố Hải Phòng', '22/09/2023'],
    tileCaveats: false,
  },
  {
    year: 2024,
    footer: ['báo cáo năm 2024', 'VietNamNet', 'không ghi ngày đăng'],
    tileCaveats: true,
  },
];

describe('printed handout', () => {
  for (const { year, footer, tileCaveats } of cases) {
    it(`?year=${year} prints to A4 landscape pages (test-results/handout-${year}.pdf)`, () =>
      onPage(`/?year=${year}`, async (page) => {
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        mkdirSync('test-results', { recursive: true });
        const path = `test-results/handout-${year}.pdf`;
        writeFileSync(path, pdf);
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const pages = mediaBoxes(pdf);
        expect(pages.length, 'at least one page').toBeGreaterThan(0);
        // Charts two to a page: one each left half of every page empty. Up to two pages of figures,
        // then the charts, then the tasks.
        const charts = await page.locator('.chart').count();
        expect(charts, 'charts in the handout').toBeGreaterThan(4);
        expect(pages.length, `pages for ${charts} charts`).toBeLessThanOrEqual(3 + Math.ceil(charts / 2));
        for (const box of pages) {
          // A4 is 210 × 297 mm: 595 × 842 points; landscape puts the long side across.
          expect(Math.abs(box.width - 841.89), `page width ${box.width}`).toBeLessThan(2);
          expect(Math.abs(box.height - 595.28), `page height ${box.height}`).toBeLessThan(2);
        }
        renderPages(path, `print-${year}`);
      }));

    it(`?year=${year} in print media hides the controls and shows the source footer`, () =>
      onPage(`/?year=${year}`, async (page) => {
        const footerLocator = page.locator('.print-footer');
        // By CSS, not by role: hidden elements leave the accessibility tree, and a control that is
        // not found at all must not pass for a hidden one.
        // A button that shows a short word on a phone carries its name in aria-label.
        const buttons = (name: string) =>
          page
            .locator(`button[aria-label="${name}"]`)
            .or(page.locator('button:not([aria-label])').filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) }));
        const controls = ['Tải CSV', 'Tải JSON', 'In trang', 'Sao chép liên kết', 'Xem bảng', 'Tải PNG'];
        // On screen: the controls are there and the footer is not.
        for (const name of controls) expect(await buttons(name).first().isVisible(), `${name} on screen`).toBe(true);
        expect(await footerLocator.isVisible()).toBe(false);
        // The tiles' caveats: on screen in the source panels, on paper beside the figures. Party
        // building's stand in the card on screen as well.
        const caveats = page.locator('.figure-notes--beside-panel');
        expect((await caveats.count()) > 0, 'tile caveats in the page').toBe(tileCaveats);
        for (const caveat of await caveats.all()) expect(await caveat.isVisible(), 'caveat on screen').toBe(false);
        const partyCaveat = page.locator('.party .figure-note');
        expect(await partyCaveat.count(), 'party caveats').toBeGreaterThan(0);
        expect(await partyCaveat.first().isVisible(), 'party caveat on screen').toBe(true);

        await page.emulateMedia({ media: 'print' });
        for (const caveat of await caveats.all()) expect(await caveat.isVisible(), 'caveat on paper').toBe(true);
        expect(await partyCaveat.first().isVisible(), 'party caveat on paper').toBe(true);
        for (const name of controls) {
          const found = await buttons(name).all();
          expect(found.length, `${name} buttons exist`).toBeGreaterThan(0);
          for (const button of found) expect(await button.isVisible(), `${name} hidden on paper`).toBe(false);
        }
        const openers = await page.locator('button.source-panel__open').all();
        expect(openers.length).toBeGreaterThan(0);
        for (const opener of openers) {
          expect(await opener.isVisible(), 'source panel buttons hidden on paper').toBe(false);
        }
        expect(await page.locator('nav.period-filter').isVisible()).toBe(false);

        expect(await footerLocator.isVisible()).toBe(true);
        const text = await textOf(footerLocator);
        expect(text).toMatch(/^Nguồn:/);
        for (const words of footer) expect(text).toContain(words);
        expect(text).toMatch(/In ngày \d/);
        // The figures are still on paper.
        expect(await page.locator('.report-heading__period').isVisible()).toBe(true);
        expect(await page.locator('figure.chart').first().isVisible()).toBe(true);
      }));

    it(`?year=${year} on paper draws every chart inside its card, and every card inside the page`, () =>
      onPage(`/?year=${year}`, async (page) => {
        await page.emulateMedia({ media: 'print' });
        const charts = await chartsOnPaper(page);
        expect(charts.length).toBeGreaterThan(5);
        for (const chart of charts) {
          expect(chart.cardRight, `${chart.title}: card inside the page`).toBeLessThanOrEqual(printableWidth + 1);
          expect(
            chart.svgRight,
            `${chart.title}: drawing ${Math.round(chart.svgWidth)} px wide in a card of ${Math.round(chart.cardWidth)} px`,
          ).toBeLessThanOrEqual(chart.cardRight + 1);
        }
      }));

    it(`?year=${year} dates the handout in full, as the sources are dated (dd/mm/yyyy)`, () =>
      onPage(`/?year=${year}`, async (page) => {
        await page.emulateMedia({ media: 'print' });
        const text = await textOf(page.locator('.print-footer'));
        expect(text).toContain(`In ngày ${todayWritten()} từ bảng chỉ tiêu quận Lê Chân.`);
      }));
  }

  for (const window of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    for (const { year } of cases) {
      const name = `${year}-from-${window.width}`;
      it(`?year=${year} printed from a window ${window.width} px wide: no card over another, no task split (handout-${name}.pdf)`, () =>
        onDashboardPage(
          browser,
          server.url,
          `/?year=${year}`,
          async (page) => {
            await page.locator('.chart svg.recharts-surface').first().waitFor();
            // What Ctrl+P gives from this window, for people to look at: the charts as drawn for the screen.
            const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
            mkdirSync('test-results', { recursive: true });
            const path = `test-results/handout-${name}.pdf`;
            writeFileSync(path, pdf);
            renderPages(path, `print-${name}`);

            await page.emulateMedia({ media: 'print' });
            const { cards, taskPieces } = await pagesLaidOut(page);
            expect(cards.length).toBeGreaterThan(10);
            const overlaps = cards.flatMap((one, index) =>
              cards.slice(index + 1).flatMap((two) => (overlap(one, two) ? [`${one.name} × ${two.name}`] : [])),
            );
            expect(overlaps, 'cards drawn over one another').toEqual([]);
            // A task is read whole: never split across the list's columns or across pages.
            expect(taskPieces.length, 'tasks in the report').toBeGreaterThan(0);
            expect(taskPieces.filter((pieces) => pieces > 1).length, 'tasks split in two').toBe(0);
          },
          { viewport: window },
        ));
    }
  }

  it('printed from a window 1920 px wide, keeps each chart as drawn on screen: its labels legible on A4', () =>
    onDashboardPage(
      browser,
      server.url,
      '/?year=2024',
      async (page) => {
        await page.locator('.chart svg.recharts-surface').first().waitFor();
        // Paper reads as narrower than 900 px: the bar charts were drawn again at their phone heights
        // (100 px a row) and shrunk to fit, the party chart's names a third of their size.
        await page.evaluate(() => {
          const redrawn = (count: number) => (document.body.dataset.redrawn = String(count));
          redrawn(0);
          new MutationObserver((records) => redrawn(Number(document.body.dataset.redrawn) + records.length)).observe(
            document.querySelector('.charts')!,
            { attributes: true, attributeFilter: ['viewBox'], subtree: true },
          );
        });
        await page.pdf({ preferCSSPageSize: true, printBackground: true });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
        expect(await page.locator('body').getAttribute('data-redrawn'), 'charts redrawn while printing').toBe('0');
      },
      { viewport: { width: 1920, height: 1080 } },
    ));

  it('prints the comparison from the first page on: no page left empty above it', () =>
    // Not through onPage: the comparison has no charts to wait for.
    onDashboardPage(browser, server.url, '/?view=compare', async (page) => {
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/handout-compare.pdf', pdf);
      // Its twelve rows fill a page and a half. Kept whole, the table began on a second page, after one
      // holding only the page's title, and took three.
      expect(mediaBoxes(pdf).length, 'pages').toBe(2);
      renderPages('test-results/handout-compare.pdf', 'print-compare');
    }));

  it('prints the charts of a period chosen just before, not of the one left', () =>
    onPage('/?year=2024', async (page) => {
      // The charts follow a switch a little later; printing in between must not wait for them.
      const titles = await page.evaluate(async () => {
        const link = Array.from(document.querySelectorAll<HTMLAnchorElement>('nav a')).find(
          (anchor) => anchor.textContent?.trim() === '9 tháng đầu năm 2023',
        )!;
        link.click();
        // One task later the figures have switched, and the charts' 150 ms are still running.
        await new Promise((done) => setTimeout(done, 0));
        const period = document.querySelector('.report-heading__period')?.textContent;
        if (period !== '9 tháng đầu năm 2023') throw new Error(`the figures did not switch: ${period}`);
        window.dispatchEvent(new Event('beforeprint'));
        return Array.from(document.querySelectorAll('.chart__title')).map((title) => title.textContent ?? '');
      });
      expect(titles.some((title) => title.startsWith('9 tháng đầu năm 2023:'))).toBe(true);
      expect(titles.filter((title) => title.startsWith('Năm 2024:'))).toEqual([]);
    }));
});
