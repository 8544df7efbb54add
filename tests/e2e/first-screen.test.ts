import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isFigureBehind, isPlanBasis, shownStatus } from '../../src/lib/attainment';
import { isPartyIndicator } from '../../src/lib/indicator-groups';
import type { Figure, Indicator, Report } from '../../src/lib/report-schema';
import { isSetMet } from '../../src/lib/target-bands';
import { onDashboardPage, screenshot, textOf, type Viewport } from './support/browser';
import { periodHeading, tile } from './support/dashboard-parts';
import { datasetReports, periodWords, reportsDir } from './support/dataset';
import { startHarness } from './support/harness';
import { readDataset, serveDataset, type Dataset } from './support/serve-dataset';

/**
 * What a leader sees before scrolling. On a laptop (1366×768) and a projector (1280×720): every figure
 * behind its plan or the time elapsed, and every set of targets not all met, read from the data by the
 * pace rules. On a phone (390×844): figures with their status, every control in one menu. On the party
 * cards: a status beside each share of a target, and the count against its target where the report
 * gives both. For both shipped reports, and for the report of the simulated history with the most
 * items behind.
 */

const { server, browser } = await startHarness();
const reports = datasetReports();
const catalogue = (
  JSON.parse(readFileSync(join(reportsDir, '../indicators.json'), 'utf8')) as { indicators: Indicator[] }
).indicators;
const simulated = await readDataset('tests/fixtures/data-history');
const partyIds = new Set(
  [...catalogue, ...simulated.indicators].filter(isPartyIndicator).map((indicator) => indicator.id),
);
const behindFigures = (report: Report) => report.figures.filter(isFigureBehind);
const mostBehind = [...simulated.reports].sort((a, b) => behindFigures(b).length - behindFigures(a).length)[0]!;
/** Each report checked, with the dataset the page is served from (the build's own where undefined). */
const cases: { report: Report; dataset?: Dataset }[] = [
  ...reports.map((report) => ({ report })),
  { report: mostBehind, dataset: simulated },
];
const languages = [
  { lang: 'vi', query: '' },
  { lang: 'en', query: '&lang=en' },
];

const onPage = (path: string, check: (page: Page) => Promise<void>, viewport: Viewport, dataset?: Dataset) =>
  onDashboardPage(browser, server.url, path, check, {
    viewport,
    beforeOpen: async (context) => dataset && (await serveDataset(context, dataset)),
  });

/** A party figure's card, by its indicator's id. */
const partyCard = (page: Page, indicator: string) => page.locator(`.party__list > li:has(> h3#party-${indicator})`);

/** The parts of a behind item a leader must see: where it is, what it is, and how far behind. */
function behindParts(page: Page, figure: Figure): { label: string; locator: Locator }[] {
  if (partyIds.has(figure.indicator)) {
    return [{ label: `party card ${figure.indicator}`, locator: partyCard(page, figure.indicator) }];
  }
  const card = tile(page, figure.indicator);
  return [
    { label: `${figure.indicator}: title`, locator: card.locator('.tile__title') },
    { label: `${figure.indicator}: value`, locator: card.locator('.tile__value') },
    { label: `${figure.indicator}: status`, locator: card.locator('.plan-status') },
    { label: `${figure.indicator}: shares of plan and pace`, locator: card.locator('.plan-attainment') },
  ];
}

/** Where each part is on the first screen, with the page at its top as loaded. */
async function outsideFirstScreen(page: Page, parts: { label: string; locator: Locator }[]): Promise<string[]> {
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const { height } = page.viewportSize()!;
  const outside: string[] = [];
  for (const { label, locator } of parts) {
    expect(await locator.count(), `${label}: on the page`).toBe(1);
    const box = (await locator.boundingBox())!;
    if (box.y < 0 || box.y + box.height > height)
      outside.push(`${label}: ${Math.round(box.y)}–${Math.round(box.y + box.height)}px`);
  }
  return outside;
}

