import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mainText, onDashboardPage, screenshot, textOf, textsOf, type Viewport, withPage } from './support/browser';
import { openAllTables, openFirstSourcePanel, periodHeading, tile, waitForCharts } from './support/dashboard-parts';
import { startHarness } from './support/harness';

/**
 * English for visiting delegations (?lang=en), in Chromium against the production
 * build: <html lang="en">, English notation and labels, and no Vietnamese interface
 * word left outside what is marked lang="vi" (the reports' quotes, the year's theme,
 * the tasks list), on the dashboard, the comparison view and the slides.
 */

const { server, browser } = await startHarness();

/** Opens a fresh page on a path, runs the checks, then fails on any console or page error. */
const onPage = (path: string, check: (page: Page) => Promise<void>, viewport?: Viewport) =>
  onDashboardPage(browser, server.url, path, check, { viewport });

/**
 * Common words of the Vietnamese interface: labels, units, periods, statuses and
 * controls. None may be on an English screen outside an element marked lang="vi".
 */
const vietnameseUiWords = [
  'Nguồn',
  'Xem bảng',
  'tỷ đồng',
  'Tải',
  'kế hoạch',
  'so với cùng kỳ',
  'ước tính',
  'Năm 2023',
  'Năm 2024',
  '9 tháng đầu năm',
  'chỉ tiêu',
  'Trình chiếu',
  'Biểu đồ',
  'Sao chép',
  'In trang',
  'So sánh',
  'Ngân sách',
  'Xây dựng Đảng',
  'Đạt',
  'Vượt',
  'Đang thực hiện',
  'Tăng',
  'Giảm',
  'suy ra',
  'Cách tính',
  'Báo cáo',
  'Trang',
  'Toàn màn hình',
  'Thoát',
  'Tự chuyển',
  'giây',
  'Tắt',
  'Kỳ',
  'Kết quả',
  'Điều khiển',
];

/** Lower-cased once, so "Năm 2024" also catches "năm 2024" inside a sentence. */
const wordsToFind = vietnameseUiWords.map((word) => [word, word.toLocaleLowerCase('vi')] as const);

function vietnameseWordsIn(text: string): string[] {
  const lower = text.toLocaleLowerCase('vi');
  return wordsToFind.filter(([, needle]) => lower.includes(needle)).map(([word]) => word);
}

type TextPiece = { where: string; text: string };

/**
 * The text a reader sees: every rendered text node (SVG labels included) outside
 * [lang="vi"] subtrees and outside the source panels' quotes, each with a short
 * description of the element that holds it. With `inSourcePanels`, the text of every
 * source panel instead, open or closed: one opens at a time, over the page.
 */
function visibleTextPieces(page: Page, { inSourcePanels = false } = {}): Promise<TextPiece[]> {
  return page.evaluate((inPanels) => {
    const describe = (element: Element) => {
      const classes = typeof element.className === 'string' ? element.className.trim().split(/\s+/)[0] : '';
      const parent = element.parentElement;
      const parentClasses =
        parent && typeof parent.className === 'string' ? parent.className.trim().split(/\s+/)[0] : '';
      const own = `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}`;
      return parentClasses && !classes ? `${parent!.tagName.toLowerCase()}.${parentClasses} > ${own}` : own;
    };
    const pieces: { where: string; text: string }[] = [];
    const roots = inPanels ? Array.from(document.querySelectorAll('dialog.source-panel__dialog')) : [document.body];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (!element || !text) continue;
        if (element.closest('[lang="vi"], .source-panel blockquote, script, style, noscript')) continue;
        // A closed select's options are not rendered, but open with one click.
        const shown = element.closest('select') ?? element;
        if (!inPanels && !shown.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
        pieces.push({ where: describe(element), text });
      }
    }
    return pieces;
  }, inSourcePanels);
}

