import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isPlanBasis } from '../../src/lib/attainment';
import { formatBasis, formatPercentage } from '../../src/lib/format';
import { inLocale } from '../../src/lib/locale';
import { onPaceTolerancePoints } from '../../src/lib/pace';
import { isWholeYear, mainFigure } from '../../src/lib/periods';
import type { Percentage, Report } from '../../src/lib/report-schema';
import { onDashboardPage, screenshot, textOf, type Viewport } from './support/browser';
import { openAllTables, waitForCharts } from './support/dashboard-parts';
import { datasetReports, reportsDir } from './support/dataset';
import { startHarness } from './support/harness';

/**
 * Colour means one thing: a share of plan is drawn in its status's colour on a tile, a bar and a chart,
 * and no year or series takes a status's colour. Statuses are read here from the reports, by the rule
 * a reader applies: against the plan for a whole year, against the time elapsed for part of one.
 */

const { server, browser } = await startHarness();
const reports = datasetReports();

type Status = 'ahead' | 'met' | 'onPace' | 'behind' | 'noPlan';

/** Annual plans: the bases a part-year share is read against the time elapsed for. */
const annualBases = new Set(['cityPlan', 'districtTarget', 'annualPlan', 'plan']);

function expectedStatus(share: Percentage, report: Report): Status {
  if (share.basis === 'unspecified') return 'noPlan';
  if (share.value > 100) return 'ahead';
  if (share.value === 100) return 'met';
  if (isWholeYear(report.period)) return 'behind';
  if (!annualBases.has(share.basis) || report.period.firstMonth !== 1) return 'noPlan';
  const points = share.value - (report.period.lastMonth / 12) * 100;
  if (Math.abs(points) <= onPaceTolerancePoints) return 'onPace';
  return points > 0 ? 'ahead' : 'behind';
}

/** Party building has a chart of its own: the attainment chart draws the other indicators. */
const partyIds = new Set(
  (
    JSON.parse(readFileSync(join(reportsDir, '../indicators.json'), 'utf8')) as {
      indicators: { id: string; group: string }[];
    }
  ).indicators
    .filter((indicator) => indicator.group === 'party')
    .map((indicator) => indicator.id),
);

/** Every share of plan the report states for its own period, as the attainment chart draws them. */
function planShares(report: Report): Percentage[] {
  return report.figures
    .filter((figure) => !partyIds.has(figure.indicator) && mainFigure(report, figure.indicator) === figure)
    .flatMap((figure) => figure.percentages.filter((share) => isPlanBasis(share.basis)));
}

const attainmentChart = (page: Page) =>
  page.locator('figure.chart').filter({ has: page.locator('.chart__subtitle', { hasText: /^% kế hoạch · / }) });

type DrawnBar = { name: string; figure: string; fill: string; left: number; right: number };

/** The bars of a chart of horizontal bars, top to bottom: name, figure beside it, computed fill, ends. */
function drawnBars(chart: Locator): Promise<DrawnBar[]> {
  return chart.evaluate((figure) => {
    const labels = [...figure.querySelectorAll('.recharts-label-list text')].map((text) => text.textContent ?? '');
    return [...figure.querySelectorAll<SVGPathElement>('.recharts-bar-rectangle path')].map((path, index) => {
      const box = path.getBoundingClientRect();
      return {
        name: path.getAttribute('name') ?? '',
        figure: labels[index] ?? '',
        fill: getComputedStyle(path).fill,
        left: box.left,
        right: box.right,
      };
    });
  });
}

/** The colour a custom property of the palette resolves to, as computed styles write colours. */
const paletteColor = (page: Page, name: string) =>
  page.evaluate((property) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${property})`;
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, name);

const statuses: Status[] = ['ahead', 'met', 'onPace', 'behind', 'noPlan'];

async function statusColors(page: Page): Promise<Record<Status, string>> {
  const entries = await Promise.all(
    statuses.map(async (status) => [status, await paletteColor(page, `--status-${status}`)] as const),
  );
  return Object.fromEntries(entries) as Record<Status, string>;
}

/** Each drawn bar with the status the report gives its share: matched by figure and by the basis in its name. */
function barsWithStatus(bars: DrawnBar[], report: Report): (DrawnBar & { status: Status })[] {
  const shares = planShares(report);
  return bars.map((bar) => {
    const share = inLocale('vi', () =>
      shares.find(
        (candidate) => formatPercentage(candidate) === bar.figure && bar.name.endsWith(formatBasis(candidate.basis)),
      ),
    );
    expect(share, `the report's share for the bar "${bar.name}" (${bar.figure})`).toBeDefined();
    return { ...bar, status: expectedStatus(share!, report) };
  });
}

const onPage = (path: string, check: (page: Page) => Promise<void>, viewport?: Viewport) =>
  onDashboardPage(browser, server.url, path, check, { viewport });

