import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Figure, Report } from '../../src/lib/report-schema';
import { onDashboardPage, screenshotDir, textOf } from './support/browser';
import { csvObjects, parseCsv } from './support/csv';
import { datasetReport, periodWords } from './support/dataset';
import { startHarness } from './support/harness';

/**
 * The downloads and the shared link, in Chromium against the production build:
 * what a leader takes away from the dashboard must carry the reports' own numbers.
 */

const { server, browser } = await startHarness();

const onPage = (
  path: string,
  check: (page: Page, context: BrowserContext) => Promise<void>,
  beforeOpen?: (context: BrowserContext) => Promise<void>,
) => onDashboardPage(browser, server.url, path, check, { beforeOpen });

/** Clicks a control and returns the download it starts, with its bytes. */
async function download(page: Page, control: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [started] = await Promise.all([page.waitForEvent('download'), control.click()]);
  const path = await started.path();
  return { download: started, bytes: readFileSync(path) };
}

const actions = (page: Page) => page.getByRole('group', { name: 'Tải và chia sẻ' });

function valueRow(rows: Record<string, string>[], figure: Figure) {
  return rows.filter(
    (row) =>
      row['Mã chỉ tiêu'] === figure.indicator &&
      row['Kỳ'] === periodWords(figure.period) &&
      row['Đại lượng'] === 'giá trị',
  );
}

function expectCsvHoldsReport(bytes: Buffer, report: Report) {
  // The UTF-8 byte order mark, so Excel reads the Vietnamese text as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const { header, rows } = csvObjects(parseCsv(text));
  expect(header).toContain('Giá trị');
  for (const row of rows) expect(row['Báo cáo'], 'only the chosen report').toBe(report.source.title);
  let checked = 0;
  for (const figure of report.figures) {
    const found = valueRow(rows, figure);
    if (figure.value === null) {
      expect(found, `${figure.id} states no value`).toEqual([]);
      continue;
    }
    expect(found, figure.id).toHaveLength(1);
    expect(Number(found[0]!['Giá trị']), figure.id).toBe(figure.value);
    expect(found[0]!['Ước tính'], figure.id).toBe(figure.estimate ? 'có' : 'không');
    expect(found[0]!['Trích dẫn'], figure.id).toBe(figure.quote);
    for (const percentage of figure.percentages) {
      const rate = rows.filter(
        (row) =>
          row['Mã chỉ tiêu'] === figure.indicator &&
          row['Kỳ'] === periodWords(figure.period) &&
          row['Đại lượng'] === 'tỷ lệ' &&
          Number(row['Giá trị']) === percentage.value,
      );
      expect(rate, `${figure.id} ${percentage.value}%`).toHaveLength(1);
    }
    checked += 1;
  }
  expect(checked).toBeGreaterThan(5);
  return rows;
}

describe('Tải CSV', () => {
  it('on ?year=2023 downloads quan-le-chan-9-thang-dau-nam-2023.csv holding every figure of the 2023 report', () =>
    onPage('/?year=2023', async (page) => {
      const report = datasetReport(2023);
      const { download: file, bytes } = await download(page, actions(page).getByRole('button', { name: 'Tải CSV' }));
      expect(file.suggestedFilename()).toBe('quan-le-chan-9-thang-dau-nam-2023.csv');
      const rows = expectCsvHoldsReport(bytes, report);
      // Spot checks as the report writes them: 641,769 tỷ đồng in 9 months, 55,3 in September.
      const budget = rows.filter((row) => row['Mã chỉ tiêu'] === 'budget-revenue' && row['Đại lượng'] === 'giá trị');
      expect(budget.map((row) => [row['Kỳ'], row['Giá trị']])).toEqual([
        ['Tháng 9/2023', '55.3'],
        ['9 tháng đầu năm 2023', '641.769'],
      ]);
    }));

  it('on ?year=2024 downloads quan-le-chan-nam-2024.csv holding every figure of the 2024 report', () =>
    onPage('/?year=2024', async (page) => {
      const report = datasetReport(2024);
      const { download: file, bytes } = await download(page, actions(page).getByRole('button', { name: 'Tải CSV' }));
      expect(file.suggestedFilename()).toBe('quan-le-chan-nam-2024.csv');
      const rows = expectCsvHoldsReport(bytes, report);
      const city = rows.find(
        (row) => row['Mã chỉ tiêu'] === 'public-investment-city' && row['Đại lượng'] === 'giá trị',
      );
      expect(city?.['Giá trị']).toBe('168.540');
    }));

  it('on ?view=compare downloads both reports in one file', () =>
    onPage('/?view=compare', async (page) => {
      const { download: file, bytes } = await download(page, actions(page).getByRole('button', { name: 'Tải CSV' }));
      expect(file.suggestedFilename()).toBe('so-sanh-2023-2024.csv');
      const { rows } = csvObjects(parseCsv(bytes.toString('utf8').slice(1)));
      const titles = new Set(rows.map((row) => row['Báo cáo']));
      expect(titles).toEqual(new Set([datasetReport(2023).source.title, datasetReport(2024).source.title]));
    }));
});

