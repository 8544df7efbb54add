import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { headlineIdentifier, nameHelperScript, type Marker } from './probe';

/**
 * The views a link can name (issue 28's table), and each one's static copy: the view's own first
 * screen as the page shows it once painted, saved from the built app and served as a plain file.
 */

export const viewport = { width: 1366, height: 768 };

/**
 * `plainHost`: served by a host that does not rewrite addresses, where index.html's own script goes
 * to the view's page (docs/operations.md), one request more than on a host that serves it at once.
 */
export type View = { name: string; search: string; plainHost?: boolean };

export const views: readonly View[] = [
  { name: '/', search: '' },
  { name: '?year=2023', search: '?year=2023' },
  { name: '?lang=en', search: '?lang=en' },
  { name: '?present=1', search: '?present=1' },
  { name: '?year=2024', search: '?year=2024' },
  { name: '?view=compare', search: '?view=compare' },
  { name: '?year=2023, plain host', search: '?year=2023', plainHost: true },
];

const slug = (view: View) =>
  (view.search.replace(/[?=&]+/g, '-').replace(/^-/, '') || 'default') + (view.plainHost ? '-plain' : '');

/** A view of one build: its marker, and where its static copy is served from (below the build's root). */
export type CapturedView = { view: View; marker: Marker; staticPath: string };

/**
 * The static copy keeps the markup and the stylesheet and drops what only the app needs: every
 * script (the module scripts, and the inline ones that hand the prerendered markup to the app or
 * report that it failed to start, which would fire in a page whose app never starts), the module
 * preloads, and the Content-Security-Policy (its hashes allow the app's inline code, not the style
 * attributes React wrote into the DOM).
 */
export function staticCopy(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '')
    .replace(/<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi, '');
}

/**
 * Opens the view in the built app until it is interactive and its fonts are in, then reads what
 * marks it as painted and saves its markup as the static copy into `root`/static/.
 */
export async function captureView(browser: Browser, baseUrl: string, view: View, root: string): Promise<CapturedView> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  try {
    await context.addInitScript({ content: nameHelperScript });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${view.search}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('root')?.dataset.interactive !== undefined, undefined, {
      timeout: 30_000,
    });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(500);
    const found = await page.evaluate(async (identifier) => {
      const normalise = (text: string | null) =>
        (text ?? '')
          .replace(/[\u00a0\u202f]/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
      const headline = [...document.querySelectorAll(`[elementtiming="${identifier}"]`)].find(
        (element) => !element.closest('[hidden]') && element.getClientRects().length > 0,
      );
      if (headline)
        return {
          text: normalise(headline.textContent),
          selector: `[elementtiming="${identifier}"]`,
          via: 'Element Timing' as const,
        };
      // The last candidate still in the page with text: an earlier one may have been replaced by the app.
      const largestNow = () =>
        new Promise<Element | undefined>((done) =>
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & { element: Element | null })[];
            const withText = entries.filter((entry) => entry.element?.isConnected && entry.element.textContent?.trim());
            done(withText.at(-1)?.element ?? undefined);
          }).observe({ type: 'largest-contentful-paint', buffered: true }),
        );
      let largest = await largestNow();
      for (let attempt = 0; !largest && attempt < 20; attempt += 1) {
        await new Promise((done) => setTimeout(done, 250));
        largest = await largestNow();
      }
      if (!largest) return null;
      const classes = [...largest.classList].map((name) => `.${CSS.escape(name)}`).join('');
      return {
        text: normalise(largest.textContent),
        selector: `${largest.tagName.toLowerCase()}${classes}`,
        via: 'Largest Contentful Paint' as const,
      };
    }, headlineIdentifier);
    if (!found?.text) throw new Error(`${view.name}: no headline figure and no text as the largest paint`);
    const html = await page.evaluate(() => {
      // The markup holds a control's initial state; write the state shown (a select's choice) into it.
      for (const option of document.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
      return `<!doctype html>\n${document.documentElement.outerHTML}`;
    });
    const staticPath = `/static/${slug(view)}.html`;
    mkdirSync(join(root, 'static'), { recursive: true });
    writeFileSync(join(root, staticPath), staticCopy(html));
    return { view, marker: found, staticPath };
  } finally {
    await context.close();
  }
}
