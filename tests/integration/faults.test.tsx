import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import report2024 from '../../mocks/data/reports/2024-ca-nam.json';
import { server } from '../../mocks/node';
import { createQueryClient, retryPolicy } from '../../src/app/query-client';
import { requestPolicy } from '../../src/lib/api-client';
import { report2024Id } from '../support/dataset';
import { renderApp } from '../support/render-app';
import { wholeText } from '../support/text';

/**
 * The fault matrix of docs/operations.md: each fault, injected through the MSW handlers,
 * ends in a clear Vietnamese message that names what failed, with a way forward; hostile
 * or missing data ends in a safe page, never a blank one.
 */

// Quick retries here; the request timeouts stay the app's own except where a test shortens one,
// so a loaded machine answering a request slowly is not taken for a fault.
const saved = { ...requestPolicy, ...retryPolicy };
beforeEach(() => {
  retryPolicy.baseDelayMs = 10;
});
afterEach(() => {
  Object.assign(requestPolicy, { timeoutMs: saved.timeoutMs, slowAfterMs: saved.slowAfterMs });
  retryPolicy.baseDelayMs = saved.baseDelayMs;
  vi.restoreAllMocks();
});

/** The faults hit the 2024 review, opened by its id: which report is the latest does not matter here. */
const report = `*/api/v1/reports/${report2024Id}`;
const open2024 = `?period=${report2024Id}`;
const periods = '*/api/v1/periods';
const siteTitle = 'Quận Lê Chân · Kết quả thực hiện chỉ tiêu';
const alert = () => screen.findByRole('alert');

function brokenReport(change: (report: { figures: Record<string, unknown>[] }) => void) {
  const copy = structuredClone(report2024) as unknown as { figures: Record<string, unknown>[] };
  change(copy);
  return copy;
}