describe.each(reports.map((report) => [report.period.year, report] as const))('status colours, %i', (year, report) => {
  it('draws each share of plan in its status colour: one status, one colour; two statuses, two colours', () =>
    onPage(`/?year=${year}`, async (page) => {
      await waitForCharts(page);
      const colors = await statusColors(page);
      const bars = barsWithStatus(await drawnBars(attainmentChart(page)), report);
      expect(bars).toHaveLength(planShares(report).length);
      for (const bar of bars) expect(bar.fill, `${bar.name} ${bar.figure} is ${bar.status}`).toBe(colors[bar.status]);
      // The report's statuses are told apart by colour, each with its mark or words beside it.
      const drawn = new Set(bars.map((bar) => bar.status));
      expect(new Set(bars.map((bar) => bar.fill)).size).toBe(drawn.size);
      for (const status of drawn) {
        const legend = attainmentChart(page).locator('.chart__legend li', {
          has: page.locator(`.chart__swatch[style*="--status-${status})"]`),
        });
        expect(await legend.count(), `a legend entry for ${status}`).toBe(1);
        expect((await textOf(legend)).trim().length).toBeGreaterThan(3);
      }
    }));

  it('gives a status the same colour on the tile, on its bar and in the chart', () =>
    onPage(`/?year=${year}`, async (page) => {
      await waitForCharts(page);
      const bars = barsWithStatus(await drawnBars(attainmentChart(page)), report);
      const tiles = page.locator('article.tile');
      let compared = 0;
      for (let index = 0; index < (await tiles.count()); index++) {
        const card = tiles.nth(index);
        const label = card.locator('.plan-status');
        if ((await label.count()) === 0) continue;
        const id = (await card.getAttribute('aria-labelledby'))!.replace(/^tile-/, '');
        const share = planShares(report).find(
          (candidate) => mainFigure(report, id)?.percentages.includes(candidate) && candidate.basis !== 'unspecified',
        )!;
        const status = expectedStatus(share, report);
        const barOfChart = bars.find((bar) => bar.status === status)!;
        const words = await label.evaluate((element) => getComputedStyle(element).color);
        const fill = await card
          .locator('.plan-attainment__fill')
          .first()
          .evaluate((element) => getComputedStyle(element).backgroundColor);
        expect(words, `${id}: the status words`).toBe(barOfChart.fill);
        expect(fill, `${id}: the tile's bar`).toBe(barOfChart.fill);
        compared += 1;
      }
      expect(compared, 'tiles with a status').toBeGreaterThan(0);
    }));

  it('gives no year or series a status colour', () =>
    onPage(`/?year=${year}`, async (page) => {
      await waitForCharts(page);
      // The colours statuses are drawn in: the attainment chart's bars and the tiles' status words.
      const colors = [
        ...(await drawnBars(attainmentChart(page))).map((bar) => bar.fill),
        ...(await page
          .locator('article.tile .plan-status')
          .evaluateAll((labels) => labels.map((label) => getComputedStyle(label).color))),
      ];
      const categories = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.chart__legend .chart__swatch')]
          .filter((swatch) => !swatch.getAttribute('style')?.includes('--status-'))
          .map((swatch) => getComputedStyle(swatch).backgroundColor)
          .filter((color) => color !== 'rgba(0, 0, 0, 0)'),
      );
      // The charts whose legend names no status draw years and series: none of their marks is in a status's colour.
      const seriesFills = await page.evaluate(() =>
        [...document.querySelectorAll('figure.chart')]
          .filter((chart) => !chart.querySelector('.chart__legend [style*="--status-"]'))
          .flatMap((chart) => [
            ...chart.querySelectorAll('.recharts-bar-rectangle path, .recharts-scatter-symbol path'),
          ])
          .map((shape) => getComputedStyle(shape).fill)
          .filter((fill) => fill.startsWith('rgb')),
      );
      expect(seriesFills.length, 'bars and points of years and series').toBeGreaterThan(0);
      expect(categories.length, 'category swatches').toBeGreaterThan(0);
      for (const color of [...categories, ...seriesFills]) expect(colors).not.toContain(color);
    }));
});

