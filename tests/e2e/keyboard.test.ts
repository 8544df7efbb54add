import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { onDashboardPage, screenshotDir, textOf } from './support/browser';
import { datasetReport } from './support/dataset';
import { startHarness } from './support/harness';

/**
 * The dashboard with the keyboard only (no mouse), in Chromium against the
 * production build: the Tab order follows the screen, every control works with
 * Enter or Space, every focused control shows a clearly visible focus indicator,
 * and focus is never trapped.
 */

const { server, browser } = await startHarness();

/** Opens a fresh page on a path with its charts drawn, runs the checks, then fails on any console or page error. */
const onPage = (path: string, check: (page: Page) => Promise<void>) =>
  onDashboardPage(
    browser,
    server.url,
    path,
    async (page) => {
      await page.locator('.chart').first().waitFor();
      await page.waitForFunction(() => document.querySelector('.charts__loading') === null);
      await check(page);
    },
    { viewport: { width: 1280, height: 720 } },
  );

type Indicator = { outline: string; outlineWidth: number; boxShadow: string; outlineColor: string };

/** One Tab stop: what is focused, where it sits, and how its focus is drawn. */
type Stop = {
  tag: string;
  /** The accessible name as a reader hears it: aria-label, else the text without aria-hidden parts. */
  name: string;
  /** The card, panel or chart that holds it ('' for the header and toolbars). */
  where: string;
  focused: Indicator;
  unfocused: Indicator;
  /** The colour right next to the outline: the background it is drawn on. */
  background: string;
  /** Contrast of the outline's colour against that background. */
  contrast: number;
  /** Whether the focused element is at least partly inside the viewport. */
  inView: boolean;
  box: { x: number; y: number; width: number; height: number };
};

/**
 * Records every focusable element's look while not focused, so each Tab stop can
 * be compared with itself unfocused. Call before the first Tab.
 */
async function recordUnfocusedLook(page: Page): Promise<void> {
  await page.evaluate(() => {
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return {
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        outlineWidth: parseFloat(style.outlineWidth) || 0,
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
      };
    };
    const looks = new WeakMap<Element, ReturnType<typeof look>>();
    for (const element of document.querySelectorAll('a[href], button, summary, select, input, [tabindex]')) {
      looks.set(element, look(element));
    }
    (window as unknown as { unfocusedLooks: typeof looks }).unfocusedLooks = looks;
  });
}

/** The focused element as a Stop, or null when focus is on the page itself (or has left it). */
function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return null;
    const look = (target: Element) => {
      const style = getComputedStyle(target);
      return {
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        outlineWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) || 0,
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
      };
    };
    const rgba = (colour: string) => {
      const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return { r: parts[0]!, g: parts[1]!, b: parts[2]!, a: parts[3] ?? 1 };
    };
    /** The first opaque background at or above `start`: what the eye sees behind it. */
    const backgroundOf = (start: Element | null) => {
      for (let node = start; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (rgba(colour).a > 0.5) return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    const luminance = (colour: string) => {
      const { r, g, b } = rgba(colour);
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const contrastOf = (one: string, two: string) => {
      const [light, dark] = [luminance(one), luminance(two)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    const clone = element.cloneNode(true) as Element;
    for (const hidden of clone.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    const name = (element.getAttribute('aria-label') ?? clone.textContent ?? '').replace(/\s+/g, ' ').trim();
    const card = element.closest('article.tile, .party__list > li, .target-summary, figure.chart');
    const where = card?.querySelector('h2, h3')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const style = getComputedStyle(element);
    // An outline drawn outside the element (offset ≥ 0) sits on what surrounds it.
    const outside = parseFloat(style.outlineOffset) >= 0;
    const background = backgroundOf(outside ? element.parentElement : element);
    const box = element.getBoundingClientRect();
    const looks = (window as unknown as { unfocusedLooks?: WeakMap<Element, ReturnType<typeof look>> }).unfocusedLooks;
    const focused = look(element);
    return {
      tag: element.tagName.toLowerCase(),
      name,
      where,
      focused,
      unfocused: looks?.get(element) ?? focused,
      background,
      contrast: Math.round(contrastOf(focused.outlineColor, background) * 100) / 100,
      inView: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
    };
  });
}

/** Presses Tab until focus leaves the page (or `limit` presses), returning every stop on the way. */
async function tabThroughPage(page: Page, limit = 200): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let pressed = 0; pressed < limit; pressed++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (!stop) return stops;
    stops.push(stop);
  }
  throw new Error(`focus did not leave the page after ${limit} Tab presses; last: ${JSON.stringify(stops.at(-1))}`);
}

/** Presses Tab until the focused element is a `tag` named `name` (at most `limit` presses). */
async function tabTo(page: Page, tag: string, name: string, limit = 80): Promise<Stop> {
  for (let pressed = 0; pressed < limit; pressed++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (stop?.tag === tag && stop.name === name) return stop;
  }
  throw new Error(`no ${tag} named "${name}" within ${limit} Tab presses`);
}

const label = (stop: Stop) => `${stop.tag} ${stop.name}`;

/** The focused element and what is around it, as the eye sees it. */
async function focusScreenshot(page: Page, name: string, stop: Stop): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const viewport = page.viewportSize()!;
  const margin = 48;
  const x = Math.max(0, stop.box.x - margin);
  const y = Math.max(0, stop.box.y - margin);
  const width = Math.max(1, Math.min(viewport.width - x, stop.box.width + 2 * margin + 240));
  const height = Math.max(1, Math.min(viewport.height - y, stop.box.height + 2 * margin));
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, clip: { x, y, width, height } });
}

