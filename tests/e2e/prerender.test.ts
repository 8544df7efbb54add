import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hydrate, QueryClient } from '@tanstack/react-query';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { Report } from '../../src/lib/report-schema';
import { datasetReport, datasetReports, latestDatasetReport, periodWords } from './support/dataset';
import { distDir, serveDist } from './support/static-server';
import { mainText, screenshot, textOf, waitForDashboard, withPage } from './support/browser';
import { startHarness } from './support/harness';

/**
 * index.html carries the default view, rendered at build time, so the figures paint
 * with the HTML. It must show only at the address it was rendered for, be taken over
 * without being redrawn, and give way to a clear message if the data cannot be had.
 */

const { server, browser } = await startHarness();
/** A host that serves its files as they are: index.html's own script goes to a view's page. */
const plainHost = await serveDist({ rewriteViews: false });
afterAll(() => plainHost.close());

const headline = '[elementtiming="headline-figure"]';

/** The app's own chunk (src/main.tsx), which the entry imports after the first paint. */
const appChunk = /\/assets\/main-[^/]*\.js$/;

/** The embedded API's chunk (mocks/browser.ts), loaded at the page's first request to the API. */
const embeddedApiChunk = /\/assets\/browser-[^/]*\.js$/;

/** The element in which the build writes a view's data (build/prerender-views.ts), and its JSON. */
const viewDataElement = /<script type="application\/json" id="view-data">(.*?)<\/script>/s;

/** The entry (src/boot.ts), the page's one script file: without it no code of the app runs at all. */
const entryChunk = /\/assets\/index-[^/]*\.js$/;

