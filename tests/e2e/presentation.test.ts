import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isPlanBasis } from '../../src/lib/attainment';
import { isPartyIndicator } from '../../src/lib/indicator-groups';
import { intlLocale } from '../../src/lib/locale';
import { samePeriod } from '../../src/lib/periods';
import type { Figure, Indicator, Report } from '../../src/lib/report-schema';
import {
  screenshot,
  textOf,
  textsOf,
  type Viewport,
  waitForDashboard,
  waitForSlide,
  withPage,
} from './support/browser';
import { chartFaults } from './support/chart-faults';
import { datasetReport, reportsDir } from './support/dataset';
import { startHarness } from './support/harness';
import { readDataset, serveDataset, type Dataset } from './support/serve-dataset';

/**
 * Presentation mode in Chromium against the production build: a clicker's keys,
 * full screen, blanking, auto-advance, fading controls; every slide of both
 * periods fits each meeting-room screen with nothing scrolled or clipped, text
 * large enough for the back of the room and at least 7:1 against its background.
 */

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

const { server, browser } = await startHarness();

/** Opens a fresh page on a path (see withPage) and waits for its slide or its dashboard, then runs the checks. */
function onPage(
  path: string,
  check: (page: Page) => Promise<void>,
  {
    viewport = { width: 1280, height: 720 },
    reducedMotion = false,
    dataset,
  }: { viewport?: Viewport; reducedMotion?: boolean; dataset?: Dataset } = {},
): Promise<void> {
  return withPage(
    browser,
    async (page) => {
      if (reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
      if (dataset) await serveDataset(page, dataset);
      await page.goto(new URL(path, server.url).toString());
      if (new URL(path, server.url).searchParams.get('present') === '1') await waitForSlide(page);
      else await waitForDashboard(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await check(page);
    },
    { viewport },
  );
}

const slideId = (page: Page) => page.locator('main.present').getAttribute('data-slide');
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** The count in "Trang 3/13" or "Slide 3/13". */
const slideCount = async (page: Page) =>
  Number((await textOf(page.locator('.present__count'))).replace(/^\S+ \d+\//, ''));

/** Presses a key and waits until the URL names the expected slide. */
async function pressTo(page: Page, key: string, slide: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForFunction((wanted) => new URL(location.href).searchParams.get('slide') === wanted, slide);
  await waitForSlide(page);
}

describe('keys, as a clicker and PowerPoint send them', () => {
  it('→ ↓ PageDown Space next; ← ↑ PageUp previous; Home, End; digits; the URL follows', () =>
    onPage('/?present=1&year=2023', async (page) => {
      expect(await slideId(page)).toBe('overview');
      const historyLength = await page.evaluate(() => history.length);
      await pressTo(page, 'ArrowRight', '2');
      expect(await slideId(page)).toBe('targets-party');
      await pressTo(page, 'ArrowDown', '3');
      expect(await slideId(page)).toBe('attainment');
      await pressTo(page, 'PageDown', '4');
      await pressTo(page, 'Space', '5');
      expect(await slideId(page)).toBe('indicator-budget-revenue');
      await pressTo(page, 'ArrowLeft', '4');
      await pressTo(page, 'ArrowUp', '3');
      await pressTo(page, 'PageUp', '2');
      const count = await slideCount(page);
      await pressTo(page, 'End', String(count));
      expect(await slideId(page)).toBe('party-history');
      await pressTo(page, 'Home', '1');
      await pressTo(page, '7', '7');
      expect(await slideId(page)).toBe('indicator-industrial-output');
      await page.keyboard.press('1');
      await pressTo(page, '1', '11');
      expect(await slideId(page)).toBe('target-history');
      await page.keyboard.press('1');
      await pressTo(page, 'Enter', '1');
      expect(param(page, 'year')).toBe('2023');
      expect(param(page, 'present')).toBe('1');
      // Slide changes replace the URL rather than fill the history.
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
    }));

  it('F toggles full screen, F5 enters it; Esc leaves for the dashboard with the same year', () =>
    onPage('/?present=1&year=2023&slide=4', async (page) => {
      // The on-screen button shows the state the page saw through fullscreenchange.
      const fullScreen = (on: boolean) =>
        page.waitForFunction(
          (wanted) =>
            (document.fullscreenElement !== null) === wanted &&
            document
              .querySelector('.present-controls [aria-pressed][title*="(phím F)"]')
              ?.getAttribute('aria-pressed') === String(wanted),
          on,
        );
      await page.keyboard.press('f');
      await fullScreen(true);
      await page.keyboard.press('f');
      await fullScreen(false);
      // A clicker's "start" button sends F5: it starts full screen rather than reloading the page.
      await page.evaluate(() => Object.assign(window, { presentMarker: true }));
      await page.keyboard.press('F5');
      await fullScreen(true);
      expect(await page.evaluate(() => 'presentMarker' in window)).toBe(true);
      expect(param(page, 'slide')).toBe('4');
      await page.keyboard.press('f');
      await fullScreen(false);
      await page.keyboard.press('Escape');
      await page.locator('.report-heading__period').waitFor();
      expect(await textOf(page.locator('.report-heading__period'))).toBe('9 tháng đầu năm 2023');
      expect(new URL(page.url()).search).toBe('?year=2023');
      expect(await page.locator('main.present').count()).toBe(0);
    }));

  for (const [key, colour, rgb] of [
    ['b', 'black', 'rgb(0, 0, 0)'],
    ['.', 'black', 'rgb(0, 0, 0)'],
    ['w', 'white', 'rgb(255, 255, 255)'],
  ] as const) {
    it(`"${key}" blanks the screen ${colour}; any key brings the same slide back`, () =>
      onPage('/?present=1&year=2023&slide=3', async (page) => {
        await page.keyboard.press(key);
        const blank = page.locator(`.present-blank--${colour}`);
        await blank.waitFor();
        const cover = await page.evaluate(() => {
          const element = document.elementFromPoint(innerWidth / 2, innerHeight / 2) as HTMLElement;
          const box = element.getBoundingClientRect();
          return {
            className: element.className,
            background: getComputedStyle(element).backgroundColor,
            covers: box.left <= 0 && box.top <= 0 && box.right >= innerWidth && box.bottom >= innerHeight,
          };
        });
        expect(cover).toEqual({ className: `present-blank present-blank--${colour}`, background: rgb, covers: true });
        await page.keyboard.press('ArrowRight');
        await blank.waitFor({ state: 'detached' });
        expect(param(page, 'slide')).toBe('3');
        expect(await slideId(page)).toBe('attainment');
      }));
  }

  it('K switches the period and keeps the slide; the report stays in the URL', () =>
    onPage('/?present=1&year=2023&slide=5', async (page) => {
      const [id2023, id2024] = [datasetReport(2023).source.id, datasetReport(2024).source.id];
      expect(await textOf(page.locator('.present-figure').first())).toBe('641,769');
      await page.keyboard.press('k');
      await page.waitForFunction((id) => new URL(location.href).searchParams.get('period') === id, id2024);
      await waitForSlide(page);
      // Budget revenue's slide, alone or with its group where 2024 has no like-for-like chart for it.
      expect(await slideId(page)).toMatch(/budget/);
      expect(await textOf(page.locator('.present-figure').first())).toBe('1.947,272');
      await page.locator('.present-controls select').first().selectOption(id2023);
      await page.waitForFunction((id) => new URL(location.href).searchParams.get('period') === id, id2023);
      expect(await slideId(page)).toMatch(/budget/);
      expect(await textOf(page.locator('.present-figure').first())).toBe('641,769');
      // The select hands the keys back: the clicker's next arrow turns the page, not the period.
      await pressTo(page, 'ArrowRight', '6');
      expect(param(page, 'period')).toBe(id2023);
    }));
});

describe('links', () => {
  it('the header button "Trình chiếu" opens the presentation for the year on screen', () =>
    onPage('/?year=2023', async (page) => {
      const button = page.getByRole('link', { name: 'Trình chiếu' });
      await button.waitFor();
      expect(await button.isVisible()).toBe(true);
      await button.click();
      await waitForSlide(page);
      expect(await slideId(page)).toBe('overview');
      expect(param(page, 'year')).toBe('2023');
      expect(param(page, 'present')).toBe('1');
    }));

  it('?present=1&slide=3 opens slide 3 of the latest period', () =>
    onPage('/?present=1&slide=3', async (page) => {
      expect(await slideId(page)).toBe('attainment');
      expect(await textOf(page.locator('.present__count'))).toMatch(/^Trang 3\/\d+$/);
      expect(await textOf(page.locator('.present__where span').first())).toBe('Năm 2024');
      expect(await page.locator('.present__notice').count()).toBe(0);
    }));

  for (const bad of ['0', '99', 'abc']) {
    it(`slide=${bad} falls back to slide 1 with a visible notice`, () =>
      onPage(`/?present=1&year=2023&slide=${bad}`, async (page) => {
        expect(await slideId(page)).toBe('overview');
        const notice = page.locator('.present__notice[role="status"]');
        expect(await notice.count()).toBe(1);
        expect(await notice.isVisible()).toBe(true);
        expect(await textOf(notice)).toContain(`Không có trang “${bad}”`);
        expect(await textOf(notice)).toContain('Đang hiển thị trang 1.');
      }));
  }
});

describe('auto-advance, for a lobby screen', () => {
  it('advances every 2 s with a growing progress line; P pauses and resumes; it loops to slide 1', () =>
    onPage('/?present=1&year=2023&interval=2', async (page) => {
      // Home restarts the wait however long the page took to load.
      await pressTo(page, 'Home', '1');
      const bar = page.locator('.present-progress__bar');
      const width = () => bar.evaluate((element) => element.getBoundingClientRect().width);
      await page.waitForTimeout(400);
      const early = await width();
      await page.waitForTimeout(600);
      const later = await width();
      expect(early).toBeGreaterThan(0);
      expect(later).toBeGreaterThan(early);
      expect(later).toBeLessThan(await page.evaluate(() => innerWidth));
      expect(await bar.evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThanOrEqual(6);
      await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '2', null, {
        timeout: 3000,
      });

      await page.keyboard.press('p');
      await page.locator('.present__paused').waitFor();
      expect(await textOf(page.locator('.present__paused'))).toContain('Đã tạm dừng tự chuyển');
      await page.waitForTimeout(2600);
      expect(param(page, 'slide')).toBe('2');

      await page.keyboard.press('p');
      await page.locator('.present__paused').waitFor({ state: 'detached' });
      await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '3', null, {
        timeout: 3000,
      });

      const count = await slideCount(page);
      await pressTo(page, 'End', String(count));
      await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '1', null, {
        timeout: 3000,
      });
    }));

  it('the interval can be chosen on screen and is written to the URL', () =>
    onPage('/?present=1&year=2024', async (page) => {
      await page.locator('.present-controls select').nth(1).selectOption('10');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('interval') === '10');
      expect(await page.locator('.present-progress').count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Tạm dừng' }).isVisible()).toBe(true);
    }));
});

describe('controls and cursor', () => {
  it('slip below the screen after 3 s without mouse movement and come back when the mouse moves', () =>
    onPage('/?present=1&year=2023', async (page) => {
      const controls = page.locator('.present-controls');
      /** How far the bar's top stands above the screen's bottom edge (negative: below it). */
      const shown = () => controls.evaluate((element) => innerHeight - element.getBoundingClientRect().top);
      const cursor = () => page.locator('.present__slide').evaluate((element) => getComputedStyle(element).cursor);
      // A movement restarts the 3 s, however long the page took to load.
      await page.mouse.move(100, 100);
      expect(await shown()).toBeGreaterThan(0);
      await page.waitForTimeout(2000);
      expect(await page.locator('main.present--idle').count()).toBe(0);
      await page.locator('main.present--idle').waitFor({ timeout: 2500 });
      // Its shadow (blurred 18 px) has left the screen as well.
      await expect.poll(shown).toBeLessThan(-18);
      expect(await cursor()).toBe('none');

      await page.mouse.move(200, 200);
      await page.locator('main.present--idle').waitFor({ state: 'detached' });
      await expect.poll(shown).toBeGreaterThan(0);
      await page.waitForFunction(() => document.querySelector('.present-controls')!.getAnimations().length === 0);
      const box = await controls.boundingBox();
      expect(box!.y + box!.height, 'the whole bar back on screen').toBeLessThanOrEqual(page.viewportSize()!.height);
      expect(await cursor()).not.toBe('none');

      // The on-screen buttons work like the keys.
      await page.getByRole('button', { name: 'Trang sau' }).click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '2');
      await page.getByRole('button', { name: 'Thoát' }).click();
      await page.locator('.report-heading__period').waitFor();
      expect(new URL(page.url()).search).toBe('?year=2023');
    }));

  it.each([
    { ...sizes[0]!, lang: 'vi' },
    { ...sizes[0]!, lang: 'en' },
    { ...sizes[1]!, lang: 'vi' },
    { ...sizes[2]!, lang: 'vi' },
  ])(
    'at $width×$height ($lang) every control, pause included, fits one row over at most 90% of the slide',
    ({ width, height, lang }) =>
      onPage(
        `/?present=1&year=2023&interval=60&lang=${lang}`,
        async (page) => {
          const bar = await page.locator('.present-controls').evaluate((element) => {
            const boxes = Array.from(element.children, (child) => child.getBoundingClientRect());
            const shown = (selector: string) => element.querySelector(selector)!.getBoundingClientRect().width > 1;
            return {
              count: boxes.length,
              rowBottom: Math.min(...boxes.map((box) => box.bottom)),
              lowestTop: Math.max(...boxes.map((box) => box.top)),
              left: element.getBoundingClientRect().left,
              width: element.getBoundingClientRect().width,
              pauseText: element.querySelector('button[aria-pressed]')!.textContent?.trim(),
              pauseTextShown: shown('button[aria-pressed] .visually-hidden'),
              labelShown: shown('label > span'),
            };
          });
          expect(bar.count).toBe(8);
          expect(bar.lowestTop, 'a second row of controls').toBeLessThan(bar.rowBottom);
          expect(bar.left).toBeGreaterThanOrEqual(0);
          expect(bar.width).toBeLessThanOrEqual(0.9 * width);
          // Icons on the buttons; their words stay their names for screen readers.
          expect(bar.pauseText).toBe(lang === 'vi' ? 'Tạm dừng' : 'Pause');
          expect(bar.pauseTextShown).toBe(false);
          expect(bar.labelShown).toBe(true);
          for (const name of lang === 'vi' ? ['Thoát', 'Toàn màn hình', 'Tạm dừng'] : ['Exit', 'Full screen', 'Pause'])
            expect(await page.getByRole('button', { name }).isVisible(), name).toBe(true);
          expect(
            await page.getByRole('combobox', { name: lang === 'vi' ? 'Tự chuyển' : 'Auto-advance' }).isVisible(),
          ).toBe(true);
          if (lang === 'vi') await screenshot(page, `present-${width}x${height}-controls-auto`);
        },
        { viewport: { width, height }, reducedMotion: true },
      ),
  );

  it('prefers-reduced-motion removes the slide transition and the fades', () =>
    onPage(
      '/?present=1&year=2023',
      async (page) => {
        await pressTo(page, 'ArrowRight', '2');
        const styles = await page.evaluate(() => ({
          slide: getComputedStyle(document.querySelector('.present__slide')!).animationName,
          controls: getComputedStyle(document.querySelector('.present-controls')!).transitionDuration,
        }));
        expect(styles).toEqual({ slide: 'none', controls: '0s' });
      },
      { reducedMotion: true },
    ));

  it('without that preference, slides fade in, except the one the page opens on', () =>
    onPage('/?present=1&year=2023', async (page) => {
      const animation = () =>
        page.evaluate(() => getComputedStyle(document.querySelector('.present__slide')!).animationName);
      // A fade would hold the first slide's figures back from the page's first paint.
      expect(await animation()).toBe('none');
      await pressTo(page, 'ArrowRight', '2');
      expect(await animation()).toBe('present-slide-in');
      await pressTo(page, 'ArrowLeft', '1');
      expect(await animation()).toBe('present-slide-in');
    }));
});

type Layout = { scrollWidth: number; scrollHeight: number; innerWidth: number; innerHeight: number; faults: string[] };

/**
 * The page does not scroll, and nothing on the slide is cut off: every element lies on the
 * screen and inside the card, panel or chart that holds it (a chart's own text and bars:
 * chartFaults, below).
 */
function measureLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const name = (element: Element) => {
      const classes = element.getAttribute('class');
      const text = (element.textContent ?? '').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${classes ? `.${classes.split(' ').join('.')}` : ''} "${text}"`;
    };
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && !element.closest('defs, .visually-hidden, .present-controls');
    };
    const inside = (inner: DOMRect, outer: { left: number; top: number; right: number; bottom: number }) =>
      inner.left >= outer.left - 1 &&
      inner.top >= outer.top - 1 &&
      inner.right <= outer.right + 1 &&
      inner.bottom <= outer.bottom + 1;
    const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    const main = document.querySelector('main.present')!;
    for (const element of Array.from(main.querySelectorAll('*')).filter(visible)) {
      const box = element.getBoundingClientRect();
      if (!inside(box, screen)) faults.push(`${name(element)} leaves the screen`);
    }
    const holders =
      '.present__top, .present__slide, .present-card, .party__list > li, .present-indicator__facts, .target-set, .chart__head, .chart__legend';
    for (const holder of Array.from(main.querySelectorAll(holders))) {
      const outer = holder.getBoundingClientRect();
      for (const element of Array.from(holder.querySelectorAll('*')).filter(visible)) {
        if (element.closest('svg') && !element.matches('text, tspan')) continue;
        if (!inside(element.getBoundingClientRect(), outer))
          faults.push(`${name(element)} spills out of ${name(holder)}`);
      }
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      innerWidth,
      innerHeight,
      faults: faults.slice(0, 12),
    };
  });
}

/** Screenshots kept for review: the main kinds of slide. */
const pictured = new Set([
  'overview',
  'targets-party',
  'attainment',
  'growth',
  'indicator-retail-sales',
  'party-history',
  'group-investment',
]);

/** Every size in Vietnamese; English, whose words run longer, on the two smallest. */
const layouts = [
  ...sizes.map((size) => ({ ...size, lang: 'vi' })),
  ...sizes.slice(0, 2).map((size) => ({ ...size, lang: 'en' })),
];

describe.each(layouts)('every slide at $width×$height ($lang)', ({ lang, ...viewport }) => {
  it.each(['2023', '2024'])(
    `%s: no scrolling, nothing clipped, screenshots in test-results/screenshots/present-*`,
    (year) =>
      onPage(
        `/?present=1&year=${year}${lang === 'en' ? '&lang=en' : ''}`,
        async (page) => {
          const count = await slideCount(page);
          expect(count).toBeGreaterThanOrEqual(11);
          const size = `${viewport.width}x${viewport.height}${lang === 'en' ? '-en' : ''}`;
          if (year === '2023') await screenshot(page, `present-${size}-controls`);
          // As the room sees it: the controls and the cursor gone after 3 s without mouse movement.
          await page.locator('main.present--idle').waitFor({ timeout: 5000 });
          for (let slide = 1; slide <= count; slide++) {
            if (slide > 1) await pressTo(page, 'ArrowRight', String(slide));
            const id = (await slideId(page))!;
            const layout = await measureLayout(page);
            const where = `${year} slide ${slide} (${id}) at ${size}`;
            expect(layout.scrollHeight, `${where}: page height`).toBe(layout.innerHeight);
            expect(layout.scrollWidth, `${where}: page width`).toBe(layout.innerWidth);
            expect(layout.faults, `${where}: clipped or spilling`).toEqual([]);
            expect(await chartFaults(page, '.present__slide'), `${where}: chart text`).toEqual([]);
            if (pictured.has(id))
              await screenshot(page, `present-${size}-${year}-${String(slide).padStart(2, '0')}-${id}`);
          }
        },
        { viewport, reducedMotion: true },
      ),
  );
});

type Sizes = { figures: number[]; labels: number[]; titles: number[]; chartText: number[]; thin: string[] };

/** Rendered sizes of a slide's text: headline figures, labels, slide titles, chart text (magnified). */
function textSizes(page: Page): Promise<Sizes> {
  return page.evaluate(() => {
    const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    const all = (selector: string) => Array.from(document.querySelectorAll(`.present__slide ${selector}`));
    const labels =
      '.present-card__name, .present-period, .present-status, .plan-attainment__label, .yoy-badge, .present-partial p, ' +
      '.present-indicator__name, .target-set__title, .target-set__legend li, .party__list h3, .party__period, ' +
      '.party__percentage, .chart__title, .chart__legend li';
    const chartText = all('svg text').map((element) => {
      const zoom = Number(getComputedStyle(element.closest('.chart__canvas')!).zoom) || 1;
      return px(element) * zoom;
    });
    const thin = Array.from(document.querySelectorAll('main.present *'))
      .filter((element) =>
        Array.from(element.childNodes).some((node) => node.nodeType === 3 && node.textContent!.trim()),
      )
      // A select's options are drawn by the system's own pop-up, not by the page.
      .filter((element) => element.tagName !== 'OPTION' && Number(getComputedStyle(element).fontWeight) < 600)
      .map((element) => `${element.tagName} "${element.textContent!.trim().slice(0, 30)}"`);
    return {
      figures: all('.present-figure, .party__count').map(px),
      labels: [...all(labels), ...Array.from(document.querySelectorAll('.present__where'))].map(px),
      titles: Array.from(document.querySelectorAll('.present__title')).map(px),
      chartText,
      thin,
    };
  });
}

describe('legible from the back of the room', () => {
  // A 4:3 projector's 1024 px span the same wall as a 16:9 screen's 1280: chart text is held to the share
  // of the screen's width it has at 1280 (18 × 1024/1280), labels to the overview's 21 px, which is more;
  // the headline figures to 48 px all the same.
  const limits = [
    { viewport: { width: 1024, height: 768 }, figure: 48, label: 21, title: 30, chart: 14.4 },
    { viewport: { width: 1280, height: 720 }, figure: 48, label: 24, title: 30, chart: 18 },
    { viewport: { width: 1920, height: 1080 }, figure: 64, label: 36, title: 45, chart: 27 },
  ];
  it.each(limits.flatMap((limit) => ['2023', '2024'].map((year) => ({ ...limit, year }))))(
    '$year at $viewport.width×$viewport.height: figures ≥ $figure px, labels ≥ $label px, chart text ≥ $chart px, no thin weights',
    ({ viewport, figure, label, title, chart, year }) =>
      onPage(
        `/?present=1&year=${year}`,
        async (page) => {
          const count = await slideCount(page);
          const seen = { figures: 0, labels: 0, chartText: 0 };
          for (let slide = 1; slide <= count; slide++) {
            if (slide > 1) await pressTo(page, 'ArrowRight', String(slide));
            const where = `slide ${slide} (${await slideId(page)})`;
            const sizes = await textSizes(page);
            for (const size of sizes.figures) expect(size, `${where}: headline figure`).toBeGreaterThanOrEqual(figure);
            for (const size of sizes.labels) expect(size, `${where}: label`).toBeGreaterThanOrEqual(label);
            for (const size of sizes.titles) expect(size, `${where}: title`).toBeGreaterThanOrEqual(title);
            for (const size of sizes.chartText) expect(size, `${where}: chart text`).toBeGreaterThanOrEqual(chart);
            expect(sizes.thin, `${where}: text lighter than 600`).toEqual([]);
            seen.figures += sizes.figures.length;
            seen.labels += sizes.labels.length;
            seen.chartText += sizes.chartText.length;
          }
          expect(seen.figures).toBeGreaterThan(10);
          expect(seen.labels).toBeGreaterThan(50);
          expect(seen.chartText).toBeGreaterThan(50);
        },
        { viewport, reducedMotion: true },
      ),
  );
});

describe('the targets and party slide', () => {
  const catalogue = (
    JSON.parse(readFileSync(join(reportsDir, '../indicators.json'), 'utf8')) as { indicators: Indicator[] }
  ).indicators;
  const partyIds = new Set(catalogue.filter(isPartyIndicator).map((indicator) => indicator.id));

  it.each(['2023', '2024'])(
    '%s at 1024×768: says, small but legible, where the report states a share of a target but no target count',
    (year) =>
      onPage(
        `/?present=1&slide=2&year=${year}`,
        async (page) => {
          expect(await slideId(page)).toBe('targets-party');
          const report = datasetReport(Number(year));
          const uncounted = report.figures.filter(
            (figure) =>
              partyIds.has(figure.indicator) &&
              samePeriod(figure.period, report.period) &&
              !figure.ratio &&
              figure.percentages.some((percentage) => isPlanBasis(percentage.basis)),
          );
          const notes = page.locator('.present__slide .party__no-count');
          expect(await notes.count()).toBe(uncounted.length);
          for (const note of await notes.all()) {
            expect(await note.isVisible()).toBe(true);
            expect(await textOf(note)).toBe('Báo cáo không nêu số chỉ tiêu');
            // The slides' small size, that of their notes and derived marks.
            const size = await note.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
            expect(size).toBeGreaterThanOrEqual(18);
          }
          await screenshot(page, `present-1024x768-${year}-targets-party-notes`);
        },
        { viewport: { width: 1024, height: 768 }, reducedMotion: true },
      ),
  );
});

async function axeReport(page: Page, configure: (builder: AxeBuilder) => AxeBuilder): Promise<string[]> {
  const results = await configure(new AxeBuilder({ page })).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  - ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n')}`,
  );
}