describe('bars past 100%', () => {
  const whole = reports.find((report) => isWholeYear(report.period))!;
  const partial = reports.find((report) => !isWholeYear(report.period))!;

  it(`reaches past the 100% line as far as the figure goes (${whole.period.year})`, () =>
    onPage(`/?year=${whole.period.year}`, async (page) => {
      await waitForCharts(page);
      const chart = attainmentChart(page);
      const bars = barsWithStatus(await drawnBars(chart), whole);
      const top = bars.reduce((a, b) =>
        parseFloat(b.figure.replace(',', '.')) > parseFloat(a.figure.replace(',', '.')) ? b : a,
      );
      const met = bars.find((bar) => bar.status === 'met')!;
      const behind = bars.find((bar) => bar.status === 'behind')!;
      const line = await chart.locator('.chart__full-line line').evaluate((element) => {
        const box = element.getBoundingClientRect();
        return { x: box.left + box.width / 2, stroke: getComputedStyle(element).stroke };
      });
      // The 100% line stands where a bar at 100% ends; past it runs the bar past 100%, short of it the bar below.
      expect(Math.abs(met.right - line.x)).toBeLessThan(2);
      expect(top.right - line.x).toBeGreaterThan((line.x - top.left) * 0.5);
      expect(line.x - behind.right).toBeGreaterThan(0.5);
      // The 100% line is ink: no status's colour, so it says "100%", not "behind".
      expect(Object.values(await statusColors(page))).not.toContain(line.stroke);
    }));

  it(`marks the time elapsed beside the 100% line part-way through the year (${partial.period.year})`, () =>
    onPage(`/?year=${partial.period.year}`, async (page) => {
      await waitForCharts(page);
      const chart = attainmentChart(page);
      const lines = await chart.locator('.recharts-reference-line line').evaluateAll((elements) =>
        elements.map((element) => ({
          x: element.getBoundingClientRect().left,
          dashed: element.getAttribute('stroke-dasharray'),
        })),
      );
      expect(lines.filter((line) => line.dashed)).toHaveLength(1);
      const full = lines.find((line) => !line.dashed)!;
      const pace = lines.find((line) => line.dashed)!;
      const elapsed = (partial.period.lastMonth / 12) * 100;
      const bars = await drawnBars(chart);
      const zero = bars[0]!.left;
      expect((pace.x - zero) / (full.x - zero)).toBeCloseTo(elapsed / 100, 1);
    }));
});

describe('table views', () => {
  it.each(reports.map((report) => report.period.year))(
    'right-align their numbers, the unit in the column header (%i)',
    (year) =>
      onPage(`/?year=${year}`, async (page) => {
        await openAllTables(page);
        const cells = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLTableCellElement>('.chart__table td')].map((cell) => {
            const header = cell.closest('table')!.querySelectorAll('thead th')[cell.cellIndex]!;
            return {
              text: cell.textContent ?? '',
              align: getComputedStyle(cell).textAlign,
              header: header.textContent ?? '',
              headerAlign: getComputedStyle(header).textAlign,
            };
          }),
        );
        const number = /^(≈ )?[−-]?[\d.]+(,\d+)?( \(ước tính\))?$/;
        const numeric = cells.filter((cell) => number.test(cell.text));
        expect(numeric.length).toBeGreaterThan(0);
        for (const cell of numeric) {
          expect(cell.align, `"${cell.text}" under "${cell.header}"`).toBe('right');
          expect(cell.headerAlign, `the header "${cell.header}"`).toBe('right');
        }
        // No number carries its unit: the unit is the header's.
        for (const cell of cells) expect(cell.text).not.toMatch(/^(≈ )?[−-]?[\d.,]+ ?(%|tỷ đồng)$/);
        const headers = [...new Set(numeric.map((cell) => cell.header))];
        expect(headers.filter((header) => /\((.*; )?%\)$/.test(header)).length).toBeGreaterThan(0);
      }),
  );

  it('shows the attainment chart\'s shares as the report states them, under "(%)"', () =>
    onPage('/', async (page) => {
      await waitForCharts(page);
      const chart = attainmentChart(page);
      await chart.getByRole('button', { name: 'Xem bảng' }).click();
      expect(await textOf(chart.locator('thead th').nth(2))).toBe('Tỷ lệ đạt (%)');
      const shown = await chart.locator('tbody td:nth-of-type(2)').allInnerTexts();
      const latest = reports.reduce((a, b) => (b.period.year > a.period.year ? b : a));
      expect(shown.sort()).toEqual(
        inLocale('vi', () => planShares(latest).map((share) => formatPercentage(share).replace('%', ''))).sort(),
      );
    }));
});

describe('the table toggle', () => {
  it.each([
    ['vi', 'Xem bảng', 'Xem biểu đồ'],
    ['en', 'Show table', 'Show chart'],
  ])('says where it leads, and back (%s)', (lang, toTable, toChart) =>
    onPage(`/?lang=${lang}`, async (page) => {
      await waitForCharts(page);
      const chart = page.locator('figure.chart').first();
      const toggle = chart.locator('.chart__toggle').first();
      expect(await textOf(toggle)).toBe(toTable);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await textOf(toggle)).toBe(toChart);
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const controlled = await toggle.getAttribute('aria-controls');
      expect(await page.locator(`[id="${controlled}"] table`).count()).toBe(1);
      await toggle.click();
      expect(await textOf(toggle)).toBe(toTable);
      expect(await chart.locator('.recharts-surface').count()).toBeGreaterThan(0);
    }),
  );
});

describe('screenshots: test-results/screenshots/palette-*', () => {
  const sizes: Viewport[] = [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ];
  for (const lang of ['vi', 'en']) {
    for (const report of reports) {
      const year = report.period.year;
      it(`dashboard and charts, ${year}, ${lang}`, async () => {
        for (const size of sizes) {
          await onPage(
            `/?year=${year}&lang=${lang}`,
            async (page) => {
              await waitForCharts(page);
              await screenshot(page, `palette-${year}-${lang}-${size.width}x${size.height}`);
              if (size.width === 1920) {
                await page
                  .locator('.charts')
                  .screenshot({ path: `test-results/screenshots/palette-${year}-${lang}-charts.png` });
              }
            },
            size,
          );
        }
      });
    }
  }
});
