import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  mainText,
  openDashboard,
  screenshot,
  textOf,
  waitForDashboard,
  waitForSlide,
  withPage,
} from './support/browser';
import { distDir, serveDist } from './support/static-server';

/**
 * The meeting room may have no network. A browser that has opened the dashboard keeps a copy of the
 * site (src/embedded-api-worker.js) and, when the server cannot be reached, shows that copy and
 * says so.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The name of the cache holding a whole copy (the page is saved last), or '' while there is none. */
const savedCopy = (page: Page) =>
  page.evaluate(async () => {
    for (const name of await caches.keys()) if (await (await caches.open(name)).match('/')) return name;
    return '';
  });

/** A first visit, kept open until the worker has saved the whole copy. */
async function visitUntilSaved(page: Page, url: string): Promise<void> {
  await openDashboard(page, url, '/');
  await expect.poll(() => savedCopy(page), { timeout: 30_000, interval: 250 }).toMatch(/^offline-copy-/);
}

describe('a room with no network', () => {
  it('shows the copy saved on an earlier visit, figures, charts and slides, and says it is the copy', async () => {
    const server = await serveDist();
    let serverUp = true;
    try {
      await withPage(
        browser,
        async (page, context) => {
          await visitUntilSaved(page, server.url);

          // With the server up, a page comes from the network and carries no notice.
          const online = await context.newPage();
          await openDashboard(online, server.url, '/?year=2023');
          expect(await online.locator('.offline-copy').count()).toBe(0);
          await online.close();

          await server.close();
          serverUp = false;

          const offline = await context.newPage();
          const errors: string[] = [];
          offline.on('pageerror', (error) => errors.push(error.message));
          offline.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
          await offline.goto(`${server.url}/?year=2023`);
          await waitForDashboard(offline);
          const text = await mainText(offline);
          expect(text).toContain('641,769 tỷ đồng');
          expect(text).toContain('9 tháng đầu năm 2023');
          expect(await offline.locator('.charts figure svg').count()).toBeGreaterThan(0);
          const notice = await textOf(offline.locator('.offline-copy'));
          expect(notice).toMatch(
            /^Không kết nối được máy chủ: đây là bản lưu trên máy này, lưu lúc \d\d:\d\d, \d\d\/\d\d\/\d{4}\./,
          );
          await screenshot(offline, 'offline-copy');

          // The smallest projector, with every control (the pause button too): the mark keeps them in one row.
          await offline.setViewportSize({ width: 1024, height: 768 });
          await offline.goto(`${server.url}/?present=1&lang=en&interval=60`);
          await waitForSlide(offline);
          expect(await textOf(offline.locator('main.present'))).toContain('1,947.272');
          expect(await offline.locator('.present-controls__copy').textContent()).toBe('Saved copy');
          const bar = await offline.locator('.present-controls').evaluate((element) => {
            const controls = Array.from(element.children, (child) => child)
              .filter((child) => !child.matches('.present-controls__copy'))
              .map((child) => child.getBoundingClientRect());
            return {
              count: controls.length,
              rowBottom: Math.min(...controls.map((box) => box.bottom)),
              lowestTop: Math.max(...controls.map((box) => box.top)),
              top: element.getBoundingClientRect().top,
              markBottom: element.querySelector('.present-controls__copy')!.getBoundingClientRect().bottom,
            };
          });
          expect(bar.count).toBe(8);
          expect(bar.lowestTop, 'a second row of controls').toBeLessThan(bar.rowBottom);
          expect(bar.markBottom, 'the mark above the bar').toBeLessThanOrEqual(bar.top);
          await offline.mouse.move(500, 300);
          await offline.mouse.move(520, 320);
          await screenshot(offline, 'offline-copy-slide');
          // The only errors: the browser could not check the server for a newer worker.
          expect(errors.filter((error) => !error.startsWith('Failed to update a ServiceWorker'))).toEqual([]);
        },
        { viewport: { width: 1280, height: 720 } },
      );
    } finally {
      if (serverUp) await server.close();
    }
  });

  it('shows the copy when the server takes the connection but never answers, after 5 s, not minutes', async () => {
    let hanging = false;
    const server = await serveDist({ intercept: () => (hanging ? 'hang' : undefined) });
    try {
      await withPage(
        browser,
        async (page, context) => {
          await visitUntilSaved(page, server.url);
          hanging = true;

          const stalled = await context.newPage();
          const started = Date.now();
          await stalled.goto(`${server.url}/?year=2023`, { timeout: 20_000 });
          await waitForDashboard(stalled);
          const waited = Date.now() - started;
          expect(waited, 'the page waited for the server first').toBeGreaterThanOrEqual(4500);
          expect(await mainText(stalled)).toContain('641,769 tỷ đồng');
          expect(await textOf(stalled.locator('.offline-copy'))).toMatch(/^Không kết nối được máy chủ: đây là bản lưu/);
        },
        { viewport: { width: 1280, height: 720 } },
      );
    } finally {
      await server.close();
    }
  });

  it('saves no copy when the server already holds a newer build, whose files this worker does not know', async () => {
    const built = await readFile(join(distDir, 'index.html'), 'utf8');
    const newer = built.replace(/\/assets\/([\w-]+)-[\w-]+\.js/, '/assets/$1-newerbuild.js');
    expect(newer).not.toBe(built);
    let pageRequests = 0;
    const server = await serveDist({
      // The first request for the page is the visit; the next, the worker's, finds the newer build.
      intercept: (pathname) => (pathname === '/' && ++pageRequests > 1 ? { html: newer } : undefined),
    });
    try {
      await withPage(
        browser,
        async (page) => {
          await openDashboard(page, server.url, '/');
          const copyName = () =>
            page.evaluate(async () => (await caches.keys()).find((name) => name.startsWith('offline-copy-')) ?? '');
          await expect.poll(copyName, { timeout: 30_000, interval: 250 }).not.toBe('');
          await expect.poll(() => pageRequests, { timeout: 30_000, interval: 100 }).toBe(2);
          // The worker stores the page right after fetching it, if ever: give it ample time.
          await page.waitForTimeout(1500);
          expect(await savedCopy(page)).toBe('');
        },
        { viewport: { width: 1280, height: 720 } },
      );
    } finally {
      await server.close();
    }
  });
});
