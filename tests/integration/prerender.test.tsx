import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { App } from '../../src/app/App';
import { reportsOnScreen } from '../../src/app/view-data';
import { loadViewData } from '../../src/lib/report-queries';
import { renderAsAt } from '../../src/lib/url-state';
import { markupAt } from '../../src/prerender';
import { dataReports, findReportHeading, latestReport, report2023Id, serveTheTwoReviews } from '../support/dataset';
import { wholeText } from '../support/text';
import { server } from '../../mocks/node';

/**
 * The build writes every view a link can name to HTML (src/prerender.tsx), and the page
 * takes that markup over once it has the same data (src/main.tsx). The takeover must
 * keep every node the visitor already sees: a mismatch would make React throw the
 * prerendered figures away and draw them again.
 */

/**
 * The console's errors a page would log. Here the prerender and the takeover share one process, and
 * React's development build warns that two renderers set the same context: never so in a page,
 * whose markup was rendered by the build, in another process.
 */
function pageErrors(consoleError: MockInstance<typeof console.error>): unknown[][] {
  return consoleError.mock.calls.filter(
    ([message]) => !String(message).startsWith('Detected multiple renderers concurrently rendering'),
  );
}

/**
 * Prerenders the view at `search` and takes it over as the page does (src/main.tsx): rendering
 * first at the view's own address, with the data it loads. Nothing may be redrawn or logged.
 */
async function expectTakenOverIntact(search: string): Promise<void> {
  const container = await prerenderedAt(search);
  const headline = container.querySelector('[elementtiming="headline-figure"]');
  const consoleError = vi.spyOn(console, 'error');
  const onRecoverableError = vi.fn();
  const queryClient = await loadedClient(search);
  renderAsAt(search);
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
  expect(pageErrors(consoleError)).toEqual([]);
  expect(container.querySelector('[elementtiming="headline-figure"]')).toBe(headline);
  consoleError.mockRestore();
}

/** The data the page at `search` loads before it takes its view over. */
async function loadedClient(search = ''): Promise<QueryClient> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await loadViewData(queryClient, reportsOnScreen(new URLSearchParams(search)));
  return queryClient;
}

async function prerenderedAt(search = ''): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = await markupAt(search, await loadedClient(search));
  document.body.append(container);
  return container;
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

describe('the prerendered default view', () => {
  it('holds the report ending last in the data, as the page opens without parameters', async () => {
    const container = await prerenderedAt();
    await findReportHeading(latestReport);
    expect(container.querySelector('[elementtiming="headline-figure"]')).not.toBeNull();
  });

  it('holds the newest report’s figures, with period, basis and estimate mark, and leaves the charts for later', async () => {
    // Of the two reviews, the year 2024 ends last: the default view.
    serveTheTwoReviews();
    const container = await prerenderedAt();

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
    await expectTakenOverIntact('');
    // Taken over: the charts now load in the page.
    await waitFor(() => expect(screen.getAllByRole('figure').length).toBeGreaterThan(0));
    expect(screen.queryByText('Đang tải biểu đồ…')).toBeNull();
  }, 15_000);
});

describe('the other prerendered views', () => {
  const oldest = dataReports[0]!;

  it('holds the report and language its address names, fetching only that report first', async () => {
    const requested: string[] = [];
    const listener = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname);
    server.events.on('request:start', listener);
    const search = `?period=${oldest.source.id}&lang=en`;
    const container = await prerenderedAt(search);
    server.events.removeListener('request:start', listener);

    expect(requested.filter((path) => path.includes('/reports/'))).toEqual([`/api/v1/reports/${oldest.source.id}`]);
    document.documentElement.lang = 'en';
    await findReportHeading(oldest, 'en');
    expect(container.querySelector('[elementtiming="headline-figure"]')).not.toBeNull();
  });

  it('holds the first slide, with every report fetched first: the deck does not change under the presenter', async () => {
    const requested: string[] = [];
    const listener = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname);
    server.events.on('request:start', listener);
    const container = await prerenderedAt(`?period=${oldest.source.id}&present=1`);
    server.events.removeListener('request:start', listener);

    expect(requested.filter((path) => path.includes('/reports/')).length).toBe(dataReports.length);
    expect(container.querySelector('main.present')).not.toBeNull();
    expect(container.querySelector('.present--waiting')).toBeNull();
  });

  it('is taken over at another address naming the same view (?year=…), without a mismatch', async () => {
    window.history.replaceState(null, '', `/?year=${oldest.period.year}&lang=en`);
    await expectTakenOverIntact(`?period=${oldest.source.id}&lang=en`);
    renderAsAt('');
    window.history.replaceState(null, '', '/');
  }, 15_000);
});
