import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mainText, onDashboardPage, textOf, textsOf } from './support/browser';
import { openSourcePanel, periodHeading, tile } from './support/dashboard-parts';
import { startHarness } from './support/harness';
import { datasetReport, datasetReports, latestDatasetReport, periodWords } from './support/dataset';
import { onePerYear } from '../../src/lib/periods';

/**
 * The production build with its embedded API shows the figures of both reports:
 * 9 months of 2023 and the whole of 2024, as the reports state them.
 */

const { server, browser } = await startHarness();

/** Opens a fresh page on a path, runs the checks, then fails on any console or page error. */
const onPage = (path: string, check: (page: Page) => Promise<void>) =>
  onDashboardPage(browser, server.url, path, check);

const currentPeriodLink = (page: Page) => page.locator('nav.period-filter a[aria-current="page"]');

async function expect2023(page: Page) {
  expect(await textOf(periodHeading(page))).toBe('9 tháng đầu năm 2023');
  const text = await mainText(page);
  for (const shown of ['641,769 tỷ đồng', '23.461,3 tỷ đồng', '69,79%', '9 tháng đầu năm 2023']) {
    expect(text, `2023 view shows "${shown}"`).toContain(shown);
  }
  // September is a period of its own, shown apart from the 9-month total.
  const september = tile(page, 'budget-revenue').locator('.tile__partial');
  expect(await textOf(september)).toContain('Riêng tháng 9/2023');
  expect(await textOf(september)).toContain('55,3 tỷ đồng');
  const party = await textOf(page.locator('.party'));
  expect(party).toMatch(/(^|\s)210(\s|$)/);
  expect(party).toContain('127,3%');
}

async function expect2024(page: Page) {
  expect(await textOf(periodHeading(page))).toBe('Năm 2024');
  const text = await mainText(page);
  for (const shown of ['1.947,272 tỷ đồng', '36.694,6 tỷ đồng', '168,540 tỷ đồng', 'Năm 2024']) {
    expect(text, `2024 view shows "${shown}"`).toContain(shown);
  }
  const party = await textOf(page.locator('.party'));
  expect(party).toContain('233/230');
  expect(party).toContain('29/26');
  // Nothing of 2023 is left on screen.
  expect(text).not.toContain('641,769 tỷ đồng');
}

describe('figures of both reports', () => {
  it('shows the 9-month 2023 report at /?year=2023', () =>
    onPage('/?year=2023', async (page) => {
      await expect2023(page);
      expect(await textOf(currentPeriodLink(page))).toBe('9 tháng đầu năm 2023');
    }));

  it('shows the 2024 report at /?year=2024', () =>
    onPage('/?year=2024', async (page) => {
      await expect2024(page);
      expect(await textOf(currentPeriodLink(page))).toBe('Năm 2024');
    }));

  it('shows the report that ends last at / and leaves the URL untouched', () =>
    onPage('/', async (page) => {
      const latest = latestDatasetReport();
      expect(await textOf(periodHeading(page))).toBe(periodWords(latest.period));
      if (latest.source.id === datasetReport(2024).source.id) await expect2024(page);
      expect(new URL(page.url()).search).toBe('');
    }));

  it('marks estimated figures "ước tính" in both years', async () => {
    for (const year of [2023, 2024]) {
      await onPage(`/?year=${year}`, async (page) => {
        // Visible ones: a laptop shows the tiles, not the phone's list of key figures.
        const marks = page.locator('.estimate-mark:visible');
        expect(await marks.count(), `estimate marks in ${year}`).toBeGreaterThan(0);
        expect(await marks.first().isVisible()).toBe(true);
        expect(await textOf(marks.first())).toBe('ước tính');
        // The budget revenue of both years is "ước đạt" in the reports.
        expect(await tile(page, 'budget-revenue').locator('.tile__period .estimate-mark').count()).toBe(1);
      });
    }
  });
});