describe('accessibility and contrast', () => {
  it.each(['2023', '2024'])(
    '%s: axe WCAG 2.1 A/AA finds nothing on the overview, a chart, targets and party building',
    (year) =>
      onPage(
        `/?present=1&year=${year}`,
        async (page) => {
          const wcag = (builder: AxeBuilder) => builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
          expect(await axeReport(page, wcag), 'overview with controls shown').toEqual([]);
          await pressTo(page, '3', '3');
          expect(await axeReport(page, wcag), 'slide 3').toEqual([]);
          await pressTo(page, '2', '2');
          expect(await axeReport(page, wcag), 'targets and party building').toEqual([]);
        },
        { reducedMotion: true },
      ),
  );

  it('every slide: text at least 7:1 against its background (axe color-contrast-enhanced)', () =>
    onPage(
      '/?present=1&year=2023',
      async (page) => {
        const count = await slideCount(page);
        for (let slide = 1; slide <= count; slide++) {
          if (slide > 1) await pressTo(page, 'ArrowRight', String(slide));
          const report = await axeReport(page, (builder) =>
            builder.include('.present__slide').include('.present__top').withRules(['color-contrast-enhanced']),
          );
          expect(report, `slide ${slide} (${await slideId(page)})`).toEqual([]);
        }
      },
      { reducedMotion: true },
    ));
});

