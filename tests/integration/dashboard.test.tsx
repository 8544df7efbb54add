import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { findReportHeading, latestReport, report2023Id, report2024Id } from '../support/dataset';
import { renderApp } from '../support/render-app';
import { listLines, wholeText } from '../support/text';

const tile = (name: string) => screen.getByRole('article', { name });

describe('the dashboard through the mock API', () => {
  it('opens on the report ending last in the data, the longer of two ending together', async () => {
    renderApp();
    await findReportHeading(latestReport);
    expect(window.location.search).toBe('');
  });

  it('shows the year 2024 with its figures, periods and bases', async () => {
    renderApp(`?period=${report2024Id}`);
    const budget = await screen.findByRole('article', { name: 'Thu ngân sách trên địa bàn quận' });
    expect(within(budget).getByText(wholeText('1.947,272 tỷ đồng'))).toBeInTheDocument();
    expect(within(budget).getByText('Năm 2024', { selector: '.tile__period' })).toBeInTheDocument();
    expect(within(budget).getByText('ước tính')).toBeInTheDocument();
    // 184% is stated without its basis: it is named as such, and gets no "vượt kế hoạch" status.
    expect(within(budget).getByText('mốc so sánh không nêu rõ')).toBeInTheDocument();
    expect(within(budget).queryByText(/Vượt kế hoạch/)).not.toBeInTheDocument();

    const retail = tile('Tổng mức bán lẻ hàng hoá');
    expect(within(retail).getByText(wholeText('36.694,6 tỷ đồng'))).toBeInTheDocument();
    expect(within(retail).getByText(/Tăng 0,9% so với cùng kỳ/)).toBeInTheDocument();
    expect(within(retail).getByText(/Đạt kế hoạch/)).toBeInTheDocument();

    const nonStateTax = tile('Thu thuế ngoài quốc doanh');
    expect(within(nonStateTax).getByText('Báo cáo không nêu số tuyệt đối')).toBeInTheDocument();
    expect(within(nonStateTax).getByText('182,4%')).toBeInTheDocument();
    expect(within(nonStateTax).getByText('kế hoạch thành phố giao')).toBeInTheDocument();

    const investment = tile('Giải ngân vốn đầu tư công nguồn phân cấp');
    expect(within(investment).getByText(wholeText('150,14 tỷ đồng'))).toBeInTheDocument();
    expect(within(investment).getByText(/Chưa đạt kế hoạch/)).toBeInTheDocument();
    expect(
      within(tile('Giải ngân vốn đầu tư công thành phố bố trí cho các dự án thành phố')).getByText(
        wholeText('168,540 tỷ đồng'),
      ),
    ).toBeInTheDocument();

    const party = screen.getByRole('region', { name: 'Xây dựng Đảng' });
    expect(within(party).getByText('233/230')).toBeInTheDocument();
    expect(within(party).getByText('29/26')).toBeInTheDocument();
    expect(within(party).getByText('4/4')).toBeInTheDocument();
    expect(within(party).getByText('111,5% chỉ tiêu')).toBeInTheDocument();

    const targets = screen.getByRole('region', { name: 'Số chỉ tiêu đạt kế hoạch' });
    // Every set met: the words once, then one line a set.
    expect(within(targets).getByText('Tất cả chỉ tiêu đều hoàn thành và vượt:')).toBeInTheDocument();
    expect(listLines(targets)).toContain('20/20 · UBND thành phố giao');
    expect(within(targets).getAllByText('21/21')).toHaveLength(1);
    expect(within(targets).getAllByText('20/20')).toHaveLength(2);
  });

  it('shows 9 months of 2023 with September kept apart and both plan bases side by side', async () => {
    renderApp(`?period=${report2023Id}`);
    const budget = await screen.findByRole('article', { name: 'Thu ngân sách trên địa bàn quận' });
    expect(within(budget).getByText(wholeText('641,769 tỷ đồng'))).toBeInTheDocument();
    expect(within(budget).getByText('9 tháng đầu năm 2023', { selector: '.tile__period' })).toBeInTheDocument();
    expect(within(budget).getByText('69,79%')).toBeInTheDocument();
    expect(within(budget).getByText('60,68%')).toBeInTheDocument();
    expect(within(budget).getByText('kế hoạch quận phấn đấu')).toBeInTheDocument();
    // Nine months against an annual plan are read against the time elapsed (75%), not against 100%.
    expect(
      within(budget).getAllByText(/Chậm 5,21 điểm % so với tiến độ thời gian \(75% sau 9\/12 tháng\)/)[0],
    ).toBeInTheDocument();
    expect(within(budget).getByText('Riêng tháng 9/2023')).toBeInTheDocument();
    expect(within(budget).getByText(wholeText('55,3 tỷ đồng'))).toBeInTheDocument();

    const targets = screen.getByRole('region', { name: 'Số chỉ tiêu đạt kế hoạch' });
    expect(within(targets).getByText('1/21')).toBeInTheDocument();
    expect(within(targets).getByText('6/21')).toBeInTheDocument();
    expect(within(targets).getByText('5/21')).toBeInTheDocument();
    // The report leaves the rest uncounted: 21 − 1 − 6 − 5 = 9, shown as inferred.
    expect(within(targets).getByText('9/21')).toBeInTheDocument();
    expect(within(targets).getByText(/suy ra: 21 − 1 − 6 − 5/)).toBeInTheDocument();

    const party = screen.getByRole('region', { name: 'Xây dựng Đảng' });
    expect(within(party).getByText('210')).toBeInTheDocument();
    expect(within(party).getByText('127,3% chỉ tiêu Thành ủy tạm giao')).toBeInTheDocument();
    expect(within(party).getByText('84% chỉ tiêu Thành ủy giao sau bổ sung')).toBeInTheDocument();
    expect(within(party).getByText('trong đó 2 người theo tôn giáo')).toBeInTheDocument();
  });

  it('opens the source of a figure with its quote and the derivations marked as such', async () => {
    renderApp(`?period=${report2023Id}`);
    const budget = await screen.findByRole('article', { name: 'Thu ngân sách trên địa bàn quận' });
    await userEvent.click(within(budget).getByRole('button', { name: 'Nguồn và cách tính' }));
    expect(within(budget).getByText(/“9 tháng đầu năm ước đạt 641,769 tỷ đồng, bằng 69,79%/)).toBeVisible();
    // 641,769 ÷ 69,79% ≈ 919,57 and 55,3 ÷ 6,01% ≈ 920,13: both shown, each with its inputs.
    expect(
      within(budget).getByText(
        'kế hoạch thành phố giao: ≈ 919,6 tỷ đồng (suy ra từ 641,769 tỷ đồng = 69,79% kế hoạch thành phố giao)',
      ),
    ).toBeVisible();
    expect(
      within(budget).getByText(
        'kế hoạch thành phố giao: ≈ 920,1 tỷ đồng (suy ra từ 55,3 tỷ đồng = 6,01% kế hoạch thành phố giao)',
      ),
    ).toBeVisible();
    expect(
      within(budget).getByText(
        '9 tháng đầu năm 2022 (cùng kỳ): ≈ 583,4 tỷ đồng (suy ra từ 641,769 tỷ đồng, tăng 10% so với cùng kỳ)',
      ),
    ).toBeVisible();
    const citation = budget.querySelector('.source-citation');
    expect(citation).toHaveTextContent(/Cổng tin tức Thành phố Hải Phòng, Hoàng Tùng, ngày 22\/09\/2023/);
    // The headline and outlet are Vietnamese whatever the interface language.
    expect(citation?.querySelector('cite')).toHaveAttribute('lang', 'vi');
  });
});