/** Holds the app's code back, so the page stays prerendered until the returned function releases it. */
async function holdAppCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(appChunk, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Only the page itself: every script file is refused, as if it had not arrived yet. */
async function withoutScriptFiles(page: Page): Promise<void> {
  await page.route(/\.js($|\?)/, (route) => route.abort());
}

describe('the prerendered first screen', () => {
  it('shows the 2024 figures, with period, basis and estimate mark, before any script file has loaded', async () => {
    await withPage(
      browser,
      async (page) => {
        await withoutScriptFiles(page);
        await page.goto(`${server.url}/`);
        await page.locator(headline).first().waitFor({ state: 'visible' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const text = await mainText(page);
        for (const shown of ['Năm 2024', '1.947,272 tỷ đồng', 'ước tính', 'kế hoạch thành phố giao', '233/230']) {
          expect(text, `prerendered view shows "${shown}"`).toContain(shown);
        }
        expect(await page.locator('#root').getAttribute('data-interactive')).toBeNull();
        await screenshot(page, 'prerendered-before-scripts');
      },
      { viewport: { width: 1366, height: 768 }, allowConsoleErrors: true },
    );
  });

  it('has an icon for tabs and bookmarks, written into the page and allowed by its policy', async () => {
    await withPage(
      browser,
      async (page) => {
        await page.goto(`${server.url}/`);
        const icon = await page.evaluate(async () => {
          const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '';
          const image = new Image();
          image.src = href;
          await image.decode();
          return { href, width: image.naturalWidth };
        });
        expect(icon.href.startsWith('data:image/svg+xml,')).toBe(true);
        expect(icon.width).toBeGreaterThan(0);
      },
      { viewport: { width: 1366, height: 768 } },
    );
  });

  it('holds each period, language, comparison and first slide at its own address, before any script', async () => {
    const reports = datasetReports();
    const latest = latestDatasetReport();
    const years = [...new Set(reports.map((report) => report.period.year))];
    const views = [
      ...years.map((year) => ({ path: `/?year=${year}`, lang: 'vi', shows: periodWords(datasetReport(year).period) })),
      ...reports.map((report) => ({
        path: `/?period=${report.source.id}&lang=en`,
        lang: 'en',
        shows: report.period.year.toString(),
      })),
      { path: '/?lang=en', lang: 'en', shows: latest.period.year.toString() },
      { path: '/?present=1', lang: 'vi', shows: periodWords(latest.period) },
      ...(reports.length > 1 ? [{ path: '/?view=compare', lang: 'vi', shows: periodWords(latest.period) }] : []),
    ];
    for (const host of [server, plainHost]) {
      for (const view of views) {
        await withPage(
          browser,
          async (page) => {
            await withoutScriptFiles(page);
            await page.goto(`${host.url}${view.path}`);
            const where = `${view.path} (${host === server ? 'rewriting host' : 'plain host'})`;
            await page.locator('#root').waitFor({ state: 'visible', timeout: 5000 });
            expect(await page.locator('html').getAttribute('lang'), where).toBe(view.lang);
            expect(await mainText(page), where).toContain(view.shows);
            // On a plain host the page went to the view's own file, and put the address back.
            expect(page.url(), where).toBe(`${host.url}${view.path}`);
            if (view.path === '/?present=1') await screenshot(page, 'prerendered-slide-before-scripts');
          },
          { viewport: { width: 1366, height: 768 }, allowConsoleErrors: true },
        );
      }
    }
  });

  it('stays hidden at an address naming no view it holds, so no figure stands under the wrong link', async () => {
    for (const path of ['/?year=1999', '/?lang=fr', '/?present=1&slide=2']) {
      await withPage(
        browser,
        async (page) => {
          await withoutScriptFiles(page);
          await page.goto(`${server.url}${path}`);
          expect(await page.locator('#root').isVisible(), `${path}: the prerendered view is hidden`).toBe(false);
        },
        { allowConsoleErrors: true },
      );
    }
  });

  it('is taken over at another period’s address on a plain host, without redrawing or a console error', async () => {
    const oldest = datasetReports()[0]!;
    await withPage(browser, async (page, context) => {
      await context.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { parsedHeadline: Element | null }).parsedHeadline = document.querySelector(
            '[elementtiming="headline-figure"]',
          );
        });
      });
      await page.goto(`${plainHost.url}/?year=${oldest.period.year}&lang=en`);
      await waitForDashboard(page);
      const kept = await page.evaluate(() => {
        const parsed = (window as unknown as { parsedHeadline: Element | null }).parsedHeadline;
        return parsed !== null && parsed === document.querySelector('[elementtiming="headline-figure"]');
      });
      expect(kept, 'the parsed headline figure is still the one on screen').toBe(true);
      expect(new URL(page.url()).search).toBe(`?year=${oldest.period.year}&lang=en`);
    });
  });

  it('takes the first slide over at a ?year= address without redrawing it, and answers keys', async () => {
    const oldest = datasetReports()[0]!;
    await withPage(browser, async (page, context) => {
      await context.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { parsedSlide: Element | null }).parsedSlide =
            document.querySelector('.present__slide');
        });
      });
      await page.goto(`${server.url}/?present=1&year=${oldest.period.year}`);
      await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
      await page.waitForTimeout(500);
      const kept = await page.evaluate(() => {
        const parsed = (window as unknown as { parsedSlide: Element | null }).parsedSlide;
        return parsed !== null && parsed === document.querySelector('.present__slide');
      });
      expect(kept, 'the parsed slide is still the one on screen').toBe(true);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '2');
    });
  });

  it('takes the first slide over without the charts’ code, which loads once the deck moves on', async () => {
    await withPage(browser, async (page) => {
      const chartRequests: string[] = [];
      page.on('request', (request) => {
        if (/\/assets\/(SlideChart|TargetChart)-/.test(request.url())) chartRequests.push(request.url());
      });
      await page.goto(`${server.url}/?present=1`);
      await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
      await page.waitForTimeout(1500);
      expect(chartRequests, 'no chart code fetched on the first slide').toEqual([]);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '2');
      await expect.poll(() => chartRequests.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    });
  });

  it('is taken over by the app without redrawing the figures, and without a console error', async () => {
    await withPage(browser, async (page, context) => {
      // Keeps the headline figure the HTML parser made, to compare with the one shown later.
      await context.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { parsedHeadline: Element | null }).parsedHeadline = document.querySelector(
            '[elementtiming="headline-figure"]',
          );
        });
      });
      await page.goto(`${server.url}/`);
      await waitForDashboard(page);
      await page.locator('figure').first().waitFor();
      const kept = await page.evaluate(() => {
        const parsed = (window as unknown as { parsedHeadline: Element | null }).parsedHeadline;
        return (
          parsed !== null &&
          parsed.isConnected &&
          parsed === document.querySelector('[elementtiming="headline-figure"]')
        );
      });
      expect(kept, 'the parsed headline figure is still the one on screen').toBe(true);
      // Now interactive: the filter switches period in the page, without a new navigation.
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      await page.getByRole('link', { name: '9 tháng đầu năm 2023' }).click();
      await page.locator('.report-heading__period', { hasText: '9 tháng đầu năm 2023' }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    });
  });

  it('carries its stylesheet in the page, which no chunk loaded later fetches again', async () => {
    for (const path of ['/', '/?year=2023']) {
      await withPage(browser, async (page) => {
        const stylesheets: string[] = [];
        page.on('request', (request) => {
          if (request.resourceType() === 'stylesheet') stylesheets.push(new URL(request.url()).pathname);
        });
        await page.goto(`${server.url}${path}`);
        await waitForDashboard(page);
        await page.locator('button.source-panel__open').first().click();
        await page.locator('dialog[open] .source-panel__entry').first().waitFor();
        expect(stylesheets, `${path}: stylesheets fetched`).toEqual([]);
        // A second copy would be parsed again and restyle the whole page.
        const withFontFaces = await page.evaluate(
          () =>
            Array.from(document.styleSheets).filter((sheet) =>
              Array.from(sheet.cssRules).some((rule) => rule instanceof CSSFontFaceRule),
            ).length,
        );
        expect(withFontFaces, `${path}: stylesheets declaring the typeface`).toBe(1);
      });
    }
  });

  it('keeps a click on a button made before the takeover, and carries it out once, after it', async () => {
    await withPage(browser, async (page) => {
      const release = await holdAppCode(page);
      const downloads: string[] = [];
      page.on('download', (download) => downloads.push(download.suggestedFilename()));
      await page.goto(`${server.url}/`);
      await page.locator(headline).first().waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'Tải CSV' }).click();
      expect(await page.locator('html[data-click-kept]').count(), 'the page shows it is busy').toBe(1);
      expect(await page.locator('#root').getAttribute('data-interactive')).toBeNull();
      release();
      await page.waitForEvent('download');
      await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
      await page.waitForTimeout(500);
      expect(downloads).toEqual(['quan-le-chan-nam-2024.csv']);
      expect(await page.locator('html[data-click-kept]').count(), 'no longer busy').toBe(0);
      // After the takeover a click is the app's alone: one more file, not two.
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải JSON' }).click()]);
      await page.waitForTimeout(500);
      expect(downloads).toEqual(['quan-le-chan-nam-2024.csv', 'quan-le-chan-nam-2024.json']);
    });
  });

  it('keeps the keys pressed on a prerendered slide and goes through them once the deck has loaded', async () => {
    await withPage(browser, async (page) => {
      const release = await holdAppCode(page);
      await page.goto(`${server.url}/?present=1`);
      await page.locator('main.present[data-slide]').waitFor();
      const first = await page.locator('main.present').getAttribute('data-slide');
      const count = page.locator('.present__count');
      expect(await count.textContent()).toMatch(/^Trang 1\//);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('PageDown');
      expect(await page.locator('#root').getAttribute('data-interactive'), 'still prerendered').toBeNull();
      expect(await page.locator('main.present').getAttribute('data-slide')).toBe(first);
      release();
      await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
      // Two steps forward, no more: each key once.
      await expect.poll(() => count.textContent()).toMatch(/^Trang 3\//);
      await page.waitForTimeout(500);
      expect(await count.textContent()).toMatch(/^Trang 3\//);
    });
  });

  it.each([
    { part: 'the entry', chunk: entryChunk },
    { part: "the app's own code", chunk: appChunk },
  ])('says so, with a way forward, when $part cannot be loaded, at any address', async ({ part, chunk }) => {
    for (const { path, message, reload, keepsFigures } of [
      { path: '/', message: /^\s*Không tải được phần mềm của trang/, reload: 'Tải lại trang', keepsFigures: true },
      {
        path: '/?year=2023',
        message: /^\s*Không tải được phần mềm của trang/,
        reload: 'Tải lại trang',
        keepsFigures: true,
      },
      {
        path: '/?lang=en',
        message: /^\s*The page's code could not be loaded/,
        reload: 'Reload the page',
        keepsFigures: true,
      },
      {
        path: '/?year=1999',
        message: /^\s*Không tải được phần mềm của trang/,
        reload: 'Tải lại trang',
        keepsFigures: false,
      },
    ]) {
      await withPage(
        browser,
        async (page) => {
          await page.route(chunk, (route) => route.abort());
          await page.goto(`${server.url}${path}`);
          const alert = page.getByRole('alert');
          await alert.waitFor();
          // The sign is the interface's SVG icon: "⚠" is not in the typeface.
          expect(await textOf(alert.locator('p')), path).toMatch(message);
          expect(await alert.locator('p svg.icon').isVisible(), `${path}: the sign`).toBe(true);
          // The figures the build put in the page are the dataset's own: where shown, they stay.
          expect(await page.locator(headline).first().isVisible(), `${path}: figures`).toBe(keepsFigures);
          if (path === '/') await screenshot(page, `code-failed-${part.replace(/\W+/g, '-')}`);
          await page.unroute(chunk);
          await alert.getByRole('button', { name: reload }).click();
          await waitForDashboard(page);
          expect(await page.getByRole('alert').count(), `${path}: after reloading`).toBe(0);
        },
        { allowConsoleErrors: true },
      );
    }
  });

  it.each([
    { path: '/?year=2023', message: /^\s*Trang này được mở trực tiếp từ tệp trên máy.*Hãy mở trang qua máy chủ web/ },
    { path: '/?lang=en', message: /^\s*This page was opened as a file.*Open it through a web server/ },
  ])('opened as a file ($path), says it must be opened through a web server', async ({ path, message }) => {
    await withPage(
      browser,
      async (page) => {
        // The browser refuses module scripts from file://: the page's own code never runs.
        await page.goto(`${pathToFileURL(resolve('dist/index.html')).href}${path.slice(1)}`);
        const alert = page.getByRole('alert');
        await alert.waitFor();
        expect(await textOf(alert.locator('p'))).toMatch(message);
        // Reloading would fail the same way: no such button.
        expect(await alert.getByRole('button').count()).toBe(0);
        if (path === '/?year=2023') await screenshot(page, 'opened-as-file');
      },
      { allowConsoleErrors: true },
    );
  });

  it('holds in each page the data its view was rendered from, each report as its file states it', async () => {
    // Each page holds the reports on its first screen; a slide's page its own report and the length of
    // each deck (src/prerender.tsx), not the reports the deck loads afterwards.
    const files = datasetReports();
    const pages = ['index.html', ...readdirSync(join(distDir, 'views')).filter((name) => name.endsWith('.html'))];
    for (const name of pages) {
      const html = readFileSync(join(distDir, name === 'index.html' ? name : `views/${name}`), 'utf8');
      const client = new QueryClient();
      hydrate(client, JSON.parse(html.match(viewDataElement)?.[1] ?? 'null'));
      const reports = client.getQueriesData<Report>({ queryKey: ['reports'] });
      expect(reports.length, `${name}: reports in the page`).toBeGreaterThan(0);
      if (name.endsWith('.present.html')) {
        expect(reports.length, `${name}: one report in a slide's page`).toBe(1);
        const lengths = client.getQueryData<Record<string, number>>(['deckLengths']);
        expect(Object.keys(lengths ?? {}).sort(), `${name}: a deck length for each report`).toEqual(
          files.map((file) => file.source.id).sort(),
        );
      }
      for (const [, report] of reports) {
        const file = files.find((candidate) => candidate.source.id === report?.source.id);
        expect(report, `${name}: ${report?.source.id}`).toEqual(Report.parse(file));
      }
      expect(client.getQueryData(['periods']), `${name}: the period list`).toBeDefined();
      expect(client.getQueryData(['indicators']), `${name}: the catalogue`).toBeDefined();
    }
  });

  it('is taken over with the data in the page when the embedded API cannot start, and says so on a switch', async () => {
    await withPage(
      browser,
      async (page) => {
        const mismatches: string[] = [];
        page.on('console', (message) => {
          if (message.text().includes('did not match')) mismatches.push(message.text());
        });
        // The embedded API's code does not arrive: requests fall through to the static host,
        // which answers with index.html instead of data.
        await page.route(embeddedApiChunk, (route) => route.abort());
        await page.goto(`${server.url}/`);
        await waitForDashboard(page);
        const latest = latestDatasetReport();
        expect(await mainText(page)).toContain(periodWords(latest.period));
        expect(await page.locator(headline).count(), 'the page’s own figures stay').toBeGreaterThan(0);
        expect(mismatches).toEqual([]);
        // Another report is not in the page: asked of the API, it cannot be had, and the page says so.
        const other = datasetReports().find((report) => report.source.id !== latest.source.id)!;
        await page.getByRole('link', { name: periodWords(other.period) }).click();
        await page.locator('.error-panel').waitFor({ timeout: 20_000 });
        expect(await page.locator(headline).count(), 'no figure stands under the other period').toBe(0);
        expect(await textOf(page.locator('.error-panel'))).toMatch(/thay vì dữ liệu/);
        await screenshot(page, 'prerendered-api-failed-on-switch');
      },
      { allowConsoleErrors: true },
    );
  });

  it('draws a first slide afresh from the API when its page holds no data, the deck whole', async () => {
    await withPage(browser, async (page) => {
      const mismatches: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('did not match')) mismatches.push(message.text());
      });
      // Without the deck lengths the page could not take its slide over before every report had come.
      await page.route(`${server.url}/?present=1`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace(viewDataElement, '') });
      });
      await page.goto(`${server.url}/?present=1`);
      await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
      await page.locator('main.present[data-slide="overview"]').waitFor();
      expect(await mainText(page)).toContain(periodWords(latestDatasetReport().period));
      await page.keyboard.press('End');
      await page.waitForFunction(() =>
        /^Trang (\d+)\/\1$/.test(document.querySelector('.present__count')?.textContent ?? ''),
      );
      expect(await page.locator('main.present').getAttribute('data-slide')).not.toMatch(/^waiting/);
      expect(mismatches).toEqual([]);
    });
  });

  it('gives way to a clear message in Vietnamese when the page holds no data and the API cannot answer', async () => {
    await withPage(
      browser,
      async (page) => {
        // The page as a proxy that dropped its data would serve it, and no embedded API.
        await page.route(`${server.url}/`, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: (await response.text()).replace(viewDataElement, '') });
        });
        await page.route(embeddedApiChunk, (route) => route.abort());
        await page.goto(`${server.url}/`);
        await page.locator('.error-panel').waitFor({ timeout: 20_000 });
        expect(await page.locator(headline).count(), 'no unconfirmed figure is left on screen').toBe(0);
        expect(await textOf(page.locator('.error-panel'))).toMatch(/thay vì dữ liệu/);
        await screenshot(page, 'prerendered-data-failed');
      },
      { allowConsoleErrors: true },
    );
  });
});

