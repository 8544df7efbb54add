import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChartsSection } from '../../src/features/charts/components/ChartsSection';
import { FixedChartWidth } from '../../src/components/charts/ChartFrame';
import { whenAllDrawn } from '../../src/lib/draw-turns';
import { IndicatorCatalogue, Report } from '../../src/lib/report-schema';
import catalogueJson from '../../mocks/data/indicators.json';
import report2023Json from '../../mocks/data/reports/2023-9-thang.json';
import report2024Json from '../../mocks/data/reports/2024-ca-nam.json';

const reports = [Report.parse(report2023Json), Report.parse(report2024Json)];
const { indicators } = IndicatorCatalogue.parse(catalogueJson);

// jsdom has no layout: the charts get a fixed width here, as the browser would give them.
// They draw one a task (draw-turns.ts): the tests read them once the last has drawn.
async function renderCharts(year: 2023 | 2024) {
  const chosen = reports.find((report) => report.period.year === year)!.period;
  const rendered = render(
    <FixedChartWidth.Provider value={800}>
      <ChartsSection reports={reports} indicators={indicators} chosen={chosen} />
    </FixedChartWidth.Provider>,
  );
  let drawn = false;
  whenAllDrawn(() => (drawn = true));
  await waitFor(() => expect(drawn).toBe(true));
  return rendered;
}

const chart = (title: RegExp) => screen.getByRole('figure', { name: title });

