import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { onDashboardPage, screenshot, textOf, type Viewport } from './support/browser';
import { chartFaults } from './support/chart-faults';
import { chartGroupButtons, openChartGroups, openSourcePanel, waitForCharts } from './support/dashboard-parts';
import { datasetReport, datasetReports } from './support/dataset';
import { isPlanBasis } from '../../src/lib/attainment';
import { isWholeYear, samePeriod } from '../../src/lib/periods';
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

/** The chart of one month against the average month, in either language. */
const monthChart = (page: Page) =>
  page.locator('.chart').filter({ hasText: /bình quân một tháng của|against the monthly average for/ });

const onPage = (path: string, check: (page: Page) => Promise<void>, viewport: Viewport) =>
  onDashboardPage(browser, server.url, path, check, { viewport });

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
      await onPage(
        path,
        async (page) => {
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
        },
        viewport,
      );
    },
  );
});

describe('charts on phones, a tablet and a 4:3 screen, in both languages', () => {
  it.each([
    { width: 360, height: 800 },
    { width: 390, height: 844 },
    { width: 601, height: 900 },
    { width: 768, height: 1024 },
    { width: 905, height: 800 },
    { width: 1024, height: 768 },
  ])(
    'at $width px every chart shows its bars, and no label or figure is cut off or runs into another',
    async (viewport) => {
      for (const lang of ['vi', 'en'])
        for (const year of ['2023', '2024'])
          await onPage(
            `/?year=${year}&lang=${lang}`,
            async (page) => {
              await openChartGroups(page);
              expect(await page.locator('.charts svg.recharts-surface').count()).toBeGreaterThanOrEqual(8);
              expect(await chartFaults(page, '.charts'), `${year}, ${lang}`).toEqual([]);
            },
            viewport,
          );
    },
  );
});

describe("the month chart's names", () => {
  it.each([
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
    { width: 360, height: 800 },
  ])('at $width px take the room they need under the bars, with no blank band below them', async (viewport) => {
    for (const lang of ['vi', 'en'])
      await onPage(
        `/?year=2023&lang=${lang}`,
        async (page) => {
          await openChartGroups(page);
          const chart = monthChart(page);
          const below = await chart.locator('svg.recharts-surface').evaluate((svg) => {
            const names = Array.from(svg.querySelectorAll('.recharts-xAxis-tick-labels text'));
            const lowest = Math.max(...names.map((name) => name.getBoundingClientRect().bottom));
            return { count: names.length, space: svg.getBoundingClientRect().bottom - lowest };
          });
          expect(below.count, lang).toBe(4);
          expect(below.space, `${lang}: space under the lowest name, px`).toBeGreaterThanOrEqual(0);
          expect(below.space, `${lang}: space under the lowest name, px`).toBeLessThanOrEqual(20);
        },
        viewport,
      );
  });
});

describe('a figure across the red 100% line', () => {
  it('on a phone keeps its digits clear of the line: no red within the figures the line crosses', async () => {
    for (const lang of ['vi', 'en'])
      await onPage(
        `/?year=2023&lang=${lang}`,
        async (page) => {
          await openChartGroups(page);
          // The middle of each figure that a vertical reference line runs through, in page pixels.
          const crossed = await page.evaluate(() =>
            Array.from(document.querySelectorAll('.charts svg.recharts-surface')).flatMap((svg) => {
              const lines = Array.from(svg.querySelectorAll('.recharts-reference-line line'))
                .map((line) => line.getBoundingClientRect())
                .filter((line) => line.width < 4);
              return Array.from(svg.querySelectorAll('.recharts-label-list text'))
                .map((text) => text.getBoundingClientRect())
                .filter((box) => lines.some((line) => line.left > box.left + 2 && line.right < box.right - 2))
                .map((box) => ({
                  x: box.left + window.scrollX,
                  y: box.top + window.scrollY + box.height * 0.3,
                  width: box.width,
                  height: box.height * 0.4,
                }));
            }),
          );
          expect(crossed.length, `${lang}: figures the line runs through`).toBeGreaterThan(0);
          for (const clip of crossed) {
            const shot = (await page.screenshot({ clip, fullPage: true })).toString('base64');
            const reddish = await page.evaluate(async (png) => {
              const image = new Image();
              image.src = `data:image/png;base64,${png}`;
              await image.decode();
              const canvas = document.createElement('canvas');
              canvas.width = image.width;
              canvas.height = image.height;
              const context = canvas.getContext('2d')!;
              context.drawImage(image, 0, 0);
              const { data } = context.getImageData(0, 0, image.width, image.height);
              let count = 0;
              for (let index = 0; index < data.length; index += 4)
                if (data[index]! - Math.max(data[index + 1]!, data[index + 2]!) > 50) count += 1;
              return count;
            }, shot);
            expect(
              reddish,
              `${lang}: red pixels within the figure at ${Math.round(clip.x)}, ${Math.round(clip.y)}`,
            ).toBe(0);
          }
        },
        { width: 360, height: 800 },
      );
  });
});