describe('Tải JSON', () => {
  for (const [year, name] of [
    [2023, 'quan-le-chan-9-thang-dau-nam-2023.json'],
    [2024, 'quan-le-chan-nam-2024.json'],
  ] as const) {
    it(`on ?year=${year} downloads ${name}, whose report equals the dataset file`, () =>
      onPage(`/?year=${year}`, async (page) => {
        const { download: file, bytes } = await download(page, actions(page).getByRole('button', { name: 'Tải JSON' }));
        expect(file.suggestedFilename()).toBe(name);
        const parsed = JSON.parse(bytes.toString('utf8')) as { report: unknown; derived: unknown[] }[];
        expect(parsed).toHaveLength(1);
        expect(parsed[0]!.report).toEqual(datasetReport(year));
        expect(Array.isArray(parsed[0]!.derived)).toBe(true);
      }));
  }
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii'), 'first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** On-page heights of what the PNG must carry, and the width the chart is drawn at. */
function measureChart(chart: Locator) {
  return chart.evaluate((figure) => {
    const height = (selector: string) =>
      Array.from(figure.querySelectorAll(selector)).reduce(
        (sum, element) => sum + element.getBoundingClientRect().height,
        0,
      );
    return {
      svgWidth: figure.querySelector('svg.recharts-surface')!.getBoundingClientRect().width,
      content:
        height('.chart__title') +
        height('.chart__subtitle') +
        height('.chart__canvas') +
        height('.chart__legend') +
        height('.chart__note') +
        height('.chart__source'),
    };
  });
}

/** Downloads a chart's PNG, checks its size against what the chart shows, and keeps it for people to look at. */
async function checkChartPng(page: Page, chart: Locator, name: string) {
  await chart.scrollIntoViewIfNeeded();
  await chart.locator('svg.recharts-surface').waitFor();
  const title = await textOf(chart.locator('.chart__title'));
  const { download: file, bytes } = await download(page, chart.getByRole('button', { name: 'Tải PNG' }));
  expect(file.suggestedFilename(), title).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.png$/);
  const { width, height } = pngSize(bytes);
  expect(width, `${title}: width`).toBeGreaterThanOrEqual(1600);
  expect(height, `${title}: height`).toBeLessThan(width);
  // Drawn at a uniform scale with 24 px padding each side: back in page pixels, the image must be at
  // least as tall as the title, subtitle, chart, legend, notes and source line are on the page
  // (less a little for the different line heights), or something was left out or cut.
  const { svgWidth, content } = await measureChart(chart);
  const scale = width / (svgWidth + 48);
  expect(height / scale, `${title}: room for everything the chart shows`).toBeGreaterThanOrEqual(content * 0.9);
  expect(await chart.locator('[role="alert"]').count(), 'no failure notice').toBe(0);
  mkdirSync(screenshotDir, { recursive: true });
  writeFileSync(`${screenshotDir}/${name}.png`, bytes);
}

describe('Tải PNG', () => {
  it('draws the first chart and a level chart with derived bars and notes as slide-sized PNGs', () =>
    onPage('/?year=2023', async (page) => {
      await page.locator('.chart svg.recharts-surface').first().waitFor();
      const charts = page.locator('figure.chart');
      await checkChartPng(page, charts.first(), 'png-2023-first-chart');
      // Retail sales: 9 months of 2022 derived from "+16,68%", and a note that two derivations disagree.
      const levelChart = charts
        .filter({ hasText: 'Số suy ra từ tỷ lệ tăng (≈)' })
        .filter({ has: page.locator('.chart__note') })
        .first();
      expect(await levelChart.count()).toBe(1);
      await checkChartPng(page, levelChart, 'png-2023-level-chart-with-note');
    }));

  it('draws the charts of the 2024 view too', () =>
    onPage('/?year=2024', async (page) => {
      await page.locator('.chart svg.recharts-surface').first().waitFor();
      const charts = page.locator('figure.chart');
      await checkChartPng(page, charts.first(), 'png-2024-first-chart');
      await checkChartPng(
        page,
        charts.filter({ hasText: 'Số suy ra từ tỷ lệ tăng (≈)' }).first(),
        'png-2024-level-chart',
      );
    }));
});

describe('Tải PNG, the lettering', () => {
  it("draws the chart's own text in the page's typeface, whose files travel inside the image", () =>
    onPage(
      '/?year=2024',
      async (page) => {
        const fontsFetched: string[] = [];
        page.on('request', (request) => {
          if (request.resourceType() === 'fetch' && request.url().endsWith('.woff2')) fontsFetched.push(request.url());
        });
        const charts = page.locator('figure.chart');
        await charts.first().locator('svg.recharts-surface').waitFor();
        await download(page, charts.first().getByRole('button', { name: 'Tải PNG' }));
        await download(page, charts.nth(1).getByRole('button', { name: 'Tải PNG' }));
        const drawn = await page.evaluate(() => (window as unknown as { chartImages: string[] }).chartImages);
        expect(drawn).toHaveLength(2);
        // Each file fetched for the first image only; the second carries the same faces.
        expect(fontsFetched).toHaveLength(new Set(fontsFetched).size);
        expect(fontsFetched.length).toBeGreaterThanOrEqual(2);
        const facesOf = (image: string) => decodeURIComponent(image).match(/@font-face\{[^}]*\}/g) ?? [];
        expect(facesOf(drawn[1]!)).toEqual(facesOf(drawn[0]!));
        const svg = decodeURIComponent(drawn[0]!.slice(drawn[0]!.indexOf(',') + 1));
        expect(svg).toContain('font-family="&quot;Be Vietnam Pro&quot;');
        const faces = svg.match(/@font-face\{[^}]*\}/g) ?? [];
        const embedded = faces.filter((face) => face.includes('src:url(data:font/woff2;base64,'));
        for (const weight of ['400', '700']) {
          const ofWeight = embedded.filter((face) => face.includes(`font-weight:${weight};`));
          // One file per weight holds the Latin and the Vietnamese letters (scripts/subset-fonts.ts).
          expect(ofWeight.length, `faces of weight ${weight} inside the image`).toBe(1);
          for (const face of ofWeight) expect(face).toMatch(/unicode-range:U\+/);
        }
      },
      async (context) => {
        // Keeps the SVG the page draws onto the PNG's canvas.
        await context.addInitScript(() => {
          const source = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
          const kept: string[] = [];
          (window as unknown as { chartImages: string[] }).chartImages = kept;
          Object.defineProperty(HTMLImageElement.prototype, 'src', {
            ...source,
            set(this: HTMLImageElement, value: string) {
              if (value.startsWith('data:image/svg+xml')) kept.push(value);
              source.set!.call(this, value);
            },
          });
        });
      },
    ));
});

describe('Sao chép liên kết', () => {
  it('copies the address of this exact view and says so', () =>
    onPage(
      '/?year=2023',
      async (page) => {
        await actions(page).getByRole('button', { name: 'Sao chép liên kết' }).click();
        const status = actions(page).getByRole('status');
        await status.filter({ hasText: 'Đã sao chép liên kết' }).waitFor();
        expect(await status.isVisible()).toBe(true);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(page.url());
        expect(new URL(copied).searchParams.get('year')).toBe('2023');
        expect(new URL(copied).origin).toBe(server.url);
      },
      (context) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url }),
    ));
});
