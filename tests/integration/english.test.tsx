import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatPeriodInSentence } from '../../src/lib/format';
import { inLocale } from '../../src/lib/locale';
import { dataReport, findReportHeading, latestReport, report2023Id, report2024Id } from '../support/dataset';
import { renderApp } from '../support/render-app';
import { listLines, wholeText } from '../support/text';

describe('English for visiting delegations', () => {
  it('shows labels in English, numbers in English notation, quotes in Vietnamese', async () => {
    renderApp(`?lang=en&period=${report2024Id}`);
    const retail = await screen.findByRole('article', { name: 'Total retail sales of goods' });
    expect(document.documentElement.lang).toBe('en');
    expect(within(retail).getByText(wholeText('36,694.6 VND billion'))).toBeInTheDocument();
    expect(within(retail).getByText('Year 2024', { selector: '.tile__period' })).toBeInTheDocument();
    expect(within(retail).getByText(/Plan met/)).toBeInTheDocument();
    expect(within(retail).getByText(/Up 0\.9% on the same period last year/)).toBeInTheDocument();
    expect(within(retail).getByText('estimate')).toBeInTheDocument();

    const party = screen.getByRole('region', { name: 'Party building' });
    expect(within(party).getByText('233/230')).toBeInTheDocument();
    expect(within(party).getByText('101% of the target')).toBeInTheDocument();

    const targets = screen.getByRole('region', { name: 'Targets met' });
    expect(within(targets).getByText('Every target met or exceeded:')).toBeInTheDocument();
    expect(listLines(targets)).toContain("20/20 · Assigned by the City People's Committee");

    await userEvent.click(within(retail).getByRole('button', { name: 'Source and calculation' }));
    expect(within(retail).getByText('Quotations are in the original Vietnamese.')).toBeVisible();
    expect(within(retail).getByText(/“Tổng mức bán lẻ hàng hoá ước đạt 36\.694,6 tỷ đồng/)).toBeVisible();
    expect(
      within(retail).getByText(
        'Year 2023 (same period last year): ≈ 36,367.3 VND billion (derived from 36,694.6 VND billion, up 0.9% on the same period last year)',
      ),
    ).toBeVisible();
  });

  it('switches language from the header and keeps the period', async () => {
    renderApp(`?period=${report2023Id}`);
    await screen.findByText(wholeText('641,769 tỷ đồng'));
    await userEvent.click(screen.getByRole('link', { name: 'Switch to English' }));
    expect(await screen.findByText(wholeText('641.769 VND billion'))).toBeInTheDocument();
    const heading = await findReportHeading(dataReport(report2023Id), 'en');
    expect(heading).toHaveTextContent('First 9 months of 2023');
    expect(heading).toHaveTextContent('Lê Chân District');
    expect(window.location.search).toBe(`?period=${report2023Id}&lang=en`);
    await userEvent.click(screen.getByRole('link', { name: 'Chuyển sang tiếng Việt' }));
    expect(await screen.findByText(wholeText('641,769 tỷ đồng'))).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');
  });

  it('names an unknown period in English', async () => {
    renderApp('?lang=en&year=1999');
    const latest = inLocale('en', () => formatPeriodInSentence(latestReport.period));
    const notice = await screen.findByText(/There is no report for the period “1999”/);
    expect(notice).toHaveTextContent(`Showing the report for ${latest}, the latest.`);
  });
});