describe('trend charts', () => {
  it('draws every chart with a title, a unit and period line, a source and a table toggle', async () => {
    await renderCharts(2023);
    const figures = screen.getAllByRole('figure');
    // Attainment, growth, non-state tax through the year, 5 indicator trends, targets, party, September.
    expect(figures).toHaveLength(11);
    for (const figure of figures) {
      expect(within(figure).getByRole('heading', { level: 3 })).toHaveTextContent(/\S/);
      expect(within(figure).getByText(/^Nguồn: báo cáo/)).toBeInTheDocument();
      expect(within(figure).getByRole('button', { name: 'Xem bảng' })).toBeInTheDocument();
      expect(within(figure).getByRole('img')).toHaveAccessibleName(/\S/);
    }
  });

  it('draws retail with its derived bar marked ≈ and its data note, years beside years only', async () => {
    await renderCharts(2024);
    const retail = chart(/^Bán lẻ hàng hoá năm 2024 tăng 0,9% so với cùng kỳ/);
    const bars = retail.querySelectorAll('.recharts-bar-rectangle');
    expect(bars).toHaveLength(2);
    const labels = Array.from(retail.querySelectorAll('.recharts-label-list text')).map((node) => node.textContent);
    expect(labels).toEqual(['≈ 36.367,3', '36.694,6']);
    const ticks = Array.from(retail.querySelectorAll('.recharts-xAxis-tick-labels text')).map((node) =>
      Array.from(node.querySelectorAll('tspan')).map((span) => span.textContent),
    );
    expect(ticks).toEqual([['Năm 2023', '≈ suy ra'], ['Năm 2024']]);
    expect(within(retail).getByText(/Ghi chú số liệu: số cả năm 2023 suy ra/)).toBeInTheDocument();
  });

  it('draws no level chart where the shown period has no amount to set beside another year', async () => {
    await renderCharts(2024);
    // 2024 gives non-state tax as a rate only, and no year before it is known: no bars to compare.
    expect(screen.queryByRole('figure', { name: /^Thuế ngoài quốc doanh (qua các kỳ|năm 2024)/ })).toBeNull();
    await renderCharts(2023);
    expect(
      chart(/^Thuế ngoài quốc doanh 9 tháng đầu năm 2023/).querySelectorAll('.recharts-bar-rectangle'),
    ).toHaveLength(2);
    // Where the shown period has its bar, the legend names its outline.
    expect(within(chart(/^Bán lẻ hàng hoá năm 2024/)).getByText('Viền đậm: kỳ đang xem')).toBeInTheDocument();
  });

  it('names the indicators whose growth a report does not give, where their bars are missing', async () => {
    await renderCharts(2023);
    const growth = chart(/^Các chỉ tiêu đều tăng so với cùng kỳ/);
    expect(within(growth).getByText(/báo cáo không nêu mức tăng/)).toHaveTextContent(
      'Năm 2024: báo cáo không nêu mức tăng so với cùng kỳ của thu ngân sách, thuế ngoài quốc doanh, nên không có cột.',
    );
  });

  it('opens a table with the same numbers, derived ones explained', async () => {
    await renderCharts(2023);
    const budget = chart(/^Thu ngân sách 9 tháng đầu năm 2023 tăng 10% so với cùng kỳ/);
    await userEvent.click(within(budget).getByRole('button', { name: 'Xem bảng' }));
    // The button now says how to go back to the chart.
    expect(within(budget).queryByRole('button', { name: 'Xem bảng' })).not.toBeInTheDocument();
    expect(within(budget).getByRole('button', { name: 'Xem biểu đồ' })).toHaveAttribute('aria-expanded', 'true');
    const [header, ...rows] = within(within(budget).getByRole('table')).getAllByRole('row');
    // The unit is in the header, so the cells hold the numbers alone.
    expect(header!.textContent).toBe('KỳGiá trị (tỷ đồng)Loại số liệu');
    expect(rows.map((row) => row.textContent)).toEqual([
      '9 tháng đầu năm 2022≈ 583,49 tháng đầu năm 2022 (cùng kỳ): ≈ 583,4 tỷ đồng (suy ra từ 641,769 tỷ đồng, tăng 10% so với cùng kỳ)',
      '9 tháng đầu năm 2023641,769Báo cáo nêu (ước tính)',
    ]);
  });

  it('compares growth rates of both periods, values on the bars', async () => {
    await renderCharts(2024);
    const growth = chart(/tăng chậm hơn/);
    expect(growth).toHaveAccessibleName(
      'Các chỉ tiêu đều tăng so với cùng kỳ; năm 2024 tăng chậm hơn 9 tháng đầu năm 2023 ở 3/3 chỉ tiêu',
    );
    const labels = Array.from(growth.querySelectorAll('.recharts-label-list text')).map((node) => node.textContent);
    expect(labels).toEqual(expect.arrayContaining(['10%', '19%', '4,01%', '16,68%', '21,5%', '3,3%', '0,9%', '11,5%']));
  });

  it('shows plan attainment for the chosen period only', async () => {
    await renderCharts(2024);
    const attainment = chart(/^Năm 2024: \d+\/\d+ tỷ lệ đạt từ 100% kế hoạch trở lên/);
    const labels = Array.from(attainment.querySelectorAll('.recharts-label-list text')).map((node) => node.textContent);
    expect(labels).toEqual(['184%', '182,4%', '100%', '100%', '100%', '98,9%', '100%']);
  });

  it('sets September 2023 against the average month and names the outlier', async () => {
    await renderCharts(2023);
    expect(chart(/^Tháng 9\/2023 ngang mức bình quân tháng, trừ thu ngân sách \(≈ 77,6%\)/)).toBeInTheDocument();
  });
});

describe('charts with nothing to draw', () => {
  it('leave out the targets chart where no report of the unit states a target tally', async () => {
    const withTargets = render(
      <FixedChartWidth.Provider value={800}>
        <ChartsSection reports={reports} indicators={indicators} chosen={reports[1]!.period} />
      </FixedChartWidth.Provider>,
    );
    const all = screen.getAllByRole('figure').length;
    withTargets.unmount();
    const without = reports.map((report) => ({ ...report, targetSets: [] }));
    render(
      <FixedChartWidth.Provider value={800}>
        <ChartsSection reports={without} indicators={indicators} chosen={without[1]!.period} />
      </FixedChartWidth.Provider>,
    );
    expect(screen.getAllByRole('figure')).toHaveLength(all - 1);
    expect(screen.queryByText(/^Nguồn:\s*$/)).toBeNull();
  });
});