describe('the first screen of a laptop and a projector holds every item behind', () => {
  it('the shipped reports have items behind to show', () => {
    expect(reports.flatMap(behindFigures).length).toBeGreaterThan(0);
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1280, height: 720 },
  ])
    for (const { report, dataset } of cases)
      for (const { lang, query } of languages)
        it(`${report.source.id}, ${lang}, at ${viewport.width}×${viewport.height}`, () =>
          onPage(
            `/?period=${report.source.id}${query}`,
            async (page) => {
              const parts = behindFigures(report).flatMap((figure) => behindParts(page, figure));
              // A set with a target not met is drawn in full: its bands say how far the rest are.
              const unmet = report.targetSets.filter((set) => !isSetMet(set));
              const rows = page.locator('.target-summary__sets > .target-set');
              expect(await rows.count()).toBe(unmet.length);
              for (let index = 0; index < unmet.length; index++)
                parts.push({ label: `targets: ${unmet[index]!.id}`, locator: rows.nth(index) });
              expect(parts.length, 'items behind in this report').toBeGreaterThan(0);
              // The cards themselves are on this screen: the phone's list of key figures is not.
              expect(await page.locator('.headlines').isVisible()).toBe(false);
              const size = `${viewport.width}x${viewport.height}`;
              await screenshot(page, `first-screen-${report.source.id}-${lang}-${size}`);
              await screenshot(page, `first-screen-${report.source.id}-${lang}-${size}-full`, true);
              expect(await outsideFirstScreen(page, parts)).toEqual([]);
            },
            viewport,
            dataset,
          ));

  it('a set with every target met takes one line, its status in a mark and words', () =>
    onPage(
      `/?period=${reports.find((report) => report.targetSets.some(isSetMet))!.source.id}`,
      async (page) => {
        const lines = page.locator('.target-summary__met > li');
        const met = reports.find((report) => report.targetSets.some(isSetMet))!.targetSets.filter(isSetMet);
        expect(await lines.count()).toBe(met.length);
        for (let index = 0; index < met.length; index++) {
          const line = lines.nth(index);
          expect(await line.locator('svg[data-icon="check"]').count()).toBe(1);
          expect(await textOf(line)).toContain(`${met[index]!.total}/${met[index]!.total}`);
          expect(await line.locator('.target-set__bar').count()).toBe(0);
        }
        expect(await textOf(page.locator('.target-summary__met-lead'))).toMatch(/^Tất cả chỉ tiêu đều /);
      },
      { width: 1366, height: 768 },
    ));
});

describe('a phone, at 390×844', () => {
  const phone = { width: 390, height: 844 };

  for (const { report, dataset } of cases)
    for (const { lang, query } of languages)
      it(`${report.source.id}, ${lang}: the first screen holds figures with their status, the controls wait in one menu`, () =>
        onPage(
          `/?period=${report.source.id}${query}`,
          async (page) => {
            const size = `${phone.width}x${phone.height}`;
            await screenshot(page, `first-screen-${report.source.id}-${lang}-${size}`);
            await screenshot(page, `first-screen-${report.source.id}-${lang}-${size}-full`, true);

            const menu = page.locator('.phone-disclosure--menu > button');
            expect(await menu.getAttribute('aria-expanded')).toBe('false');
            for (const control of ['nav.period-filter', '.view-actions', '.language-switch', '.present-button'])
              expect(await page.locator(control).isVisible(), `${control} before the menu is opened`).toBe(false);
            // The description waits behind its own button.
            expect(await page.locator('.report-heading__meta').isVisible()).toBe(false);

            // Figures with their status: each indicator's line, its value and each named plan's status.
            const economic = report.figures.filter(
              (figure) =>
                !partyIds.has(figure.indicator) &&
                figure.period.firstMonth === report.period.firstMonth &&
                figure.period.lastMonth === report.period.lastMonth,
            );
            expect(await page.locator('.headlines li:has(a[href^="#tile-"])').count()).toBe(economic.length);
            const parts: { label: string; locator: Locator }[] = [];
            for (const figure of economic) {
              const line = page.locator(`.headlines li:has(a[href="#tile-${figure.indicator}"])`);
              parts.push({ label: `${figure.indicator}: value`, locator: line.locator('.headlines__value') });
              const named = figure.percentages.filter(
                (percentage) => isPlanBasis(percentage.basis) && percentage.basis !== 'unspecified',
              );
              const statuses = line.locator('.headlines__status .plan-status');
              expect(await statuses.count(), `${figure.indicator}: a status for each named plan`).toBe(named.length);
              for (let index = 0; index < named.length; index++) {
                const status = shownStatus(named[index]!, figure.period);
                expect(await statuses.nth(index).getAttribute('class')).toContain(`plan-status--${status}`);
                parts.push({ label: `${figure.indicator}: ${status}`, locator: statuses.nth(index) });
              }
            }
            expect(await outsideFirstScreen(page, parts)).toEqual([]);
            const menuBox = (await menu.boundingBox())!;
            const listBox = (await page.locator('.headlines').boundingBox())!;
            expect(menuBox.y + menuBox.height, 'the menu button above the figures').toBeLessThan(listBox.y);
          },
          phone,
          dataset,
        ));

  it('the menu opens with a tap, its controls work, and Esc closes it with the focus back on its button', () =>
    onPage(
      `/?period=${reports[0]!.source.id}`,
      async (page) => {
        const menu = page.getByRole('button', { name: 'Chọn kỳ, tải về, trình chiếu' });
        await menu.click();
        expect(await menu.getAttribute('aria-expanded')).toBe('true');
        const panel = page.locator(`[id="${await menu.getAttribute('aria-controls')}"]`);
        for (const name of ['Switch to English', 'Trình chiếu', 'So sánh các kỳ'])
          expect(await panel.getByRole('link', { name }).isVisible(), name).toBe(true);
        for (const name of ['Tải CSV', 'In trang'])
          expect(await panel.getByRole('button', { name }).isVisible(), name).toBe(true);
        await screenshot(page, 'first-screen-phone-menu-open');

        // Another period, chosen from the menu.
        const other = reports[1]!;
        await panel.getByRole('link', { name: periodWords(other.period), exact: true }).click();
        await page.waitForURL(new RegExp(`period=${other.source.id}`));
        expect(await textOf(periodHeading(page))).toBe(periodWords(other.period));

        // The keyboard: Esc from inside the menu closes it and gives its button the focus.
        await panel.getByRole('link', { name: 'Trình chiếu' }).focus();
        await page.keyboard.press('Escape');
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        expect(await panel.isVisible()).toBe(false);
        expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);
        // Enter opens it again, and Tab leads into it.
        await page.keyboard.press('Enter');
        expect(await menu.getAttribute('aria-expanded')).toBe('true');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('English');
      },
      phone,
    ));

  it('the meeting and the theme open from their button', () =>
    onPage(
      `/?period=${reports[0]!.source.id}`,
      async (page) => {
        const more = page.getByRole('button', { name: 'Hội nghị, nguồn và chủ đề năm' });
        await more.click();
        expect(await page.locator('.report-heading__meta').isVisible()).toBe(true);
        expect(await more.getAttribute('aria-expanded')).toBe('true');
      },
      phone,
    ));
});

