import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { onDashboardPage, screenshot } from './support/browser';
import { openChartGroups } from './support/dashboard-parts';
import { startHarness } from './support/harness';

/**
 * Reflow and resize text (WCAG 1.4.4, 1.4.10), in Chromium against the production
 * build: a 1920×1080 screen zoomed to 200% (960×540 CSS pixels at 2 device pixels
 * each), and the text alone at 200% on a 1280×720 screen (a leader's browser or
 * phone set to large text). Nothing scrolls sideways, no figure or title is cut off
 * its card, and no heading or control lies on another.
 */

const { server, browser } = await startHarness();

type Mode = 'zoom' | 'text' | 'narrow';

type ModeSetup = {
  what: string;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  /** The root font size, as a browser's large-text setting sets it. */
  rootFontSize?: string;
  /** Prefix of the screenshots' names. */
  shots: string;
};

const modes: Record<Mode, ModeSetup> = {
  zoom: {
    what: 'zoomed to 200% (960×540 CSS px at 2×)',
    viewport: { width: 960, height: 540 },
    deviceScaleFactor: 2,
    shots: 'zoom-200',
  },
  text: {
    what: 'with text at 200% on 1280×720',
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    rootFontSize: '200%',
    shots: 'zoom-text200',
  },
  // WCAG 1.4.10 Reflow: 1280 px at 400%, the width of a phone held upright.
  narrow: {
    what: 'at 320 CSS px wide (1280×1024 zoomed to 400%, a phone)',
    viewport: { width: 320, height: 256 },
    deviceScaleFactor: 4,
    shots: 'zoom-400',
  },
};

const paths = ['/?year=2023', '/?year=2024', '/?view=compare', '/?lang=en&year=2024'];

/** A file-name-safe short name of a path: "/?lang=en&year=2024" → "en-2024". */
const slug = (path: string) =>
  path
    .replace(/^\/\?/, '')
    .replace(/lang=|year=|view=/g, '')
    .replace(/&/g, '-');

/** Opens a path as the mode asks, charts drawn, then runs the checks (see onDashboardPage). */
function onPage(mode: Mode, path: string, check: (page: Page) => Promise<void>): Promise<void> {
  const { viewport, deviceScaleFactor, rootFontSize } = modes[mode];
  return onDashboardPage(
    browser,
    server.url,
    path,
    async (page) => {
      if (rootFontSize) await setRootFontSize(page, rootFontSize);
      // At 320 px the charts fold in groups, as on a phone: opened, so that they are checked too.
      if (!path.includes('compare')) await openChartGroups(page);
      // Charts size themselves to their cards after a resize: let them settle.
      await page.evaluate(
        () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
      );
      await page.waitForTimeout(300);
      await check(page);
    },
    { viewport, deviceScaleFactor },
  );
}

/**
 * As a browser's large-text setting does. Through the CSSOM: the app's Content-Security-Policy
 * (style-src 'self') rightly blocks the inline <style> that page.addStyleTag would add.
 */
function setRootFontSize(page: Page, size: string): Promise<void> {
  return page.evaluate((value) => document.documentElement.style.setProperty('font-size', value, 'important'), size);
}

/**
 * The page is as wide as the window: nothing to scroll sideways. When it is wider,
 * `culprits` names the elements that stick out of the window while their parent
 * does not (scrolling tables excepted), to say what to fix.
 */
function sidewaysScroll(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const limit = innerWidth + 0.5;
    const nameOf = (element: Element) => {
      const name = element.getAttribute('class')?.split(' ')[0];
      return `${element.tagName.toLowerCase()}${name ? `.${name}` : ''}`;
    };
    const reach = new Map<string, number>();
    const note = (element: Element, right: number) =>
      reach.set(nameOf(element), Math.max(reach.get(nameOf(element)) ?? 0, Math.round(right)));
    for (const element of document.body.querySelectorAll('*')) {
      // Scrolling tables are allowed to be wide; an SVG clips what it draws to its own box.
      if (element.closest('.compare__scroll, .chart__table, svg *')) continue;
      const box = element.getBoundingClientRect();
      const parent = element.parentElement;
      if (box.width > 0 && box.right > limit && !(parent && parent.getBoundingClientRect().right > limit)) {
        note(element, box.right);
      }
    }
    // Words wider than their box stick out as text, not as an element.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.compare__scroll, .chart__table, svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = Math.max(0, ...[...range.getClientRects()].map((rect) => rect.right));
      if (right > limit && parent.getBoundingClientRect().right <= limit) note(parent, right);
    }
    const culprits = [...reach].map(([name, right]) => `${name} (to x ${right})`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits };
  });
}

/**
 * Every card's title and figure, measured: a part sticking out of its card, or text
 * wider than its own box (scrollWidth > clientWidth), is cut off or spills over.
 * Cards are the indicator tiles and the party-building items.
 */
