import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { loadDashboardData } from '../../src/lib/report-queries';
import { markupOf } from '../../src/prerender';
import { findReportHeading, latestReport, report2023Id, serveTheTwoReviews } from '../support/dataset';
import { wholeText } from '../support/text';

/**
 * The build writes the default view into index.html (src/prerender.tsx), and the page
 * takes that markup over once it has the same data (src/main.tsx). The takeover must
 * keep every node the visitor already sees: a mismatch would make React throw the
 * prerendered figures away and draw them again.
 */

async function loadedClient(): Promise<QueryClient> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await loadDashboardData(queryClient);
  return queryClient;
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

describe('the prerendered default view', () => {
  it('holds the report ending last in the data, as the page opens without parameters', async () => {
    const container = document.createElement('div');
    container.innerHTML = markupOf(await loadedClient());
    document.body.append(container);
    await findReportHeading(latestReport);
    expect(container.querySelector('[elementtiming="headline-figure"]')).not.toBeNull();
  });

  it('holds the newest report’s figures, with period, basis and estimate mark, and leaves the charts for later', async () => {
    // Of the two reviews, the year 2024 ends last: the default view.
    serveTheTwoReviews();
    const container = document.createElement('div');
    container.innerHTML = markupOf(await loadedClient());
    document.body.append(container);

    const budget = within(container).getByRole('article', { name: 'Thu ngân sách trên địa bàn quận' });
    expect(within(budget).getByText(wholeText('1.947,272 tỷ đồng'))).toBeInTheDocument();
    expect(within(budget).getByText('Năm 2024', { selector: '.tile__period' })).toBeInTheDocument();
    expect(within(budget).getByText('ước tính')).toBeInTheDocument();
    expect(container.querySelector('[elementtiming="headline-figure"]')).not.toBeNull();
    // The period filter is made of links, so it works before the page is taken over.
    const filter = within(container).getByRole('navigation', { name: 'Chọn kỳ báo cáo' });
    expect(within(filter).getByRole('link', { name: '9 tháng đầu năm 2023' })).toHaveAttribute(
      'href',
      `?period=${report2023Id}`,
    );
    expect(within(filter).getByRole('link', { name: 'Năm 2024' })).toHaveAttribute('aria-current', 'page');
    // Charts are drawn in the page only; the prerender holds their placeholder.
    expect(container.querySelector('.charts__loading')).not.toBeNull();
    expect(container.querySelector('.chart')).toBeNull();
  });

  it('is taken over without a mismatch: the figures on screen stay the same nodes', async () => {
    const container = document.createElement('div');
    container.innerHTML = markupOf(await loadedClient());
    document.body.append(container);
    const headline = container.querySelector('[elementtiming="headline-figure"]');
    const consoleError = vi.spyOn(console, 'error');
    const onRecoverableError = vi.fn();

    const queryClient = await loadedClient();
    await act(async () => {
      root = hydrateRoot(
        container,
        <StrictMode>
          <App queryClient={queryClient} />
        </StrictMode>,
        { onRecoverableError },
      );
    });

    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.querySelector('[elementtiming="headline-figure"]')).toBe(headline);
    // Taken over: the charts now load in the page.
    await waitFor(() => expect(screen.getAllByRole('figure').length).toBeGreaterThan(0));
    expect(screen.queryByText('Đang tải biểu đồ…')).toBeNull();
    consoleError.mockRestore();
  }, 15_000);
});