describe('fault matrix', () => {
  it('HTTP 500 for the period list: names it, the window names the site only; "Thử lại" recovers', async () => {
    server.use(http.get(periods, () => new HttpResponse(null, { status: 500 }), { once: true }));
    renderApp(open2024);
    const panel = await alert();
    expect(panel).toHaveTextContent('Máy chủ dữ liệu báo lỗi 500 khi tải danh sách kỳ báo cáo.');
    // No period is known yet: the window names the site only.
    expect(document.title).toBe(siteTitle);
    await userEvent.click(within(panel).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText(wholeText('1.947,272 tỷ đồng'))).toBeInTheDocument();
    expect(document.title).toBe(`Năm 2024 · ${siteTitle}`);
  });

  it('HTTP 500 for the report: names the server error and what failed; "Thử lại" recovers', async () => {
    server.use(http.get(report, () => new HttpResponse(null, { status: 500 }), { once: true }));
    renderApp(open2024);
    const panel = await alert();
    expect(panel).toHaveTextContent('Máy chủ dữ liệu báo lỗi 500 khi tải số liệu năm 2024.');
    await userEvent.click(within(panel).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText(wholeText('1.947,272 tỷ đồng'))).toBeInTheDocument();
  });

  it('HTTP 404 for a listed period: says it is not found, with the server’s reason', async () => {
    server.use(
      http.get(report, () =>
        HttpResponse.json({ error: { code: 'gone', message: 'Báo cáo đã bị gỡ.' } }, { status: 404 }),
      ),
    );
    renderApp(open2024);
    expect(await alert()).toHaveTextContent('Không tìm thấy số liệu năm 2024 (lỗi 404). Báo cáo đã bị gỡ.');
  });

  it('HTTP 503 with Retry-After: retried on its own after the delay, then the figures', async () => {
    let calls = 0;
    server.use(
      http.get(report, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(
              { error: { code: 'busy', message: 'Đang bảo trì.' } },
              { status: 503, headers: { 'Retry-After': '0' } },
            )
          : undefined;
      }),
    );
    renderApp(open2024, createQueryClient());
    expect(await screen.findByText(wholeText('1.947,272 tỷ đồng'))).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('503 that persists: after the automatic retries, a message with the server’s reason', async () => {
    server.use(
      http.get(report, () => HttpResponse.json({ error: { code: 'busy', message: 'Đang bảo trì.' } }, { status: 503 })),
    );
    renderApp(open2024, createQueryClient());
    expect(await alert()).toHaveTextContent(
      'Máy chủ dữ liệu đang tạm ngừng phục vụ (lỗi 503) khi tải số liệu năm 2024. Đang bảo trì.',
    );
  });

  it('a slow answer: the skeleton says the server is slow, then the figures arrive', async () => {
    requestPolicy.slowAfterMs = 100;
    server.use(
      http.get(report, async () => {
        await delay(500);
        return undefined;
      }),
    );
    renderApp(open2024);
    expect(await screen.findByText('Máy chủ dữ liệu đang trả lời chậm; vẫn đang chờ số liệu…')).toBeInTheDocument();
    expect(await screen.findByText(wholeText('1.947,272 tỷ đồng'))).toBeInTheDocument();
  });

  it('a request that never answers: times out and says so', async () => {
    requestPolicy.timeoutMs = 1000;
    server.use(http.get(report, () => delay('infinite')));
    renderApp(open2024);
    expect(await alert()).toHaveTextContent(
      'Không tải được số liệu năm 2024: máy chủ dữ liệu không trả lời sau 1 giây.',
    );
  });

  it('malformed JSON: says the data is broken', async () => {
    server.use(
      http.get(report, () => new HttpResponse('{"figures": [', { headers: { 'Content-Type': 'application/json' } })),
    );
    renderApp(open2024);
    expect(await alert()).toHaveTextContent('dữ liệu máy chủ gửi về bị hỏng, không đọc được');
  });

  it.each([
    ['a missing field', (r: { figures: Record<string, unknown>[] }) => delete r.figures[2]!.quote, 'figures.2.quote'],
    ['a wrong type', (r: { figures: Record<string, unknown>[] }) => (r.figures[2]!.value = '453,4'), 'figures.2.value'],
    ['a negative amount', (r: { figures: Record<string, unknown>[] }) => (r.figures[3]!.value = -1), 'figures.3.value'],
    [
      'a percentage that does not match n/m',
      (r: { figures: Record<string, unknown>[] }) => (r.figures[9]!.ratio = { numerator: 233, denominator: 200 }),
      'figures.9.percentages',
    ],
  ])('a payload with %s: refused, naming the field', async (_name, change, field) => {
    server.use(http.get(report, () => HttpResponse.json(brokenReport(change))));
    renderApp(open2024);
    expect(await alert()).toHaveTextContent(`Dữ liệu số liệu năm 2024 sai định dạng ở trường “${field}”`);
    expect(screen.queryByText(wholeText('1.947,272 tỷ đồng'))).not.toBeInTheDocument();
  });

  it('offline: says the machine has lost its network', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    server.use(http.get(periods, () => HttpResponse.error()));
    renderApp(open2024);
    expect(await alert()).toHaveTextContent(
      'Không tải được danh sách kỳ báo cáo: máy đang mất kết nối mạng. Kiểm tra mạng rồi thử lại.',
    );
  });

  it('/api answered by a static host with index.html: says a web page came instead of data', async () => {
    server.use(http.get(periods, () => HttpResponse.html('<!doctype html><div id="root"></div>')));
    renderApp(open2024);
    expect(await alert()).toHaveTextContent('máy chủ trả về một trang web thay vì dữ liệu');
  });

  it('a failed refresh keeps the figures on screen, marked as not refreshed', async () => {
    const { queryClient } = renderApp(open2024);
    expect(await screen.findByText(wholeText('1.947,272 tỷ đồng'))).toBeInTheDocument();
    server.use(http.get(report, () => new HttpResponse(null, { status: 500 })));
    await queryClient.refetchQueries({ queryKey: ['reports', report2024Id] }).catch(() => undefined);
    await waitFor(() =>
      expect(
        screen.getByText('Không cập nhật được số liệu; đang hiển thị số liệu đã tải trước đó.'),
      ).toBeInTheDocument(),
    );
    expect(screen.getByText(wholeText('1.947,272 tỷ đồng'))).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('no report yet: an empty state, and the window names the site only', async () => {
    server.use(http.get(periods, () => HttpResponse.json({ periods: [] })));
    renderApp();
    expect(await screen.findByText(/Chưa có báo cáo nào trong dữ liệu/)).toBeInTheDocument();
    expect(document.title).toBe(siteTitle);
  });

  it('a quote holding markup: rendered as text, never as HTML', async () => {
    const hostile = brokenReport((r) => {
      r.figures[0]!.quote = '<img src=x onerror="window.__pwned=1"> tổng thu ngân sách ước đạt 1.947,272 tỷ đồng';
    });
    server.use(http.get(report, () => HttpResponse.json(hostile)));
    renderApp(open2024);
    const budget = await screen.findByRole('article', { name: 'Thu ngân sách trên địa bàn quận' });
    await userEvent.click(within(budget).getByRole('button', { name: 'Nguồn và cách tính' }));
    expect(within(budget).getByText(/<img src=x onerror/)).toBeInTheDocument();
    expect(budget.querySelector('img')).toBeNull();
  });
});
