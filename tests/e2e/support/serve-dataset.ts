import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getResponse } from 'msw';
import type { BrowserContext, Page } from 'playwright-core';
import { createHandlers, reportIdOf, reportsFrom } from '../../../mocks/handlers';
import type { Indicator, Report } from '../../../src/lib/report-schema';

/**
 * Another dataset than the build's (a folder of tests/fixtures laid out as mocks/data), served to
 * the page in place of the embedded API, for the layouts that only a real browser measures.
 */

const root = join(import.meta.dirname, '../../..');

export type Dataset = { reports: Report[]; indicators: Indicator[]; answers: Record<string, string> };

/** The folder's files, and the embedded API's own answer (mocks/handlers.ts) to every path the app asks for. */
export async function readDataset(folder: string): Promise<Dataset> {
  const dir = join(root, folder);
  const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
  const files = readdirSync(join(dir, 'reports')).filter((name) => name.endsWith('.json'));
  const stored = reportsFrom(Object.fromEntries(files.map((name) => [name, read(join(dir, 'reports', name))])));
  const catalogue = read(join(dir, 'indicators.json')) as { indicators: Indicator[] };
  const handlers = createHandlers(stored, catalogue);
  const paths = ['/periods', '/indicators', ...stored.map((report) => `/reports/${reportIdOf(report)}`)];
  const answers: Record<string, string> = {};
  for (const path of paths) {
    const response = await getResponse(handlers, new Request(`http://localhost/api/v1${path}`));
    if (!response?.ok) throw new Error(`the embedded API does not answer ${path} for ${folder}`);
    answers[`/api/v1${path}`] = await response.text();
  }
  return { reports: stored as Report[], indicators: catalogue.indicators, answers };
}

/**
 * Makes the page's fetch answer the API's paths from the dataset before any script of the app runs.
 * The app swaps fetch while its embedded API starts (src/lib/fetch-gate.ts); this fetch stays in place,
 * so the embedded API never sees the requests.
 */
export async function serveDataset(page: Page | BrowserContext, dataset: Dataset): Promise<void> {
  await page.addInitScript((answers) => {
    const networkFetch = window.fetch.bind(window);
    const answering: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      const body = url.origin === location.origin ? answers[url.pathname] : undefined;
      return body === undefined
        ? networkFetch(input, init)
        : Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    };
    Object.defineProperty(window, 'fetch', { get: () => answering, set: () => undefined });
  }, dataset.answers);
}