function clippedCardText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const cards = [...document.querySelectorAll('article.tile, .party__list > li')];
    for (const card of cards) {
      const cardBox = card.getBoundingClientRect();
      const title = text(card.querySelector('h3') ?? card);
      const parts = card.querySelectorAll<HTMLElement>(
        'h3, .tile__value, .tile__number, .tile__unit, .party__count, .plan-status, .yoy-badge',
      );
      for (const part of parts) {
        const box = part.getBoundingClientRect();
        if (box.width === 0) continue;
        const name = `“${title}”: ${part.className || part.tagName.toLowerCase()} “${text(part)}”`;
        if (box.left < cardBox.left - 0.5 || box.right > cardBox.right + 0.5) {
          problems.push(
            `${name} spans x ${Math.round(box.left)}–${Math.round(box.right)}, its card ${Math.round(cardBox.left)}–${Math.round(cardBox.right)}`,
          );
        }
        if (part.scrollWidth > part.clientWidth + 1 && part.clientWidth > 0) {
          problems.push(`${name} is ${part.scrollWidth}px wide in a ${part.clientWidth}px box`);
        }
      }
    }
    return problems;
  });
}

/**
 * The comparison table's cells: text wider than its cell is cut off or spills into the next one.
 * A header kept for screen readers only (clipped on purpose) is not shown, so not cut off.
 */
function clippedTableCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.compare th, .compare td')]
      .filter((cell) => getComputedStyle(cell).clipPath === 'none' && cell.scrollWidth > cell.clientWidth + 1)
      .map(
        (cell) =>
          `“${(cell.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}” is ${cell.scrollWidth}px wide in a ${cell.clientWidth}px cell`,
      ),
  );
}

/**
 * Pairs of headings and controls that lie on each other (neither inside the other).
 * Controls are measured by their box; headings and figures by their lines of text,
 * since a heading's box runs under a floated neighbour that its text flows around.
 */
function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = 'button, a[href], summary, select';
    const texts = 'h1, h2, h3, .report-heading__period, .tile__value, .party__count';
    // A heading for screen readers alone is clipped to nothing: its text is never drawn to overlap.
    const elements = [...document.querySelectorAll<HTMLElement>(`${controls}, ${texts}`)].filter(
      (element) =>
        element.checkVisibility() && element.getBoundingClientRect().width > 0 && !element.closest('.visually-hidden'),
    );
    const rectsOf = (element: HTMLElement): DOMRect[] => {
      if (element.matches(controls)) return [element.getBoundingClientRect()];
      const range = document.createRange();
      range.selectNodeContents(element);
      return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
    };
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} “${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`;
    const measured = elements.map((element) => ({ element, rects: rectsOf(element) }));
    const found: string[] = [];
    for (let i = 0; i < measured.length; i++) {
      for (let j = i + 1; j < measured.length; j++) {
        const one = measured[i]!;
        const two = measured[j]!;
        if (one.element.contains(two.element) || two.element.contains(one.element)) continue;
        const hit = one.rects
          .flatMap((a) => two.rects.map((b) => ({ a, b })))
          .map(({ a, b }) => ({
            width: Math.min(a.right, b.right) - Math.max(a.left, b.left),
            height: Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top),
          }))
          .find(({ width, height }) => width > 1 && height > 1);
        if (hit) {
          found.push(
            `${name(one.element)} and ${name(two.element)} overlap by ${Math.round(hit.width)}×${Math.round(hit.height)}px`,
          );
        }
      }
    }
    return found;
  });
}

async function checkReflow(page: Page, label: string): Promise<void> {
  const { scrollWidth, innerWidth, culprits } = await sidewaysScroll(page);
  expect
    .soft(
      scrollWidth,
      `${label}: page width (scrollWidth) against the window (innerWidth ${innerWidth}); sticking out: ${culprits.join('; ')}`,
    )
    .toBeLessThanOrEqual(innerWidth);
  expect.soft(await clippedCardText(page), `${label}: card titles and figures cut off or spilling`).toEqual([]);
  expect.soft(await clippedTableCells(page), `${label}: comparison cells cut off`).toEqual([]);
  expect.soft(await overlaps(page), `${label}: headings and controls lying on each other`).toEqual([]);
}

/** The first screen, then the figures (the first tile, or the comparison table). */
async function screenshots(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const figures = page.locator('.tiles, .compare table').first();
  await figures.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await screenshot(page, `${name}-figures`);
}

for (const mode of ['zoom', 'text', 'narrow'] as const) {
  describe(modes[mode].what, () => {
    for (const path of paths) {
      it(`${path}: no sideways scrolling, nothing cut off, nothing overlapping`, () =>
        onPage(mode, path, async (page) => {
          const cards = await page.locator('article.tile, .compare table').count();
          expect(cards, 'tiles or the comparison table on screen').toBeGreaterThan(0);
          await checkReflow(page, `${path} ${modes[mode].what}`);
          await screenshots(page, `${modes[mode].shots}-${slug(path)}`);
        }));
    }
  });
}

describe('the root font size really doubles in the text test', () => {
  it('a tile figure is twice as large with text at 200%', async () => {
    const sizes: number[] = [];
    for (const doubled of [false, true]) {
      await onDashboardPage(
        browser,
        server.url,
        '/?year=2023',
        async (page) => {
          if (doubled) await setRootFontSize(page, '200%');
          sizes.push(
            await page
              .locator('.tile__number')
              .first()
              .evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
          );
        },
        { viewport: { width: 1280, height: 720 } },
      );
    }
    expect(sizes[1]).toBe(sizes[0]! * 2);
  });
});