describe('bar figures', () => {
  it.each(['2023', '2024'])(
    '%s: each stands on a patch of the background that holds its text, drawn without a stroke',
    async (year) => {
      await onPage(
        `/?year=${year}`,
        async (page) => {
          // Figures beside or above their bars; the target chart's counts stand inside theirs.
          const figures = await page.evaluate(() =>
            Array.from(document.querySelectorAll('.charts .recharts-label-list text')).flatMap((text) => {
              const box = text.getBoundingClientRect();
              const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
              const inBar = Array.from(text.closest('svg')!.querySelectorAll('.recharts-rectangle')).some((bar) => {
                const area = bar.getBoundingClientRect();
                return area.left < x && x < area.right && area.top < y && y < area.bottom;
              });
              if (inBar) return [];
              const patch = text.previousElementSibling;
              const ground = patch?.tagName === 'rect' ? patch.getBoundingClientRect() : undefined;
              return {
                text: text.textContent ?? '',
                // Stroked glyphs are drawn as outlines, which slowed every repaint of the charts.
                stroke: getComputedStyle(text).stroke,
                holds:
                  ground !== undefined &&
                  ground.left <= box.left &&
                  ground.right >= box.right &&
                  ground.top <= box.top + box.height * 0.2 &&
                  ground.bottom >= box.bottom - box.height * 0.2,
              };
            }),
          );
          expect(figures.length).toBeGreaterThan(10);
          for (const figure of figures) {
            expect(figure.stroke, figure.text).toBe('none');
            expect(figure.holds, `${figure.text}: its patch holds it`).toBe(true);
          }
        },
        { width: 1366, height: 768 },
      );
    },
  );

  it('on a phone keep the month chart\'s "≈" on the line of the figure it qualifies', async () => {
    for (const lang of ['vi', 'en'])
      await onPage(
        `/?year=2023&lang=${lang}`,
        async (page) => {
          await openChartGroups(page);
          const figures = await monthChart(page)
            .locator('.recharts-label-list text')
            .evaluateAll((texts) =>
              texts.map((text) => ({ text: text.textContent ?? '', lines: text.querySelectorAll('tspan').length })),
            );
          expect(figures.map((figure) => figure.text)).toHaveLength(4);
          for (const figure of figures) {
            expect(figure.text, lang).toMatch(/^≈ /);
            expect(figure.lines, `${lang}: lines of ${figure.text}`).toBe(1);
          }
        },
        { width: 360, height: 800 },
      );
  });
});

describe('first screen at 1920×1080, without scrolling', () => {
  it.each(['2023', '2024'])(
    '%s: target summary, party building and every tile value fit above the fold',
    async (year) => {
      const viewport = { width: 1920, height: 1080 };
      await onPage(
        `/?year=${year}`,
        async (page) => {
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
        },
        viewport,
      );
    },
  );
});

