import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDashboard, openPage, screenshot } from './support/browser';
import { startHarness } from './support/harness';

/**
 * Meeting-room screens, laptops, an old 4:3 projector and a phone: no sideways
 * scrolling anywhere, and on a full-HD screen the first screen answers the
 * leader's questions (targets met, party building, every indicator's value).
 */

const sizes = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

const views = [
  { name: 'dashboard-2023', path: '/?year=2023' },
  { name: 'dashboard-2024', path: '/?year=2024' },
  { name: 'compare', path: '/?view=compare' },
];

const { server, browser } = await startHarness();

/** Elements wider than the viewport, to say what causes sideways scrolling. */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = window.innerWidth;
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > limit + 0.5) {
        const classes = element.classList.length ? `.${Array.from(element.classList).join('.')}` : '';
        found.push(`${element.tagName.toLowerCase()}${classes} right=${Math.round(box.right)}px`);
      }
    }
    return found.slice(0, 15);
  });
}

describe.each(sizes)('at $width×$height', (viewport) => {
  it.each(views)(
    `$name at ${viewport.width}×${viewport.height}: no horizontal scrolling, screenshots saved`,
    async ({ name, path }) => {
      const { context, page, errors } = await openPage(browser, viewport);
      try {
        await openDashboard(page, server.url, path);
        const size = `${viewport.width}x${viewport.height}`;
        await screenshot(page, `${name}-${size}`);
        await screenshot(page, `${name}-${size}-full`, true);

        const widths = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        const culprits = widths.scrollWidth > widths.innerWidth ? await overflowingElements(page) : [];
        expect(
          widths.scrollWidth,
          `${name} at ${size}: page is ${widths.scrollWidth}px wide in a ${widths.innerWidth}px window; wider elements: ${culprits.join('; ')}`,
        ).toBeLessThanOrEqual(widths.innerWidth);
        expect(errors, 'console errors or uncaught exceptions').toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe('first screen at 1920×1080, without scrolling', () => {
  it.each(['2023', '2024'])(
    '%s: target summary, party building and every tile value fit above the fold',
    async (year) => {
      const viewport = { width: 1920, height: 1080 };
      const { context, page, errors } = await openPage(browser, viewport);
      try {
        await openDashboard(page, server.url, `/?year=${year}`);
        const boxes = await page.evaluate(() => {
          const measure = (element: Element, label: string) => ({
            label,
            bottom: Math.round(element.getBoundingClientRect().bottom),
          });
          const parts = [
            ...Array.from(document.querySelectorAll('.target-summary')).map((element) =>
              measure(element, 'target summary panel (.target-summary)'),
            ),
            ...Array.from(document.querySelectorAll('.party')).map((element) =>
              measure(element, 'party building panel (.party)'),
            ),
            ...Array.from(document.querySelectorAll('.tile')).map((tile) => {
              const title = tile.querySelector('.tile__title')?.textContent ?? '(untitled tile)';
              const value = tile.querySelector('.tile__value');
              return value
                ? measure(value, `value of tile "${title}" (.tile__value)`)
                : { label: `tile "${title}" has no .tile__value`, bottom: Number.POSITIVE_INFINITY };
            }),
          ];
          return { parts, scrollY: window.scrollY };
        });
        expect(boxes.scrollY).toBe(0);
        const labels = boxes.parts.map((part) => part.label);
        expect(labels.filter((label) => label.startsWith('target summary'))).toHaveLength(1);
        expect(labels.filter((label) => label.startsWith('party building'))).toHaveLength(1);
        expect(labels.filter((label) => label.startsWith('value of tile')).length).toBeGreaterThanOrEqual(5);

        const below = boxes.parts.filter((part) => part.bottom > viewport.height);
        expect(
          below.map((part) => `${part.label}: bottom at ${part.bottom}px`),
          `${year}: below the first 1080px screen`,
        ).toEqual([]);
        expect(errors, 'console errors or uncaught exceptions').toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
