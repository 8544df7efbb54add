import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, mainText, screenshot, textOf, textsOf, waitForDashboard, withPage } from './support/browser';
import { serveDist, type StaticServer } from './support/static-server';

/**
 * The dashboard is often opened from a plain-http intranet name, where the browser
 * refuses service workers; and it is hosted by static servers that answer every
 * unknown path, /api/... included, with index.html.
 */

const intranetHost = 'dashboard.test';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  // The made-up intranet name resolves to the loopback server, nothing else.
  browser = await launchChromium([`--host-resolver-rules=MAP ${intranetHost} 127.0.0.1`]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('plain-http intranet origin (not a secure context)', () => {
  it('serves the embedded API in the page and shows the 2023 figures, with no alarm', async () => {
    await withPage(browser, async (page, context) => {
      const url = `http://${intranetHost}:${server.port}/?year=2023`;
      await page.goto(url);
      await waitForDashboard(page);

      // The premise: this origin cannot have a service worker.
      const origin = await page.evaluate(() => ({
        secure: window.isSecureContext,
        serviceWorker: 'serviceWorker' in navigator,
        host: window.location.host,
      }));
      expect(origin).toEqual({ secure: false, serviceWorker: false, host: `${intranetHost}:${server.port}` });
      expect(context.serviceWorkers()).toHaveLength(0);

      const text = await mainText(page);
      expect(text).toContain('641,769 tỷ đồng');
      expect(text).toContain('9 tháng đầu năm 2023');

      // Nothing alarming: no error panel, no alert, no notice of any kind.
      expect(await page.locator('.error-panel').count()).toBe(0);
      expect(await page.locator('[role="alert"]').count()).toBe(0);
      expect(await textsOf(page.locator('.notice'))).toEqual([]);
      expect(text).not.toMatch(/lỗi|không tải được|thử lại/i);
    });
  });
});

describe('static host without the API', () => {
  it('answers /api/v1/periods with index.html and status 200, so the client must check the content type', async () => {
    // A static host (or an SPA fallback rule) cannot say "no such API": it sends the app's
    // own page with 200 OK. Status alone would let the client try to read HTML as data;
    // only "content-type is not JSON" reveals that the API is missing, which the client
    // must report as an error ("máy chủ trả về một trang web thay vì dữ liệu").
    const response = await fetch(`${server.url}/api/v1/periods`, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get('content-type')).toMatch(/^text\/html\b/);
    const body = await response.text();
    expect(body.trimStart().toLowerCase()).toMatch(/^<!doctype html>/);
    expect(body).toContain('<div id="root"');
    expect(() => JSON.parse(body)).toThrow();
  });
});

describe('a part of the code that does not arrive (an unsteady network, a host missing a file)', () => {
  const cases = [
    {
      part: 'the slides',
      path: '/?present=1&year=2023',
      chunk: /\/assets\/PresentationPage-[^/]*\.js$/,
      message: 'Không tải được phần mềm của “Trình chiếu” (mạng chập chờn hoặc máy chủ thiếu tệp). Hãy tải lại trang.',
      loaded: '.present__slide',
    },
    {
      part: 'a slide’s chart',
      path: '/?present=1&year=2023&slide=3',
      chunk: /\/assets\/SlideChart-[^/]*\.js$/,
      message:
        'Không tải được phần mềm của “Tỷ lệ đạt kế hoạch” (mạng chập chờn hoặc máy chủ thiếu tệp). Hãy tải lại trang.',
      loaded: '.present-chart[data-fitted]',
    },
    {
      part: 'the charts',
      path: '/?year=2023',
      chunk: /\/assets\/ChartsSection-[^/]*\.js$/,
      message:
        'Không tải được phần mềm của “Biểu đồ xu hướng” (mạng chập chờn hoặc máy chủ thiếu tệp). Hãy tải lại trang.',
      loaded: '.charts figure',
    },
  ];
  for (const { part, path, chunk, message, loaded } of cases) {
    it(`${part}: says so in place, never a blank screen, and a reload brings it`, async () => {
      await withPage(
        browser,
        async (page) => {
          await page.route(chunk, (route) => route.abort());
          await page.goto(`${server.url}${path}`);
          // The charts are fetched when wanted: at the page's end they are.
          await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          const alert = page.getByRole('alert').filter({ hasText: 'Không tải được phần mềm' });
          await alert.waitFor();
          expect((await alert.locator('p').innerText()).trim()).toBe(message);
          if (part === 'the charts') expect(await mainText(page)).toContain('641,769 tỷ đồng');
          else if (part === 'a slide’s chart') {
            // The deck stays: its title, its place and its controls.
            expect(await textOf(page.locator('.present__title'))).toBe('Tỷ lệ đạt kế hoạch');
            expect(await textOf(page.locator('.present__count'))).toMatch(/^Trang 3\/\d+$/);
            expect(await page.getByRole('button', { name: 'Trang sau' }).isVisible()).toBe(true);
          } else {
            const back = alert.getByRole('link', { name: 'Về bảng chỉ tiêu' });
            expect(new URL(await back.evaluate((link: HTMLAnchorElement) => link.href)).search).toBe('?year=2023');
          }
          await screenshot(page, `code-missing-${part.replace(/\W+/g, '-')}`);
          await page.unroute(chunk);
          await alert.getByRole('button', { name: 'Tải lại trang' }).click();
          await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await page.locator(loaded).first().waitFor();
          expect(await page.getByRole('alert').filter({ hasText: 'Không tải được phần mềm' }).count()).toBe(0);
        },
        { allowConsoleErrors: true },
      );
    });
  }
});