describe('period filter and URL', () => {
  it('switches figures on click, writes ?period=<id>, goes back and forward, and keeps the period on reload', () =>
    onPage(`/?period=${datasetReport(2024).source.id}`, async (page) => {
      const [id2023, id2024] = [datasetReport(2023).source.id, datasetReport(2024).source.id];
      await expect2024(page);

      await page.locator('nav.period-filter').getByRole('link', { name: '9 tháng đầu năm 2023', exact: true }).click();
      await periodHeading(page).filter({ hasText: '9 tháng đầu năm 2023' }).waitFor();
      expect(new URL(page.url()).searchParams.get('period')).toBe(id2023);
      await expect2023(page);

      await page.goBack();
      await periodHeading(page).filter({ hasText: 'Năm 2024' }).waitFor();
      expect(new URL(page.url()).searchParams.get('period')).toBe(id2024);
      await expect2024(page);

      await page.goForward();
      await periodHeading(page).filter({ hasText: '9 tháng đầu năm 2023' }).waitFor();
      expect(new URL(page.url()).searchParams.get('period')).toBe(id2023);

      await page.reload();
      await periodHeading(page).waitFor();
      expect(new URL(page.url()).searchParams.get('period')).toBe(id2023);
      await expect2023(page);
    }));

  for (const year of ['abc', '1999']) {
    it(`?year=${year} shows a visible notice and falls back to the latest report`, () =>
      onPage(`/?year=${year}`, async (page) => {
        const latest = periodWords(latestDatasetReport().period);
        const notice = page.locator('.notice[role="status"]');
        expect(await notice.count()).toBe(1);
        expect(await notice.isVisible()).toBe(true);
        const words = await textOf(notice);
        expect(words).toContain(`“${year}”`);
        expect(words).toContain(latest.charAt(0).toLowerCase() + latest.slice(1));
        expect(await page.locator('.error-panel').count()).toBe(0);
        expect(await textOf(periodHeading(page))).toBe(latest);
      }));
  }
});

describe('comparison of periods', () => {
  it('?view=compare shows both periods side by side, by rate, with no raw value difference', () =>
    onPage(`/?view=compare&period=${datasetReport(2024).source.id}`, async (page) => {
      const table = page.locator('.compare table');
      const columns = await textsOf(table.locator('thead th'));
      // The chosen report and each other year's latest, as many years as the data holds (at most four).
      const compared = onePerYear(datasetReports(), datasetReport(2024), 4).map((report) => periodWords(report.period));
      expect(columns).toEqual(['Chỉ tiêu', ...compared]);
      expect(await textOf(currentPeriodLink(page))).toBe('So sánh các kỳ');

      const text = await textOf(table);
      // Each value is shown with its own period.
      expect(text).toContain('641,769 tỷ đồng · 9 tháng đầu năm 2023');
      expect(text).toContain('1.947,272 tỷ đồng · năm 2024');
      expect(text).toContain('69,79%');

      // A 9-month total minus a full-year total means nothing: no such difference may appear.
      expect(await textOf(page.locator('.compare'))).not.toMatch(/chênh lệch/i);
      const pairs: [number, number, number][] = [
        [641.769, 1947.272, 3], // budget revenue
        [327.8, 453.4, 1], // industrial output
        [23461.3, 36694.6, 1], // retail sales
        [3584.7, 5542, 1], // accommodation and food
        [210, 233, 0], // party members
      ];
      const format = (value: number, decimals: number) =>
        new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
          value,
        );
      for (const [first, second, decimals] of pairs) {
        const difference = format(second - first, decimals);
        const standalone = new RegExp(`(^|[^\\d.,])[+−-]?${difference.replace(/\./g, '\\.')}($|[^\\d.,])`);
        expect(text, `difference ${difference} (${second} − ${first}) shown`).not.toMatch(standalone);
      }
    }));
});

describe('source and derivation', () => {
  it('"Nguồn và cách tính" opens on the verbatim quote and a derived "≈" figure', () =>
    onPage('/?year=2023', async (page) => {
      const opener = tile(page, 'budget-revenue').getByRole('button', { name: 'Nguồn và cách tính' });
      const details = await openSourcePanel(opener);

      const quotes = await textsOf(details.locator('blockquote'));
      expect(quotes).toContain(
        '“9 tháng đầu năm ước đạt 641,769 tỷ đồng, bằng 69,79% kế hoạch thành phố giao, bằng 60,68% kế hoạch quận phấn đấu và tăng 10% so với cùng kỳ”',
      );
      expect(await details.locator('blockquote').first().isVisible()).toBe(true);

      // 641,769 / 69,79% ≈ 919,6: the city plan, implied but not stated by the report.
      const derived = await textsOf(details.locator('li'));
      const cityPlan = derived.find((line) => line.includes('≈ 919,6 tỷ đồng'));
      expect(cityPlan, `derived lines: ${JSON.stringify(derived)}`).toBeDefined();
      expect(cityPlan).toMatch(/kế hoạch thành phố giao: ≈ 919,6 tỷ đồng \(suy ra từ 641,769 tỷ đồng = 69,79%/);
      expect(derived.every((line) => line.includes('≈ '))).toBe(true);
      expect(await textOf(details)).toContain('Số suy ra (không có trong báo cáo, làm tròn)');
    }));
});