/** The header, the period filter and the toolbar of /?year=2023, in screen order. */
const firstStops2023 = [
  'a Switch to English',
  'a Trình chiếu',
  'a 9 tháng đầu năm 2023',
  'a Năm 2024',
  'a So sánh các kỳ',
  'button Tải CSV',
  'button Tải JSON',
  'button In trang',
  'button Sao chép liên kết',
];

/** The cards of /?year=2023 with a "Nguồn và cách tính" panel, in screen order: the one behind pace first. */
const cardsWithSources2023 = [
  'Thu ngân sách trên địa bàn quận',
  'Số chỉ tiêu đạt kế hoạch',
  'Thành lập chi bộ',
  'Kết nạp đảng viên',
  'Thu thuế ngoài quốc doanh',
  'Giá trị sản xuất công nghiệp',
  'Tổng mức bán lẻ hàng hoá',
  'Doanh thu dịch vụ lưu trú và ăn uống',
];

describe('Tab order from the top of /?year=2023', () => {
  it('goes header links → period filter → toolbar → each card\'s "Nguồn và cách tính" → chart controls, then leaves the page', () =>
    onPage('/?year=2023', async (page) => {
      await recordUnfocusedLook(page);
      const stops = await tabThroughPage(page);
      const labels = stops.map(label);

      expect(labels.slice(0, firstStops2023.length)).toEqual(firstStops2023);

      // Then one "Nguồn và cách tính" per card, in the order the cards are on screen.
      const rest = stops.slice(firstStops2023.length);
      const firstChartControl = rest.findIndex((stop) => stop.name === 'Xem bảng');
      expect(firstChartControl, 'a chart control after the cards').toBeGreaterThan(0);
      const sourceStops = rest.slice(0, firstChartControl);
      expect(sourceStops.map(label)).toEqual(sourceStops.map(() => 'button Nguồn và cách tính'));
      expect(sourceStops.map((stop) => stop.where)).toEqual(cardsWithSources2023);

      // Then, for each chart in screen order: "Xem bảng", "Tải PNG", "Nguồn và số liệu gốc".
      const chartStops = rest.slice(firstChartControl);
      const chartTitles = (await page.locator('.chart__title').allInnerTexts()).map((title) =>
        title.replace(/\s+/g, ' ').trim(),
      );
      expect(chartTitles.length).toBeGreaterThan(0);
      expect(chartStops.map(label)).toEqual(
        chartTitles.flatMap(() => ['button Xem bảng', 'button Tải PNG', 'button Nguồn và số liệu gốc']),
      );
      expect(chartStops.map((stop) => stop.where)).toEqual(chartTitles.flatMap((title) => [title, title, title]));
    }));

  it('shows a visible focus indicator on every stop: an outline of 2px or more (or a shadow) that is not there unfocused, at 3:1 or more against its background', () =>
    onPage('/?year=2023', async (page) => {
      await recordUnfocusedLook(page);
      const stops: Stop[] = [];
      for (let pressed = 0; pressed < 200; pressed++) {
        await page.keyboard.press('Tab');
        const stop = await focusedStop(page);
        if (!stop) break;
        stops.push(stop);
        if (stops.length === 1) await focusScreenshot(page, 'focus-language-switch', stop);
        if (stop.name === 'Trình chiếu') await focusScreenshot(page, 'focus-present-link', stop);
        if (stop.name === 'Năm 2024') await focusScreenshot(page, 'focus-period-link', stop);
        if (stop.name === 'Tải CSV') await focusScreenshot(page, 'focus-csv-button', stop);
        if (stop.name === 'Nguồn và cách tính' && stop.where === 'Số chỉ tiêu đạt kế hoạch') {
          await focusScreenshot(page, 'focus-source-button', stop);
        }
        if (stop.name === 'Xem bảng' && !stops.slice(0, -1).some((earlier) => earlier.name === 'Xem bảng')) {
          await focusScreenshot(page, 'focus-chart-toggle', stop);
        }
      }
      expect(stops.length).toBeGreaterThan(40);

      const drawn = (indicator: Indicator) => indicator.outlineWidth >= 2 || indicator.boxShadow !== 'none';
      const missing = stops
        .filter((stop) => !drawn(stop.focused))
        .map((stop) => `${label(stop)}: ${stop.focused.outline}, box-shadow ${stop.focused.boxShadow}`);
      expect.soft(missing, 'focused controls without an outline of 2px or more or a box-shadow').toEqual([]);

      const unchanged = stops
        .filter(
          (stop) =>
            stop.focused.outline === stop.unfocused.outline && stop.focused.boxShadow === stop.unfocused.boxShadow,
        )
        .map(label);
      expect.soft(unchanged, 'focused controls that look the same unfocused').toEqual([]);

      const faint = stops
        .filter((stop) => stop.focused.outlineWidth >= 2 && stop.contrast < 3)
        .map(
          (stop) => `${label(stop)}: outline ${stop.focused.outlineColor} on ${stop.background} = ${stop.contrast}:1`,
        );
      expect.soft([...new Set(faint)], 'focus outlines under 3:1 against the background they are drawn on').toEqual([]);

      const hidden = stops.filter((stop) => !stop.inView).map(label);
      expect.soft(hidden, 'focused controls scrolled out of view').toEqual([]);
    }));

  it('is not a trap: after the last control focus leaves the page, and the next Tab starts again at the top', () =>
    onPage('/?year=2023', async (page) => {
      const stops = await tabThroughPage(page);
      expect(stops.length).toBeGreaterThan(40);
      expect(await focusedStop(page)).toBeNull();
      await page.keyboard.press('Tab');
      expect(label((await focusedStop(page))!)).toBe('a Switch to English');
      // Shift+Tab from the first control goes out of the page or round to the last control.
      await page.keyboard.press('Shift+Tab');
      const back = await focusedStop(page);
      expect([null, label(stops.at(-1)!)]).toContain(back && label(back));
    }));

  it('is not a trap with every chart table open, nor once a source panel has been opened and closed', () =>
    onPage('/?year=2023', async (page) => {
      const opener = page.getByRole('button', { name: 'Nguồn và cách tính' }).first();
      await opener.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      expect(await page.getByRole('dialog').count()).toBe(0);
      const toggles = page.getByRole('button', { name: 'Xem bảng', expanded: false });
      const charts = await toggles.count();
      for (let opened = 0; opened < charts; opened++) {
        await toggles.first().focus();
        await page.keyboard.press('Enter');
      }
      expect(await page.locator('.chart__table table').count()).toBe(charts);
      // From the first control of the page, Tab walks through everything and out.
      await page.getByRole('link', { name: 'Switch to English' }).focus();
      const stops = await tabThroughPage(page);
      expect(stops.map(label).slice(0, 8)).toEqual(firstStops2023.slice(1));
      expect(stops.at(-1)!.where).toBe('Tháng 9/2023 ngang mức bình quân tháng, trừ thu ngân sách (≈ 77,6%)');
      expect(await focusedStop(page)).toBeNull();
    }));
});