/** Text the interface speaks or shows on hover: accessible names, descriptions, tooltips. */
function attributeTextPieces(page: Page): Promise<TextPiece[]> {
  return page.evaluate(() => {
    const names = ['title', 'aria-label', 'aria-roledescription', 'aria-description', 'alt', 'placeholder'];
    const pieces: { where: string; text: string }[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('[lang="vi"]')) continue;
      for (const name of names) {
        const value = element.getAttribute(name);
        if (value) pieces.push({ where: `${element.tagName.toLowerCase()}[${name}]`, text: value });
      }
    }
    return pieces;
  });
}

/** Every piece that holds a Vietnamese interface word, as "where: “text” (words)". */
function leftovers(pieces: TextPiece[]): string[] {
  const found = pieces.flatMap(({ where, text }) => {
    const words = vietnameseWordsIn(text);
    return words.length > 0 ? [`${where}: “${text}” (${words.join(', ')})`] : [];
  });
  return [...new Set(found)];
}

describe('?lang=en&year=2024', () => {
  it('is marked English and shows English notation and labels', () =>
    onPage('/?lang=en&year=2024', async (page) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await textOf(periodHeading(page))).toBe('Year 2024');
      const text = await mainText(page);
      for (const shown of [
        '1,947.272 VND billion',
        '36,694.6 VND billion',
        '168.540 VND billion',
        '233/230',
        '111.5% of the target',
        'Budget and economy',
        'Party building',
        'Targets met',
        'Plan met',
        'Above plan',
        'Up 0.9% on the same period last year',
        'Download CSV',
        'Download JSON',
        'Compare periods',
        'First 9 months of 2023',
      ]) {
        expect(text, `the 2024 view in English shows "${shown}"`).toContain(shown);
      }
      for (const notShown of ['1.947,272', '36.694,6', 'tỷ đồng', '111,5%']) {
        expect(text, `no Vietnamese notation "${notShown}"`).not.toContain(notShown);
      }
      const retailPeriod = tile(page, 'retail-sales').locator('.tile__period');
      expect(await textOf(retailPeriod)).toContain('Year 2024');
      expect(await textOf(retailPeriod.locator('.estimate-mark'))).toBe('estimate');
      expect(await textsOf(page.locator('nav.period-filter a'))).toEqual([
        'First 9 months of 2023',
        'Year 2024',
        'Compare periods',
      ]);
      expect(await textOf(page.locator('nav.period-filter a[aria-current="page"]'))).toBe('Year 2024');
      await waitForCharts(page);
      expect(await page.getByRole('button', { name: 'Show table' }).count()).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: 'Download PNG' }).count()).toBeGreaterThan(0);
      await screenshot(page, 'english-2024-1920x1080');
    }));

  it('has English chart titles', () =>
    onPage('/?lang=en&year=2024', async (page) => {
      await waitForCharts(page);
      expect(await textsOf(page.locator('.chart__title'))).toEqual([
        'Year 2024: 4 of 5 results at or above 100% of plan (98.9%–182.4%); 2 more do not say what they are measured against',
        'Every indicator grew year on year; growth in 2024 was slower than in the first 9 months of 2023 for 3 of 3 indicators',
        'Non-state tax: 182.4% of the annual plan in 2024, plan met or exceeded',
        'Industrial output in 2024: up 3.3% on the same period last year',
        'Retail sales in 2024: up 0.9% on the same period last year',
        'Accommodation & food in 2024: up 11.5% on the same period last year',
        'Year 2024: every target met, in all 5 groups',
        'Year 2024: every stated Party-building target met or exceeded',
        'September 2023 in line with the monthly average, except budget revenue (≈ 77.6%)',
      ]);
      const subtitles = await textsOf(page.locator('.chart__subtitle'));
      expect(subtitles[0]).toBe('% of plan · Year 2024 · bold line: 100%');
      expect(leftovers(subtitles.map((text) => ({ where: '.chart__subtitle', text })))).toEqual([]);
      // Each report is cited as a sentence names its period: "report for 2024", "the first 9 months of 2023".
      const sources = await textsOf(page.locator('.chart__source'));
      for (const source of sources) {
        expect(source).toMatch(/^(Source: report for (2024|the first 9 months of 2023) \(|Sources: report for )/);
      }
      expect(sources).toContainEqual(
        expect.stringMatching(/^Sources: report for the first 9 months of 2023 \(.+\); report for 2024 \(/),
      );
    }));

  it('shows no Vietnamese interface word outside lang="vi" (first screen and charts)', () =>
    onPage('/?lang=en&year=2024', async (page) => {
      await waitForCharts(page);
      expect(leftovers(await visibleTextPieces(page))).toEqual([]);
    }));

  it('shows no Vietnamese interface word outside lang="vi" in any source panel, nor with every chart table open', () =>
    onPage('/?lang=en&year=2024', async (page) => {
      await openFirstSourcePanel(page, 'tile');
      // The quotes stay as the reports wrote them, marked Vietnamese.
      const quotes = page.locator('.source-panel blockquote');
      expect(await quotes.count()).toBeGreaterThan(0);
      expect(await quotes.evaluateAll((all) => all.every((quote) => quote.closest('[lang="vi"]') !== null))).toBe(true);
      expect(await textsOf(page.locator('dialog[open] .source-panel__language'))).toEqual([
        'Quotations are in the original Vietnamese.',
      ]);
      expect(leftovers(await visibleTextPieces(page, { inSourcePanels: true }))).toEqual([]);
      await page.keyboard.press('Escape');
      await openAllTables(page, 'Show table');
      expect(leftovers(await visibleTextPieces(page))).toEqual([]);
    }));

  it('names, tooltips and the window title are English', () =>
    onPage('/?lang=en&year=2024', async (page) => {
      await waitForCharts(page);
      expect.soft(leftovers(await attributeTextPieces(page)), 'names and tooltips').toEqual([]);
      expect.soft(leftovers([{ where: 'document.title', text: await page.title() }]), 'window title').toEqual([]);
    }));
});