/**
 * Slides 1 and 2 answer what a meeting asks first, for both shipped reports and the shortest report of
 * the simulated history: per indicator its value, its share of each named plan with the pace or the
 * status, and its change on the same period last year; the targets met and party building. What each
 * row must say is read from the data.
 */
const shipped = await readDataset('mocks/data');
const simulated = await readDataset('tests/fixtures/data-history');
const shortest = [...simulated.reports].sort((a, b) => a.figures.length - b.figures.length)[0]!;
const decks = [
  { name: '2023', report: datasetReport(2023), data: shipped, dataset: undefined },
  { name: '2024', report: datasetReport(2024), data: shipped, dataset: undefined },
  { name: `simulated-${shortest.source.id}`, report: shortest, data: simulated, dataset: simulated },
];
const meetingSizes = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

type Language = 'vi' | 'en';
const numberIn = (language: Language, value: number, decimals: number) =>
  new Intl.NumberFormat(intlLocale[language], { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    .format(value)
    .replace(/[\u00a0\u202f]/g, ' ');
const countIn = (language: Language, figure: Figure) =>
  figure.ratio
    ? `${numberIn(language, figure.ratio.numerator, 0)}/${numberIn(language, figure.ratio.denominator, 0)}`
    : numberIn(language, figure.value!, figure.decimals);
const annualPlans = new Set(['cityPlan', 'districtTarget', 'annualPlan', 'plan']);

type OverviewRow = {
  name: string;
  figure: string | null;
  estimate: boolean;
  plans: { label: string; standing: string; paceMark: boolean }[];
  change: string | null;
};

/** The overview's rows as drawn. */
function overviewRows(page: Page): Promise<OverviewRow[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.present-overview tbody tr'), (row) => {
      const text = (element: Element | null) => element?.textContent?.replace(/[\u00a0\u202f]/g, ' ').trim() ?? null;
      return {
        name: text(row.querySelector('th'))!,
        figure: text(row.querySelector('.present-figure')),
        estimate: row.querySelector('.estimate-mark') !== null,
        plans: Array.from(row.querySelectorAll('.plan-attainment > li'), (plan) => ({
          label: text(plan.querySelector('.plan-attainment__label'))!,
          standing: text(plan.querySelector('.plan-attainment__pace-words')) ?? '',
          paceMark: plan.querySelector('.plan-attainment__pace') !== null,
        })),
        change: text(row.querySelector('.yoy-badge')),
      };
    }),
  );
}

