import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { comparedReports } from '../../src/lib/dashboard-view';
import { formatPeriod, formatPeriodInSentence } from '../../src/lib/format';
import { latestOf } from '../../src/lib/periods';
import {
  findReportHeading,
  dataPeriods,
  dataReports,
  latestReport,
  report2023Id,
  report2024Id,
  serveTheTwoReviews,
} from '../support/dataset';
import { renderApp } from '../support/render-app';
import { wholeText } from '../support/text';

const filter = () => screen.getByRole('navigation', { name: 'Chọn kỳ báo cáo' });

const shownHeading = findReportHeading;

describe('period filter and URL state', () => {
  it('offers every report of the data, and a comparison', async () => {
    renderApp();
    await shownHeading(latestReport);
    // Up to four reports are links; beyond, one list grouped by year.
    const choices =
      dataReports.length > 4
        ? within(filter())
            .getAllByRole('option')
            .map((option) => (option as HTMLOptionElement).value)
        : within(filter())
            .getAllByRole('link')
            .map((link) => new URLSearchParams(link.getAttribute('href') ?? ''))
            .filter((params) => params.get('view') !== 'compare')
            .map((params) => params.get('period'));
    expect([...choices].sort()).toEqual(dataReports.map((report) => report.source.id).sort());
    expect(within(filter()).getByRole('link', { name: 'So sánh các kỳ' })).toBeInTheDocument();
  });

  it('lists the two reviews as links, by when they end, marking the current one', async () => {
    serveTheTwoReviews();
    renderApp(`?period=${report2023Id}`);
    await screen.findByText(wholeText('641,769 tỷ đồng'));
    const links = within(filter()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['9 tháng đầu năm 2023', 'Năm 2024', 'So sánh các kỳ']);
    expect(within(filter()).getByRole('link', { name: '9 tháng đầu năm 2023' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(filter()).getByRole('link', { name: 'Năm 2024' })).toHaveAttribute('href', `?period=${report2024Id}`);
    expect(within(filter()).getByRole('link', { name: 'So sánh các kỳ' })).toHaveAttribute(
      'href',
      `?period=${report2023Id}&view=compare`,
    );
  });

  it('switches period at once from the cache, writes it to the URL, and follows back/forward', async () => {
    serveTheTwoReviews();
    renderApp(`?period=${report2023Id}`);
    await screen.findByText(wholeText('641,769 tỷ đồng'));
    // Both periods are fetched up front: after the switch no request is needed.
    server.use(http.get('*/api/v1/reports/:id', () => HttpResponse.error()));
    await userEvent.click(within(filter()).getByRole('link', { name: 'Năm 2024' }));
    expect(screen.getByText(wholeText('1.947,272 tỷ đồng'))).toBeInTheDocument();
    expect(screen.queryByLabelText('Đang tải số liệu')).not.toBeInTheDocument();
    expect(window.location.search).toBe(`?period=${report2024Id}`);

    act(() => {
      window.history.back();
    });
    expect(await screen.findByText(wholeText('641,769 tỷ đồng'))).toBeInTheDocument();
    expect(window.location.search).toBe(`?period=${report2023Id}`);
  });

  it.each(dataReports.map((report) => [report.source.id]))('opens ?period=%s', async (id) => {
    renderApp(`?period=${id}`);
    await shownHeading(dataReports.find((report) => report.source.id === id)!);
    expect(document.querySelector('.notice')).toBeNull();
  });

  it.each([...new Set(dataReports.map((report) => report.period.year))])(
    'opens the latest report ending in %i for an old link ?year=',
    async (year) => {
      renderApp(`?year=${year}`);
      await shownHeading(latestOf(dataReports.filter((report) => report.period.year === year))!);
      expect(document.querySelector('.notice')).toBeNull();
    },
  );

  it.each([['?year=abc'], ['?year=1999'], ['?year=<script>alert(1)</script>'], ['?period=lechan-1999-year']])(
    'falls back to the latest report with a visible notice for %s',
    async (search) => {
      renderApp(search);
      expect(await shownHeading(latestReport)).toBeInTheDocument();
      const notice = screen.getByText(/Không có báo cáo cho kỳ/);
      expect(notice).toHaveTextContent(`Đang hiển thị ${formatPeriodInSentence(latestReport.period)}, kỳ mới nhất.`);
      expect(document.querySelector('script')).toBeNull();
    },
  );

  it('names an unknown view and shows the dashboard', async () => {
    renderApp('?view=slides');
    expect(await shownHeading(latestReport)).toBeInTheDocument();
    expect(screen.getByText(/Không có chế độ xem “slides”/)).toBeInTheDocument();
  });

  it('names an unknown language and shows Vietnamese', async () => {
    renderApp(`?lang=fr&period=${report2023Id}`);
    expect(await screen.findByText(wholeText('641,769 tỷ đồng'))).toBeInTheDocument();
    expect(screen.getByText(/Không có ngôn ngữ “fr”/)).toHaveTextContent('Đang hiển thị tiếng Việt.');
    expect(document.documentElement.lang).toBe('vi');
  });

  it.each([['?lang=vi&year=2023'], ['?lang=en&year=2023']])('takes %s without a notice', async (search) => {
    renderApp(search);
    expect(await screen.findAllByRole('heading', { name: /2023/, level: 2 })).not.toHaveLength(0);
    expect(document.querySelector('.notice')).toBeNull();
  });
});

describe('comparison view', () => {
  it("sets the latest report beside each other year's latest report, as the data holds them", async () => {
    renderApp('?view=compare');
    const table = await screen.findByRole('table');
    const expected = comparedReports(dataPeriods, latestReport.source.id);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .slice(1)
        .map((cell) => cell.textContent),
    ).toEqual(expected.map((entry) => formatPeriod(entry.period)));
  });

  it('compares rates side by side, each value with its own period, never a raw difference', async () => {
    serveTheTwoReviews();
    renderApp('?view=compare');
    const table = await screen.findByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Chỉ tiêu', '9 tháng đầu năm 2023', 'Năm 2024']);
    const retail = within(table).getByRole('row', { name: /Tổng mức bán lẻ hàng hoá/ });
    const [cell2023, cell2024] = within(retail).getAllByRole('cell');
    expect(cell2023).toHaveTextContent('74,81% kế hoạch năm');
    expect(cell2023).toHaveTextContent('Tăng 16,68% so với cùng kỳ');
    expect(cell2023).toHaveTextContent('23.461,3 tỷ đồng · 9 tháng đầu năm 2023 · ước tính');
    expect(cell2024).toHaveTextContent('100% kế hoạch');
    expect(cell2024).toHaveTextContent('36.694,6 tỷ đồng · năm 2024 · ước tính');
    // No difference between a 9-month and a full-year total anywhere (e.g. "+56%").
    expect(table.textContent).not.toMatch(/[+−-]\s?\d+(,\d+)?%/);
    expect(screen.getByText(/không so sánh trực tiếp giá trị/)).toBeInTheDocument();
  });

  it("keeps each figure's caveat from its report beside the rates compared", async () => {
    serveTheTwoReviews();
    renderApp('?view=compare');
    const table = await screen.findByRole('table');
    const nonStateTax = within(table).getByRole('row', { name: /Thu thuế ngoài quốc doanh/ });
    const [cell2023, cell2024] = within(nonStateTax).getAllByRole('cell');
    expect(cell2024).toHaveTextContent('182,4% kế hoạch thành phố giao');
    expect(cell2024).toHaveTextContent(
      /viết “thu ngoài quốc doanh”, báo cáo 9 tháng đầu năm 2023 viết “thuế ngoài quốc doanh”/,
    );
    expect(cell2023!.querySelector('.figure-note')).toBeNull();
    const members = within(table).getByRole('row', { name: /^Kết nạp đảng viên\b(?! \()/ });
    expect(within(members).getAllByRole('cell')[1]).toHaveTextContent(/không nói rõ phạm vi của từng số/);
  });
});

describe("the window's title", () => {
  it('names the view first, so tabs and history tell the periods apart', async () => {
    serveTheTwoReviews();
    renderApp(`?period=${report2023Id}`);
    await screen.findByText(wholeText('641,769 tỷ đồng'));
    expect(document.title).toBe('9 tháng đầu năm 2023 · Quận Lê Chân · Kết quả thực hiện chỉ tiêu');
    await userEvent.click(within(filter()).getByRole('link', { name: 'So sánh các kỳ' }));
    expect(document.title).toBe('So sánh các kỳ · Quận Lê Chân · Kết quả thực hiện chỉ tiêu');
    await userEvent.click(within(filter()).getByRole('link', { name: 'Năm 2024' }));
    expect(document.title).toBe('Năm 2024 · Quận Lê Chân · Kết quả thực hiện chỉ tiêu');
  });

  it('in English, and in the presentation', async () => {
    renderApp(`?period=${report2024Id}&lang=en&present=1`);
    await screen.findAllByText(wholeText('1,947.272'));
    expect(document.title).toBe('Present · Year 2024 · Lê Chân District · Results against targets');
  });
});