describe('?lang=en&year=2023', () => {
  it('is marked English and shows English notation and labels', () =>
    onPage(
      '/?lang=en&year=2023',
      async (page) => {
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        expect(await textOf(periodHeading(page))).toBe('First 9 months of 2023');
        const text = await mainText(page);
        for (const shown of [
          '641.769 VND billion',
          '23,461.3 VND billion',
          '69.79%',
          "69.79% of the city's plan",
          'For September 2023 alone',
          'Behind pace',
          '5.21 points behind pace (75% of the year gone: 9 of 12 months)',
          'Budget and economy',
          'Party building',
          'Targets met',
          'Download CSV',
        ]) {
          expect(text, `the 2023 view in English shows "${shown}"`).toContain(shown);
        }
        for (const notShown of ['641,769', '23.461,3', '69,79%', 'tỷ đồng']) {
          expect(text, `no Vietnamese notation "${notShown}"`).not.toContain(notShown);
        }
        await waitForCharts(page);
        await screenshot(page, 'english-2023-1280x720');
      },
      { width: 1280, height: 720 },
    ));

  it('shows no Vietnamese interface word outside lang="vi", in the source panels and with tables open', () =>
    onPage('/?lang=en&year=2023', async (page) => {
      await waitForCharts(page);
      expect.soft(leftovers(await visibleTextPieces(page)), 'first screen and charts').toEqual([]);
      expect.soft(leftovers(await visibleTextPieces(page, { inSourcePanels: true })), 'source panels').toEqual([]);
      await openAllTables(page, 'Show table');
      expect(leftovers(await visibleTextPieces(page)), 'with tables open').toEqual([]);
    }));

  it('keeps the tasks list and the theme in Vietnamese, marked lang="vi"', () =>
    onPage('/?lang=en&year=2023', async (page) => {
      expect(await page.locator('.report-heading__theme q').getAttribute('lang')).toBe('vi');
      expect(await textOf(page.locator('.report-heading__theme'))).toContain('Theme of the year (in Vietnamese):');
      expect(await page.locator('.tasks ul').getAttribute('lang')).toBe('vi');
      expect(await textOf(page.locator('.tasks h2'))).toBe('Priorities for the last 3 months of 2023');
      expect(await textOf(page.locator('.tasks'))).toContain('(original Vietnamese)');
    }));
});