/** What the data says each row must show: every indicator of the budget, economy and investment it states. */
function expectedRows(report: Report, indicators: Indicator[], language: Language) {
  return indicators
    .filter((indicator) => indicator.group !== 'party')
    .flatMap((indicator) => {
      const figures = report.figures.filter((figure) => figure.indicator === indicator.id);
      const figure = figures.find((candidate) => samePeriod(candidate.period, report.period)) ?? figures[0];
      if (!figure) return [];
      const { period } = figure;
      const partOfYear = period.firstMonth === 1 && period.lastMonth < 12;
      const change = figure.percentages.find((percentage) => percentage.basis === 'samePeriodLastYear');
      return [
        {
          name: language === 'en' ? (indicator.en?.shortName ?? indicator.shortName) : indicator.shortName,
          figure: figure.value === null ? null : countIn(language, figure),
          estimate: figure.estimate,
          plans: figure.percentages
            .filter((percentage) => percentage.basis !== 'samePeriodLastYear')
            .map((percentage) => ({
              rate: `${numberIn(language, percentage.value, percentage.decimals)}%`,
              // A share of an unnamed basis gets no status (the tiles give none either).
              standing: percentage.basis !== 'unspecified',
              paceMark: partOfYear && annualPlans.has(percentage.basis),
            })),
          change: change && `${numberIn(language, Math.abs(change.value), change.decimals)}%`,
        },
      ];
    });
}

