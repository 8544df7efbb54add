import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDashboard, withPage } from './support/browser';
import { startHarness } from './support/harness';

const { server, browser } = await startHarness();

/** Records Content-Security-Policy violations from the first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

describe('security in the production build', () => {
  it('declares a Content-Security-Policy without unsafe-inline or eval', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).not.toContain('__API_ORIGIN__');
  });

  it('runs every screen under the policy with no violation and no request leaving its origin', () =>
    withPage(browser, async (page) => {
      const violations = await recordViolations(page);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      for (const path of ['/?view=compare', '/?year=2024', '/?year=2023']) {
        await openDashboard(page, server.url, path);
      }
      await page.locator('.chart').first().waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tải PNG' }).first().click();
      await download;
      expect(await violations()).toEqual([]);
      const foreign = requests.filter((url) => !url.startsWith(server.url) && !/^(data|blob):/.test(url));
      expect(foreign).toEqual([]);
    }));

  it('serves the embedded data in the page where policy disables service workers', () =>
    withPage(browser, async (page) => {
      await page.addInitScript(() => {
        // What an enterprise policy that disables service workers leaves a page with.
        Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined });
      });
      await openDashboard(page, server.url, '/?year=2023');
      expect(await page.locator('main').innerText()).toContain('641,769');
      expect(await page.locator('[role="alert"]').count()).toBe(0);
      expect(await page.evaluate(() => navigator.serviceWorker)).toBeUndefined();
    }));

  it('shows script and markup in URL parameters as text, never runs them', () =>
    withPage(browser, async (page) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      await openDashboard(
        page,
        server.url,
        `/?year=${encodeURIComponent('<img src=x onerror=alert(1)>')}&view=%3Cscript%3Ealert(2)%3C%2Fscript%3E`,
      );
      const notices = await page.getByRole('status').allInnerTexts();
      expect(notices.join(' ')).toContain('<img src=x onerror=alert(1)>');
      expect(await page.locator('main img').count()).toBe(0);
      expect(dialogs).toBe(0);
    }));
});