describe('working the dashboard with the keyboard', () => {
  it('Enter on the period link "Năm 2024" switches the period (?year=2024)', () =>
    onPage('/?year=2023', async (page) => {
      await tabTo(page, 'a', 'Năm 2024');
      await page.keyboard.press('Enter');
      await page.locator('.report-heading__period').filter({ hasText: 'Năm 2024' }).waitFor();
      expect(new URL(page.url()).searchParams.get('period')).toBe(datasetReport(2024).source.id);
      expect(await textOf(page.locator('nav.period-filter a[aria-current="page"]'))).toBe('Năm 2024');
    }));

  it('Enter opens a "Nguồn và cách tính" panel and Esc closes it; Space opens the next, Enter on "Đóng" closes it', () =>
    onPage('/?year=2023', async (page) => {
      const first = await tabTo(page, 'button', 'Nguồn và cách tính');
      expect(first.where).toBe(cardsWithSources2023[0]);
      const panels = page.locator('dialog.source-panel__dialog');
      const isOpen = (index: number) => panels.nth(index).evaluate((dialog: HTMLDialogElement) => dialog.open);
      expect(await isOpen(0)).toBe(false);
      await page.keyboard.press('Enter');
      expect(await isOpen(0)).toBe(true);
      expect(await panels.nth(0).locator('blockquote').first().isVisible()).toBe(true);
      expect(label((await focusedStop(page))!), 'focus on the panel’s close button').toBe('button Đóng');
      await page.keyboard.press('Escape');
      expect(await isOpen(0)).toBe(false);
      expect((await focusedStop(page))!.where, 'focus back on its button').toBe(cardsWithSources2023[0]);

      await page.keyboard.press('Tab');
      const second = (await focusedStop(page))!;
      expect(label(second)).toBe('button Nguồn và cách tính');
      expect(await isOpen(1)).toBe(false);
      await page.keyboard.press('Space');
      expect(await isOpen(1)).toBe(true);
      expect(await panels.nth(1).locator('blockquote').first().isVisible()).toBe(true);
      // Enter on "Đóng", where the focus is, closes it and gives the focus back.
      await page.keyboard.press('Enter');
      expect(await isOpen(1)).toBe(false);
      expect(label((await focusedStop(page))!)).toBe('button Nguồn và cách tính');
      expect((await focusedStop(page))!.where).toBe(second.where);
    }));

  it('Enter on "Xem bảng" shows the chart as a table, and "Xem biểu đồ" shows the chart again', () =>
    onPage('/?year=2023', async (page) => {
      await tabTo(page, 'button', 'Xem bảng');
      const chart = page.locator('figure.chart').first();
      const toggle = chart.locator('.chart__toggle').first();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await chart.locator('.chart__table table').isVisible()).toBe(true);
      expect(await chart.locator('.chart__table tbody tr').count()).toBeGreaterThan(0);
      expect(await chart.locator('.recharts-surface').count()).toBe(0);
      // Focus stays on the toggle, which now says how to go back, so the same key brings the chart back.
      expect(label((await focusedStop(page))!)).toBe('button Xem biểu đồ');
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(label((await focusedStop(page))!)).toBe('button Xem bảng');
      await chart.locator('.recharts-surface').first().waitFor();
    }));

  it('Enter on "Tải CSV" downloads the CSV file', () =>
    onPage('/?year=2023', async (page) => {
      await tabTo(page, 'button', 'Tải CSV');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      expect(await download.failure()).toBeNull();
    }));

  it('Enter on "Trình chiếu" opens the presentation; → turns the page; Esc goes back to the dashboard', () =>
    onPage('/?year=2023', async (page) => {
      await tabTo(page, 'a', 'Trình chiếu');
      await page.keyboard.press('Enter');
      await page.locator('main.present .present__slide').waitFor();
      const url = () => new URL(page.url()).searchParams;
      expect(url().get('present')).toBe('1');
      expect(url().get('year')).toBe('2023');
      expect(await page.locator('main.present').getAttribute('data-slide')).toBe('overview');

      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '2');
      expect(await page.locator('main.present').getAttribute('data-slide')).toBe('targets-party');

      await page.keyboard.press('Escape');
      await page.locator('.report-heading__period').waitFor();
      expect(await textOf(page.locator('.report-heading__period'))).toBe('9 tháng đầu năm 2023');
      expect(new URL(page.url()).search).toBe('?year=2023');
      expect(await page.locator('main.present').count()).toBe(0);
    }));
});