/** A party target's status as a leader reads it: a share of a year's target is under way until the year ends. */
const targetStatusWords: Record<string, string> = {
  exceeded: 'Vượt chỉ tiêu',
  met: 'Đạt chỉ tiêu',
  notMet: 'Chưa đạt chỉ tiêu',
  inProgress: 'Đang thực hiện',
};

describe('party cards', () => {
  for (const report of reports)
    it(`${report.source.id}: a status for each share of a target, the count against its target where the report gives both`, () =>
      onPage(
        `/?period=${report.source.id}`,
        async (page) => {
          const stated = report.figures.filter((figure) => partyIds.has(figure.indicator));
          expect(stated.length, 'party figures in the report').toBeGreaterThan(0);
          for (const figure of stated) {
            const card = partyCard(page, figure.indicator);
            const count = await textOf(card.locator('.party__count'));
            if (figure.ratio) {
              expect(count, figure.id).toBe(`${figure.ratio.numerator}/${figure.ratio.denominator}`);
            } else {
              // No target count in the report: none is made up from its share.
              expect(count, figure.id).toBe(String(figure.value));
              expect(await textOf(card)).toContain('Báo cáo không nêu số chỉ tiêu');
            }
            const targets = figure.percentages.filter((percentage) => isPlanBasis(percentage.basis));
            const labels = card.locator('.plan-status');
            expect(await labels.count(), `${figure.id}: one status per share of a target`).toBe(targets.length);
            for (let index = 0; index < targets.length; index++) {
              const status = shownStatus(targets[index]!, figure.period);
              const label = labels.nth(index);
              // Never colour alone: a mark and words.
              expect(await label.getAttribute('class')).toContain(`plan-status--${status}`);
              expect(await label.locator('svg[data-icon]').count()).toBe(1);
              expect((await textOf(label)).trim()).toBe(targetStatusWords[status]);
            }
            if (targets.length === 0) expect(await textOf(card)).toContain('Báo cáo không nêu chỉ tiêu');
          }
        },
        { width: 1366, height: 768 },
      ));
});
