import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { App } from '../../src/app/App';
import { indicatorsQuery, loadViewData } from '../../src/lib/report-queries';
import type { Report } from '../../src/lib/report-schema';
import { buildDeck } from '../../src/features/presentation/slides';
import { renderAsAt } from '../../src/lib/url-state';
import { markupAt, viewClient } from '../../src/prerender';
import { deckLengthsQuery, deckReports } from '../../src/features/presentation/deck-reports';
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
 * first at the view's own address, with the data it holds. Nothing may be redrawn or logged.
 */
async function expectTakenOverIntact(search: string): Promise<void> {
  const container = await prerenderedAt(search);
  const headline = container.querySelector('[elementtiming="headline-figure"]');
  await hydrateIntact(container, search);
  expect(container.querySelector('[elementtiming="headline-figure"]')).toBe(headline);
}

/** Takes the markup in `container` over with the page's data for `search` (or `queryClient`): no mismatch, no error logged. */
async function hydrateIntact(container: HTMLElement, search: string, queryClient?: QueryClient): Promise<void> {
  queryClient ??= await loadedClient(search);
  const consoleError = vi.spyOn(console, 'error');
  const onRecoverableError = vi.fn();
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
  consoleError.mockRestore();
}

/** The data the page at `search` holds, as the build writes it from the API's answers (src/prerender.tsx). */
async function loadedClient(search = ''): Promise<QueryClient> {
  const everything = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await loadViewData(everything, deckReports);
  return viewClient(everything, search);
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

  it('holds the report and language its address names, and no other report', async () => {
    const search = `?period=${oldest.source.id}&lang=en`;
    const held = (await loadedClient(search)).getQueriesData<Report>({ queryKey: ['reports'] });
    expect(held.map(([, report]) => report?.source.id)).toEqual([oldest.source.id]);
    const container = await prerenderedAt(search);
    document.documentElement.lang = 'en';
    await findReportHeading(oldest, 'en');
    expect(container.querySelector('[elementtiming="headline-figure"]')).not.toBeNull();
  });

  it('holds the first slide with its own report and the length of the deck all reports make', async () => {
    const search = `?period=${oldest.source.id}&present=1`;
    const client = await loadedClient(search);
    const held = client.getQueriesData<Report>({ queryKey: ['reports'] });
    expect(held.map(([, report]) => report?.source.id)).toEqual([oldest.source.id]);
    const { indicators } = client.getQueryData(indicatorsQuery().queryKey)!;
    const length = buildDeck(oldest, dataReports, indicators).slides.length;
    expect(client.getQueryData(deckLengthsQuery().queryKey)?.[oldest.source.id]).toBe(length);

    const container = await prerenderedAt(search);
    expect(container.querySelector('.present--waiting')).toBeNull();
    expect(container.querySelector('.present__count')?.textContent).toBe(`Trang 1/${length}`);
    expect(container.querySelector('main.present')?.getAttribute('data-slide')).toBe('overview');
  });

  it('takes the first slide over without a mismatch, then loads the other reports and keeps its count', async () => {
    const search = `?period=${oldest.source.id}&present=1`;
    const container = await prerenderedAt(search);
    const slide = container.querySelector('.present__slide');
    const pageClient = await loadedClient(search);
    const { indicators } = pageClient.getQueryData(indicatorsQuery().queryKey)!;
    const deck = buildDeck(oldest, dataReports, indicators);
    const requested: string[] = [];
    const listener = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname);
    server.events.on('request:start', listener);
    window.history.replaceState(null, '', `/${search}`);
    await hydrateIntact(container, search, pageClient);
    expect(container.querySelector('.present__slide'), 'the slide on screen is the prerendered one').toBe(slide);
    // The other reports load once the slide is up; the count stays what the page said.
    await waitFor(() =>
      expect(requested.filter((path) => path.includes('/reports/')).length).toBe(dataReports.length - 1),
    );
    server.events.removeListener('request:start', listener);
    expect(requested).not.toContain(`/api/v1/reports/${oldest.source.id}`);
    const count = () => container.querySelector('.present__count')?.textContent;
    expect(count()).toBe(`Trang 1/${deck.slides.length}`);
    // The last slide is the full deck's, drawn from the reports that came after the takeover.
    await userEvent.keyboard('{End}');
    await waitFor(() =>
      expect(container.querySelector('main.present')?.getAttribute('data-slide')).toBe(deck.slides.at(-1)!.id),
    );
    expect(count()).toBe(`Trang ${deck.slides.length}/${deck.slides.length}`);
    renderAsAt('');
    window.history.replaceState(null, '', '/');
  }, 15_000);

  it('moves on before the other reports have come: the count stands, the slide waits, then shows', async () => {
    const search = `?period=${oldest.source.id}&present=1`;
    const container = await prerenderedAt(search);
    const pageClient = await loadedClient(search);
    const { indicators } = pageClient.getQueryData(indicatorsQuery().queryKey)!;
    const deck = buildDeck(oldest, dataReports, indicators);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Falls through to the embedded API's own answer once released.
    server.use(http.get('*/api/v1/reports/:id', () => held.then(() => undefined)));
    window.history.replaceState(null, '', `/${search}`);
    await hydrateIntact(container, search, pageClient);
    const main = () => container.querySelector<HTMLElement>('main.present')!;
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(main().getAttribute('data-slide')).toBe('waiting-3');
    expect(within(main()).getByRole('heading', { level: 1 }).textContent).toBe('Đang tải số liệu');
    expect(container.querySelector('.present__count')?.textContent).toBe(`Trang 3/${deck.slides.length}`);
    expect(container.querySelector('.present__source'), 'no source line for a slide without figures').toBeNull();
    release();
    await waitFor(() => expect(main().getAttribute('data-slide')).toBe(deck.slides[2]!.id));
    expect(within(main()).getByRole('heading', { level: 1 }).textContent).toBe(deck.slides[2]!.title);
    renderAsAt('');
    window.history.replaceState(null, '', '/');
  }, 15_000);

  it('is taken over at another address naming the same view (?year=…), without a mismatch', async () => {
    window.history.replaceState(null, '', `/?year=${oldest.period.year}&lang=en`);
    await expectTakenOverIntact(`?period=${oldest.source.id}&lang=en`);
    renderAsAt('');
    window.history.replaceState(null, '', '/');
  }, 15_000);
});