describe('on a phone, the figures first and the charts on request', () => {
  const phone = { width: 390, height: 844 };
  /*
   * Measured at 390×844 with every chart drawn in line, the page was 12.6 screens long for the 2024
   * report and 13.7–13.9 for 9 months of 2023, the charts alone about 6,900 and 8,000 px; with each group
   * of charts folded, about 4.7. Six screens is under half the shorter of the old lengths and leaves
   * a report with a few more indicators room to grow.
   */
  const longestInScreens = 6;
  const report2023 = datasetReport(2023);

  for (const report of datasetReports())
    for (const lang of ['vi', 'en'])
      it(`${report.source.id}, ${lang}: the page is at most ${longestInScreens} screens, the charts folded in groups`, () =>
        onPage(
          `/?period=${report.source.id}${lang === 'en' ? '&lang=en' : ''}`,
          async (page) => {
            await waitForCharts(page);
            const screens = await page.evaluate(
              (height) => document.documentElement.scrollHeight / height,
              phone.height,
            );
            expect(screens, 'page height in screens').toBeLessThanOrEqual(longestInScreens);
            const buttons = chartGroupButtons(page);
            expect(await buttons.count()).toBeGreaterThan(1);
            for (const button of await buttons.all()) {
              expect(await button.isVisible()).toBe(true);
              expect(await button.getAttribute('aria-expanded')).toBe('false');
            }
            // Folded charts are out of sight and out of the Tab order.
            for (const chart of await page.locator('figure.chart').all()) {
              expect(await chart.isVisible()).toBe(false);
              expect(await chart.locator('button').first().isVisible()).toBe(false);
            }
          },
          phone,
        ));

  it('a group opens in place with a tap and shows its charts with their figures; Esc folds it again', () =>
    onPage(
      '/?year=2023',
      async (page) => {
        await waitForCharts(page);
        const groups = page.locator('.chart-group');
        const figures = page.locator('figure.chart');
        let charts = 0;
        for (const group of await groups.all()) {
          const button = group.locator('> button');
          const top = () => button.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
          const before = await top();
          await button.click();
          expect(await button.getAttribute('aria-expanded')).toBe('true');
          // In place: the button stays where it was, its charts below it.
          expect(await top()).toBe(before);
          const inGroup = group.locator('figure.chart');
          for (const chart of await inGroup.all()) {
            expect(await chart.locator('.chart__title').isVisible()).toBe(true);
            const canvas = (await chart.locator('svg.recharts-surface').boundingBox())!;
            expect(canvas.width, 'drawn at the phone width').toBeGreaterThan(300);
            // The figures written on the chart.
            const labels = chart.locator('.recharts-label-list text, .recharts-label');
            expect(await labels.count()).toBeGreaterThan(0);
            expect(await labels.first().isVisible()).toBe(true);
          }
          charts += await inGroup.count();
        }
        expect(charts, 'every chart is in a group').toBe(await figures.count());
        await screenshot(page, 'charts-phone-groups-open-390x844', true);

        // Each chart's numbers as a table, from inside an opened group.
        const first = figures.first();
        await first.getByRole('button', { name: 'Xem bảng' }).click();
        expect(await first.locator('.chart__table tbody tr').count()).toBeGreaterThan(0);
        // The plan attainment chart comes first: its table holds the budget's shares of plan as the report states them.
        const table = await textOf(first.locator('.chart__table tbody'));
        const budget = report2023.figures.find(
          (figure) => figure.indicator === 'budget-revenue' && samePeriod(figure.period, report2023.period),
        )!;
        const shares = budget.percentages.filter((share) => isPlanBasis(share.basis));
        expect(shares.length).toBeGreaterThan(0);
        for (const share of shares) expect(table).toContain(share.value.toFixed(share.decimals).replace('.', ','));

        // The keyboard: Esc in a chart's source panel closes the panel only; Esc from a chart folds its
        // group and gives the button the focus; Enter opens it.
        const button = groups.first().locator('> button');
        const sources = await openSourcePanel(first.locator('button.source-panel__open'));
        await page.keyboard.press('Escape');
        expect(await sources.evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(false);
        expect(await button.getAttribute('aria-expanded')).toBe('true');
        await first.getByRole('button', { name: 'Xem biểu đồ' }).focus();
        await page.keyboard.press('Escape');
        expect(await button.getAttribute('aria-expanded')).toBe('false');
        expect(await first.isVisible()).toBe(false);
        expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
        await page.keyboard.press('Enter');
        expect(await first.isVisible()).toBe(true);
      },
      phone,
    ));

  it('wider screens show every chart in the grid, with no group buttons', () =>
    onPage(
      '/?year=2023',
      async (page) => {
        await waitForCharts(page);
        expect(await chartGroupButtons(page).first().isVisible()).toBe(false);
        for (const chart of await page.locator('figure.chart').all()) expect(await chart.isVisible()).toBe(true);
        // Two charts side by side, as before the groups.
        const tops = await page
          .locator('figure.chart')
          .evaluateAll((charts) => charts.slice(0, 2).map((chart) => Math.round(chart.getBoundingClientRect().top)));
        expect(tops[0]).toBe(tops[1]);
      },
      { width: 1920, height: 1080 },
    ));
});

describe('the first row at 1280×720', () => {
  // A whole year's tiles state no pace and stand short; a part-year tile is the row's tallest card.
  it.each(
    datasetReports()
      .filter((report) => isWholeYear(report.period))
      .map((report) => report.source.id),
  )('%s: no card of the row stretches around blank space', (id) =>
    onPage(
      `/?period=${id}`,
      async (page) => {
        // Blank space in a card: its height less its padding and what it holds. A whole year's short tile
        // stretched to party building's height held about 230 px of it.
        const blanks = await page.locator('.key-row .tile, .key-row .panel').evaluateAll((cards) =>
          cards.map((card) => {
            const style = getComputedStyle(card);
            const held = Array.from(card.children).reduce(
              (sum, child) => sum + child.getBoundingClientRect().height,
              0,
            );
            const inner =
              card.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
            return `${card.querySelector('h2, h3')?.textContent}: ${Math.round(inner - held)}`;
          }),
        );
        expect(blanks.length).toBeGreaterThanOrEqual(3);
        for (const blank of blanks) expect(Number(blank.split(': ').at(-1)), blank).toBeLessThanOrEqual(120);
        await screenshot(page, `first-row-${id}-1280x720`);
      },
      { width: 1280, height: 720 },
    ),
  );
});

describe('on a phone, the controls leave room for the figures', () => {
  const phones = [
    { width: 390, height: 844 },
    { width: 360, height: 740 },
  ];
  it.each(phones)("at $width×$height the menu's periods take a row, the downloads another", async (viewport) => {
    await onPage(
      '/?year=2023',
      async (page) => {
        await page.getByRole('button', { name: 'Chọn kỳ, tải về, trình chiếu' }).click();
        const rows = await page.evaluate(() => {
          const tops = (selector: string) =>
            Array.from(document.querySelectorAll(selector), (element) =>
              Math.round(element.getBoundingClientRect().top),
            );
          return { periods: tops('.period-filter a'), actions: tops('.view-actions button') };
        });
        expect(rows.periods).toHaveLength(3);
        expect(new Set(rows.periods).size, `period choices' tops: ${rows.periods.join(', ')}`).toBe(1);
        expect(rows.actions).toHaveLength(4);
        expect(new Set(rows.actions).size, `download buttons' tops: ${rows.actions.join(', ')}`).toBe(1);

        // The short words are what is seen; the full ones remain the buttons' names.
        const csv = page.getByRole('button', { name: 'Tải CSV' });
        expect(await csv.innerText()).toBe('CSV');
        expect(await page.getByRole('button', { name: 'Sao chép liên kết' }).innerText()).toBe('Liên kết');
      },
      viewport,
    );
  });

  it('at 390×844 the comparison puts each indicator above its periods, which share the width', async () => {
    await onPage(
      '/?view=compare',
      async (page) => {
        const rows = await page.evaluate(() =>
          Array.from(document.querySelectorAll('.compare tbody tr'), (row) => {
            const rowBox = row.getBoundingClientRect();
            const name = row.querySelector('th')!;
            const nameBox = name.getBoundingClientRect();
            const cells = Array.from(row.querySelectorAll('td'), (cell) => cell.getBoundingClientRect());
            return {
              name: name.textContent,
              nameShare: nameBox.width / rowBox.width,
              cellsBelowName: cells.every((cell) => cell.top >= nameBox.bottom - 0.5),
              cellTops: new Set(cells.map((cell) => Math.round(cell.top))).size,
              narrowestCellShare: Math.min(...cells.map((cell) => cell.width)) / rowBox.width,
            };
          }),
        );
        expect(rows.length).toBeGreaterThanOrEqual(5);
        for (const row of rows) {
          expect(row.nameShare, `${row.name}: the name's share of the row`).toBeGreaterThan(0.95);
          expect(row.cellsBelowName, `${row.name}: periods below the name`).toBe(true);
          expect(row.cellTops, `${row.name}: periods side by side`).toBe(1);
          expect(row.narrowestCellShare, `${row.name}: narrowest period's share`).toBeGreaterThan(0.4);
        }
        // Still a table to assistive technology, with its column headers.
        const table = page.locator('.compare table');
        expect(await table.getByRole('columnheader').count()).toBe(3);
        expect(await table.getByRole('rowheader').count()).toBe(rows.length);
      },
      { width: 390, height: 844 },
    );
  });

  it('a laptop shows the downloads in full words', async () => {
    await onPage(
      '/?year=2023',
      async (page) => {
        expect(await page.getByRole('button', { name: 'Tải CSV' }).innerText()).toBe('Tải CSV');
        expect(await page.getByRole('button', { name: 'Sao chép liên kết' }).innerText()).toBe('Sao chép liên kết');
      },
      { width: 1280, height: 720 },
    );
  });
});