describe('the charts, below the first screen', () => {
  /** Opens / and waits until the app has taken the page over, without any input. */
  async function openUntouched(page: Page, chartRequests: string[]): Promise<void> {
    page.on('request', (request) => {
      if (/\/assets\/(ChartsSection|TargetChart)-/.test(request.url())) chartRequests.push(request.url());
    });
    await page.goto(`${server.url}/`);
    await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);
  }

  it('on a phone, are neither fetched nor drawn until the visitor scrolls towards them', async () => {
    // On a phone the charts start several screens down; on a laptop they are within a screen, drawn once the page has settled.
    await withPage(
      browser,
      async (page) => {
        const chartRequests: string[] = [];
        await openUntouched(page, chartRequests);
        expect(chartRequests, 'no chart code fetched').toEqual([]);
        expect(await page.locator('.charts figure').count()).toBe(0);
        expect(await textOf(page.locator('.charts__loading'))).toBe('Biểu đồ xu hướng hiện ra khi cuộn tới phần này.');

        await page.mouse.move(200, 400);
        await page.mouse.wheel(0, 600);
        await page.locator('.charts figure').first().waitFor({ state: 'attached' });
        expect(chartRequests.length).toBeGreaterThan(0);
        // Drawn once the visitor comes near: the whole section, not only its first chart.
        expect(await page.locator('.charts figure').count()).toBeGreaterThan(1);
      },
      { viewport: { width: 390, height: 844 } },
    );
  });

  it('on a laptop, within a screen of the viewport, wait out the first seconds and are then drawn without any input', async () => {
    await withPage(
      browser,
      async (page) => {
        // Noted in the page as they happen, so a slow machine cannot blur the order: where the
        // charts' placeholder stood when the app took over, and when the first chart appeared.
        await page.addInitScript(() => {
          const seen: { interactiveAt?: number; placeholderTop?: number; drawnAt?: number } = {};
          Object.assign(window, { chartsSeen: seen });
          new MutationObserver(() => {
            if (seen.interactiveAt === undefined && document.getElementById('root')?.dataset.interactive) {
              seen.interactiveAt = performance.now();
              seen.placeholderTop = document.querySelector('.charts__loading')?.getBoundingClientRect().top;
            }
            if (seen.drawnAt === undefined && document.querySelector('.charts figure'))
              seen.drawnAt = performance.now();
          }).observe(document, { subtree: true, childList: true, attributes: true });
        });
        await page.goto(`${server.url}/`);
        await page.locator('.charts figure').nth(1).waitFor({ state: 'attached', timeout: 15_000 });
        const seen = await page.evaluate(
          () =>
            (
              window as unknown as {
                chartsSeen: Partial<Record<'interactiveAt' | 'placeholderTop' | 'drawnAt', number>>;
              }
            ).chartsSeen,
        );
        // A moment never seen stays NaN, which fails every comparison below.
        const { interactiveAt = NaN, placeholderTop = NaN, drawnAt = NaN } = seen;
        const record = JSON.stringify(seen);
        expect(placeholderTop, `below the first screen, within the next: ${record}`).toBeGreaterThan(768);
        expect(placeholderTop, record).toBeLessThan(2 * 768);
        // Two seconds from when the placeholder was first seen near, which is as the app takes over.
        expect(drawnAt - interactiveAt, `drawn after the first seconds: ${record}`).toBeGreaterThan(1500);
      },
      { viewport: { width: 1366, height: 768 } },
    );
  });

  it('are drawn on the first key press, and before the print button or Ctrl+P prints', async () => {
    await withPage(
      browser,
      async (page) => {
        await openUntouched(page, []);
        expect(await page.locator('.charts figure').count()).toBe(0);
        await page.keyboard.press('Tab');
        await page.locator('.charts figure').first().waitFor({ state: 'attached' });
      },
      { viewport: { width: 390, height: 844 } },
    );
    for (const print of [
      // On a phone the button is in the menu, opened here by a bare click event: no pointer or key
      // reaches the page before the print button's own press.
      async (page: Page) => {
        await page.getByRole('button', { name: 'Chọn kỳ, tải về, trình chiếu' }).dispatchEvent('click');
        await page.getByRole('button', { name: 'In trang' }).click();
      },
      (page: Page) => page.keyboard.press('Control+P'),
    ]) {
      await withPage(
        browser,
        async (page) => {
          await openUntouched(page, []);
          expect(await page.locator('.charts figure').count()).toBe(0);
          // What the page holds when it prints: counted by a stand-in for the print dialog.
          await page.evaluate(() => {
            window.print = () => {
              document.body.dataset.printedCharts = String(document.querySelectorAll('.charts figure svg').length);
            };
          });
          await print(page);
          await page.locator('body[data-printed-charts]').waitFor({ state: 'attached' });
          expect(Number(await page.locator('body').getAttribute('data-printed-charts'))).toBeGreaterThanOrEqual(10);
        },
        { viewport: { width: 390, height: 844 } },
      );
    }
  });

  it('printed from the browser menu before they are drawn, leave a note on paper saying so and how to print them', async () => {
    await withPage(
      browser,
      async (page) => {
        await openUntouched(page, []);
        await page.emulateMedia({ media: 'print' });
        const note = page.locator('.charts__print-note');
        expect(await note.isVisible()).toBe(true);
        expect(await textOf(note)).toMatch(/^Biểu đồ xu hướng chưa kịp tải nên không có trong bản in này\./);
        expect(await page.locator('.charts__screen-note').isVisible()).toBe(false);
        await page.emulateMedia({ media: 'screen' });
        expect(await note.isVisible(), 'on screen the note is not shown').toBe(false);
      },
      { viewport: { width: 390, height: 844 } },
    );
  });
});
