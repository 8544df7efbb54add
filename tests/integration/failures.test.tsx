import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import report2024 from '../../mocks/data/reports/2024-ca-nam.json';
import { formatPeriod } from '../../src/lib/format';
import { findReportHeading, latestReport, report2024Id } from '../support/dataset';
import { server } from '../../mocks/node';
import { renderApp } from '../support/render-app';
import { wholeText } from '../support/text';

const siteTitle = 'Quận Lê Chân · Kết quả thực hiện chỉ tiêu';

describe('failures end in a clear Vietnamese message with a retry', () => {
  it('retries a failed period list and then shows the figures', async () => {
    server.use(http.get('*/api/v1/periods', () => new HttpResponse(null, { status: 500 }), { once: true }));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ dữ liệu báo lỗi 500 khi tải danh sách kỳ báo cáo.');
    // No period is known yet: the window names the site only.
    expect(document.title).toBe(siteTitle);
    await userEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    // The default view: the report ending last.
    await findReportHeading(latestReport);
    expect(document.title).toBe(`${formatPeriod(latestReport.period)} · ${siteTitle}`);
  });

  it('refuses a payload that fails the schema and names the field', async () => {
    const broken = structuredClone(report2024) as { figures: { value: unknown }[] };
    broken.figures[0]!.value = 'một nghìn';
    server.use(http.get(`*/api/v1/reports/${report2024Id}`, () => HttpResponse.json(broken)));
    renderApp(`?period=${report2024Id}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu số liệu năm 2024 sai định dạng ở trường “figures.0.value”');
    expect(screen.queryByText(wholeText('1.947,272 tỷ đồng'))).not.toBeInTheDocument();
  });

  it('says the server answered a web page when /api is served by a static host', async () => {
    server.use(http.get('*/api/v1/periods', () => HttpResponse.html('<!doctype html><div id="root"></div>')));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('máy chủ trả về một trang web thay vì dữ liệu');
  });

  it('shows an empty state when there is no report yet', async () => {
    server.use(http.get('*/api/v1/periods', () => HttpResponse.json({ periods: [] })));
    renderApp();
    expect(await screen.findByText(/Chưa có báo cáo nào trong dữ liệu/)).toBeInTheDocument();
    expect(document.title).toBe(siteTitle);
  });

  it('renders a quote holding markup as text, never as HTML', async () => {
    const hostile = structuredClone(report2024) as { figures: { quote: string }[] };
    hostile.figures[0]!.quote = '<img src=x onerror="window.__pwned=1"> tổng thu ngân sách ước đạt 1.947,272 tỷ đồng';
    server.use(http.get(`*/api/v1/reports/${report2024Id}`, () => HttpResponse.json(hostile)));
    renderApp(`?period=${report2024Id}`);
    const budget = await screen.findByRole('article', { name: 'Thu ngân sách trên địa bàn quận' }, { timeout: 3000 });
    await userEvent.click(within(budget).getByText('Nguồn và cách tính'));
    expect(within(budget).getByText(/<img src=x onerror/)).toBeInTheDocument();
    expect(budget.querySelector('img')).toBeNull();
  });
});
