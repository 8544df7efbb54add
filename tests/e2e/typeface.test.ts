import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { onDashboardPage, waitForSlide, withPage } from './support/browser';
import { startHarness } from './support/harness';

/**
 * Every word and symbol on screen is drawn in the page's own typeface. A character the
 * typeface lacks is drawn with whatever font the machine has: a box or a colour emoji on
 * some meeting-room laptop, and on every first load a search through the system's fonts
 * before the first screen can be laid out. Chromium says which fonts drew each element's
 * text (DevTools protocol, CSS.getPlatformFontsForNode).
 */

const { server, browser } = await startHarness();

/** Chromium names each weight's file by its own name: "Be Vietnam Pro", "Be Vietnam Pro SemiBold"… */
const typeface = 'Be Vietnam Pro';
const isTypeface = (familyName: string) => familyName.startsWith(typeface);

/**
 * The typeface's files in the browser's cache, as on any visit after the first. With
 * `font-display: optional` a page whose files come late keeps the system's font (on a cold,
 * busy machine the first load can miss the window); the probe asks what the typeface covers.
 */
async function cacheTypeface(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.evaluate(() => Promise.all(Array.from(document.fonts, (font) => font.load())).then(() => undefined));
  await page.close();
}

type Drawn = { element: string; text: string; fonts: { familyName: string }[] };

/** Each rendered element with text of its own, and the fonts that drew that text. */
async function fontsOnScreen(page: Page): Promise<Drawn[]> {
  const described = await page.evaluate(() => {
    const found: { element: string; text: string }[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const own = Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (!own || !element.checkVisibility()) continue;
      element.setAttribute('data-font-probe', String(found.length));
      found.push({ element: `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`, text: own });
    }
    return found;
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-probe]' });
    const drawn: Drawn[] = [];
    for (const nodeId of nodeIds) {
      const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
      const index = Number(attributes[attributes.indexOf('data-font-probe') + 1]);
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      drawn.push({ ...described[index]!, fonts });
    }
    return drawn;
  } finally {
    await cdp.detach();
  }
}

/** Elements with any glyph drawn in another font than the typeface. */
function drawnElsewhere(drawn: Drawn[]): string[] {
  return drawn.flatMap(({ element, text, fonts }) => {
    const elsewhere = fonts.filter((font) => !isTypeface(font.familyName));
    return elsewhere.length > 0
      ? [`${element} "${text.slice(0, 60)}": ${elsewhere.map((f) => f.familyName).join(', ')}`]
      : [];
  });
}

describe('the typeface draws everything on screen', () => {
  it.each(['/', '/?year=2023', '/?view=compare', '/?lang=en'])(
    '%s: every element with text is drawn in Be Vietnam Pro, the charts included',
    (path) =>
      onDashboardPage(
        browser,
        server.url,
        path,
        async (page) => {
          const drawn = await fontsOnScreen(page);
          // The probe sees the page: dozens of elements, drawn in the typeface.
          expect(drawn.length).toBeGreaterThan(20);
          expect(drawn.some(({ fonts }) => fonts.some((font) => isTypeface(font.familyName)))).toBe(true);
          expect(drawnElsewhere(drawn)).toEqual([]);
        },
        { beforeOpen: cacheTypeface },
      ),
  );

  it('the slides and their controls, paused', () =>
    withPage(browser, async (page, context) => {
      await cacheTypeface(context);
      await page.goto(`${server.url}/?present=1&slide=5&interval=10`);
      await waitForSlide(page);
      await page.keyboard.press('p');
      await page.mouse.move(400, 400);
      await page.locator('.present-controls').waitFor({ state: 'visible' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const drawn = await fontsOnScreen(page);
      // The controls' words are among those measured (their buttons show icons).
      expect(drawn.filter(({ text }) => text === 'Kỳ' || text === 'Tự chuyển')).toHaveLength(2);
      expect(drawnElsewhere(drawn)).toEqual([]);
    }));
});