describe('?lang=en&view=compare', () => {
  it('compares the periods in English', () =>
    onPage('/?lang=en&view=compare', async (page) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      const table = page.locator('.compare');
      expect(await textOf(table.locator('h2'))).toBe('Periods compared by rate');
      expect(await textsOf(table.locator('thead th'))).toEqual(['Indicator', 'First 9 months of 2023', 'Year 2024']);
      const text = await textOf(table);
      for (const shown of ["69.79% of the city's plan", '641.769 VND billion', '1,947.272 VND billion']) {
        expect(text, `the comparison shows "${shown}"`).toContain(shown);
      }
      expect(await textOf(page.locator('nav.period-filter a[aria-current="page"]'))).toBe('Compare periods');
      expect.soft(leftovers(await visibleTextPieces(page)), 'visible text').toEqual([]);
      expect.soft(leftovers(await attributeTextPieces(page)), 'names and tooltips').toEqual([]);
    }));
});

describe('the language switch', () => {
  it('goes to Vietnamese and back, keeping the year', () =>
    onPage('/?lang=en&year=2024', async (page) => {
      const toVietnamese = page.getByRole('link', { name: 'Chuyển sang tiếng Việt' });
      expect(await textOf(toVietnamese)).toBe('Tiếng Việt');
      expect(await toVietnamese.getAttribute('lang')).toBe('vi');
      expect(await toVietnamese.getAttribute('href')).toBe('?year=2024');
      await toVietnamese.click();
      await periodHeading(page).filter({ hasText: 'Năm 2024' }).waitFor();
      expect(new URL(page.url()).search).toBe('?year=2024');
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');
      expect(await mainText(page)).toContain('1.947,272 tỷ đồng');

      const toEnglish = page.getByRole('link', { name: 'Switch to English' });
      expect(await textOf(toEnglish)).toBe('English');
      expect(await toEnglish.getAttribute('lang')).toBe('en');
      await toEnglish.click();
      await periodHeading(page).filter({ hasText: 'Year 2024' }).waitFor();
      expect(new URL(page.url()).search).toBe('?year=2024&lang=en');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await mainText(page)).toContain('1,947.272 VND billion');

      // A reload, or the link shared, keeps both.
      await page.reload();
      await periodHeading(page).filter({ hasText: 'Year 2024' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    }));

  it('keeps the 2023 period both ways', () =>
    onPage('/?year=2023', async (page) => {
      await page.getByRole('link', { name: 'Switch to English' }).click();
      await periodHeading(page).filter({ hasText: 'First 9 months of 2023' }).waitFor();
      expect(new URL(page.url()).searchParams.get('year')).toBe('2023');
      expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
      await page.getByRole('link', { name: 'Chuyển sang tiếng Việt' }).click();
      await periodHeading(page).filter({ hasText: '9 tháng đầu năm 2023' }).waitFor();
      expect(new URL(page.url()).search).toBe('?year=2023');
    }));
});

describe('?lang=en&present=1 (the slides a delegation sees on the wall)', () => {
  it('shows no Vietnamese interface word outside lang="vi" on the overview, a chart slide and an indicator slide', () =>
    withPage(browser, async (page) => {
      for (const slide of ['1', '3', '5']) {
        await page.goto(new URL(`/?lang=en&present=1&year=2024&slide=${slide}`, server.url).toString());
        await page.locator('main.present .present__slide').waitFor();
        await page.waitForFunction(() => document.querySelector('.present-chart:not([data-fitted])') === null);
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        expect.soft(leftovers(await visibleTextPieces(page)), `slide ${slide}: visible text`).toEqual([]);
        expect.soft(leftovers(await attributeTextPieces(page)), `slide ${slide}: names and tooltips`).toEqual([]);
      }
    }));
});
