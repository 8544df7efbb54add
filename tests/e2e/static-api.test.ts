import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainFigure, latestOf } from '../../src/lib/periods';
import type { Report } from '../../src/lib/report-schema';
import { launchChromium, onDashboardPage, textOf, type PageOptions } from './support/browser';
import { periodHeading, tile } from './support/dashboard-parts';
import { datasetReports, periodWords } from './support/dataset';
import { serveStatic, type ServedResponse, type StaticServer } from './support/static-server';

/**
 * The build for a static host (`npm run build:static-api`): the API's answers written as files
 * under api/v1/, served by a plain file server, with no mock API in the page. It is built into a
 * folder of its own, so the other browser tests keep dist/.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = join(root, 'test-results/static-api-dist');
const viteCli = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');

const reports = datasetReports();
const latest = latestOf(reports)!;
/** The report a link opens: another than the default view's, where the data has one. */
const linked = reports.find((report) => report !== latest) ?? latest;
const fileOf = (report: Report) => `/api/v1/reports/${report.source.id}.json`;

/** Every /api/ request the host answered. */
const served: ServedResponse[] = [];
/** A report file the host does not have, for the test of a host missing it. */
let missing: string | undefined;
let server: StaticServer;
let browser: Browser;

beforeAll(() => {
  const build = spawnSync(
    process.execPath,
    [viteCli, 'build', '--mode', 'static-api', '--outDir', outDir, '--logLevel', 'warn'],
    // Vitest's NODE_ENV=test would make it a development build.
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  expect(build.status, `the static-api build failed:\n${build.stderr}`).toBe(0);
});

beforeAll(async () => {
  server = await serveStatic(outDir, {
    intercept: (pathname) => (pathname === missing ? 'notFound' : undefined),
    onResponse: (entry) => {
      if (entry.path.startsWith('/api/')) served.push(entry);
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const onPage = (path: string, check: (page: Page) => Promise<void>, options?: PageOptions) =>
  onDashboardPage(browser, server.url, path, check, options);

/** "1.947,272 tỷ đồng": the report's budget revenue as the dashboard writes it. */
function budgetRevenue(report: Report): string {
  const figure = mainFigure(report, 'budget-revenue');
  if (figure?.value == null) throw new Error(`${report.source.id} states no budget revenue`);
  const number = new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: figure.decimals,
    maximumFractionDigits: figure.decimals,
  }).format(figure.value);
  return `${number} tỷ đồng`.replace(/[\u00a0\u202f]/g, ' ');
}

async function expectReport(page: Page, report: Report): Promise<void> {
  expect(await textOf(periodHeading(page))).toBe(periodWords(report.period));
  expect(await textOf(tile(page, 'budget-revenue'))).toContain(budgetRevenue(report));
}

describe('the API as static files', () => {
  it('writes every answer of the API as a .json file', () => {
    for (const path of ['periods', 'indicators', ...reports.map((report) => `reports/${report.source.id}`)]) {
      expect(existsSync(join(outDir, `api/v1/${path}.json`)), `api/v1/${path}.json`).toBe(true);
    }
  });

  it('shows the latest report at /, from the files, with no mock API and no service worker', async () => {
    served.length = 0;
    const requested: string[] = [];
    await onPage('/', async (page) => {
      await expectReport(page, latest);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
      expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
      requested.push(
        ...(await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name).pathname)
            .filter((path) => path.startsWith('/api/') || path.endsWith('Worker.js') || path.endsWith('-worker.js')),
        )),
      );
    });
    const files = ['/api/v1/periods.json', '/api/v1/indicators.json', ...reports.map(fileOf)];
    // Every request the page made reached the host (no mock answered in the page) and got its file, as JSON.
    expect(requested.sort()).toEqual([...files].sort());
    expect(served.map((entry) => entry.path).sort()).toEqual([...files].sort());
    for (const entry of served) {
      expect(entry.status, entry.path).toBe(200);
      expect(entry.contentType, entry.path).toContain('application/json');
    }
  });

  it('opens the report a ?period= link names', () =>
    onPage(`/?period=${linked.source.id}`, (page) => expectReport(page, linked)));

  it('says so when a ?period= link names a report the list does not have, and shows the latest', () =>
    onPage('/?period=lechan-1999-year', async (page) => {
      const notice = await textOf(page.locator('.notice[role="status"]'));
      expect(notice).toContain('Không có báo cáo cho kỳ “lechan-1999-year”');
      await expectReport(page, latest);
      expect(served.some((entry) => entry.path.includes('lechan-1999-year'))).toBe(false);
    }));

  it('shows the not-found message and Thử lại when the host lacks a listed report, then loads it', async () => {
    missing = fileOf(linked);
    try {
      await onPage(
        `/?period=${linked.source.id}`,
        async (page) => {
          const panel = page.locator('.error-panel');
          expect(await textOf(panel)).toContain(`Không tìm thấy số liệu`);
          expect(await textOf(panel)).toContain('(lỗi 404)');
          missing = undefined;
          await panel.getByRole('button', { name: 'Thử lại' }).click();
          await periodHeading(page).waitFor();
          await expectReport(page, linked);
        },
        // Chromium logs the 404 to the console.
        { allowConsoleErrors: true },
      );
    } finally {
      missing = undefined;
    }
  });
});