/** How much of the slide's height its content spans, from its highest text, bar or drawing to its lowest. */
function contentSpan(page: Page): Promise<number> {
  return page.evaluate(() => {
    const slide = document.querySelector('.present__slide')!;
    const boxes: DOMRect[] = [];
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden, svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      boxes.push(range.getBoundingClientRect());
    }
    for (const element of Array.from(slide.querySelectorAll('svg.recharts-surface, [class$="__bar"]')))
      boxes.push(element.getBoundingClientRect());
    const drawn = boxes.filter((box) => box.width > 0 && box.height > 0);
    const top = Math.min(...drawn.map((box) => box.top));
    const bottom = Math.max(...drawn.map((box) => box.bottom));
    return (bottom - top) / slide.getBoundingClientRect().height;
  });
}

describe.each(decks)('slides 1 and 2 of $name', ({ name, report, data, dataset }) => {
  it.each(meetingSizes.flatMap((size) => (['vi', 'en'] as const).map((language) => ({ ...size, language }))))(
    'at $width×$height ($language): every indicator with value, plans and change; targets and party; filled, nothing cut',
    ({ width, height, language }) =>
      onPage(
        `/?present=1&period=${report.source.id}${language === 'en' ? '&lang=en' : ''}`,
        async (page) => {
          const size = `${width}x${height}-${language}`;
          await page.locator('main.present--idle').waitFor({ timeout: 5000 });

          const rows = await overviewRows(page);
          const expected = expectedRows(report, data.indicators, language);
          expect(rows.map((row) => row.name)).toEqual(expected.map((row) => row.name));
          expected.forEach((want, index) => {
            const row = rows[index]!;
            expect(row.figure, want.name).toBe(want.figure);
            expect(row.estimate, `${want.name}: estimate mark`).toBe(want.estimate);
            expect(row.plans, `${want.name}: one line per plan`).toHaveLength(want.plans.length);
            want.plans.forEach((plan, at) => {
              const shown = row.plans[at]!;
              expect(shown.label, want.name).toContain(plan.rate);
              expect(shown.standing !== '', `${want.name} ${plan.rate}: pace or status in words`).toBe(plan.standing);
              expect(shown.paceMark, `${want.name} ${plan.rate}: pace mark`).toBe(plan.paceMark);
            });
            if (want.change) expect(row.change, `${want.name}: change on last year`).toContain(want.change);
            else expect(row.change, want.name).toBeNull();
          });

          const count = await slideCount(page);
          for (let slide = 1; slide <= Math.min(2, count); slide++) {
            if (slide > 1) await pressTo(page, 'ArrowRight', String(slide));
            const where = `slide ${slide} (${await slideId(page)}) at ${size}`;
            await screenshot(page, `slides-${name}-${size}-${slide}`);
            const layout = await measureLayout(page);
            expect(layout.scrollHeight, `${where}: page height`).toBe(layout.innerHeight);
            expect(layout.faults, `${where}: clipped or spilling`).toEqual([]);
            expect(await contentSpan(page), `${where}: share of the slide's height its content spans`).toBeGreaterThan(
              2 / 3,
            );
          }
        },
        { viewport: { width, height }, reducedMotion: true, dataset },
      ),
  );

  it.each(['vi', 'en'] as const)('(%s) the targets met and party building, on slide 1 or 2', (language) =>
    onPage(
      `/?present=1&period=${report.source.id}${language === 'en' ? '&lang=en' : ''}`,
      async (page) => {
        const seen: string[] = [];
        const count = await slideCount(page);
        for (let slide = 1; slide <= Math.min(2, count); slide++) {
          if (slide > 1) await pressTo(page, 'ArrowRight', String(slide));
          seen.push(...(await textsOf(page.locator('.present__slide .party__count, .present__slide .target-summary'))));
        }
        const partyCounts = report.figures.filter(
          (figure) =>
            data.indicators.find((indicator) => indicator.id === figure.indicator)?.group === 'party' &&
            samePeriod(figure.period, report.period) &&
            figure.value !== null,
        );
        for (const figure of partyCounts) expect(seen, `party: ${figure.id}`).toContain(countIn(language, figure));
        const targets = seen.join('\n');
        for (const set of report.targetSets)
          for (const band of set.bands)
            if (band.count !== null) expect(targets, `targets: ${set.id}`).toContain(`${band.count}/${set.total}`);
      },
      { dataset },
    ),
  );
});

describe('charts on slides', () => {
  it('draw no hover band behind the bars', () =>
    onPage(
      `/?present=1&period=${datasetReport(2024).source.id}&slide=3`,
      async (page) => {
        expect(await slideId(page)).toBe('attainment');
        const bar = page.locator('.present__slide .recharts-bar-rectangle').first();
        const box = (await bar.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        // The chart draws its hover state on the next frames.
        await page.waitForTimeout(300);
        const bands = await page
          .locator('.present__slide .recharts-tooltip-cursor')
          .evaluateAll((cursors) => cursors.filter((cursor) => cursor.getBoundingClientRect().width > 0).length);
        expect(bands).toBe(0);
      },
      { reducedMotion: true },
    ));
});
