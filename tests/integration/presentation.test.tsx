import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findReportHeading, dataReport, report2023Id, serveTheTwoReviews } from '../support/dataset';
import { renderApp } from '../support/render-app';
import { wholeText } from '../support/text';

/**
 * Presentation mode (?present=1) through the real mock API: keys as a clicker
 * sends them, the URL following the slide, deep links and bad slide numbers.
 */

// The 2023 deck: overview, targets met and party building, attainment, growth, five indicators,
// September, targets over time, party building over time.
const slides2023 = 12;

const slideTitle = () => screen.getByRole('heading', { level: 1 }).textContent;
const slideParam = () => new URLSearchParams(window.location.search).get('slide');
const counter = () => screen.getByText(/^Trang \d+\/\d+$/).textContent;

async function present(search: string, title: string | RegExp = 'Kết quả chủ yếu') {
  renderApp(search);
  // The first visit loads the presentation's code and every period's report.
  await screen.findByRole('heading', { level: 1, name: title });
}

async function press(...keys: string[]) {
  for (const key of keys) await userEvent.keyboard(key);
}

// The deck depends on the reports beside the one shown (a chart over like periods gets a slide of its
// own): the slides are counted and named here for the two real reviews, whatever else the data holds.
beforeEach(() => {
  serveTheTwoReviews();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('presentation: opening and deep links', () => {
  it('opens on the overview of the chosen period, its figures with period and estimate mark, and a source line', async () => {
    await present('?present=1&period=lechan-2023-9m');
    expect(counter()).toBe(`Trang 1/${slides2023}`);
    // The amounts' column names their period and unit; each row its estimate mark, plans and change.
    expect(screen.getByRole('columnheader', { name: '9 tháng đầu năm 2023 (tỷ đồng)' })).toBeInTheDocument();
    const budget = screen.getByRole('rowheader', { name: 'Thu ngân sách' }).closest('tr')!;
    expect(within(budget).getByText(wholeText('641,769ước tính'))).toBeInTheDocument();
    expect(within(budget).getByText('Chậm 5,21 điểm so với tiến độ 75%')).toBeInTheDocument();
    expect(within(budget).getByText('Chậm 14,32 điểm so với tiến độ 75%')).toBeInTheDocument();
    expect(within(budget).getByText('Tăng 10%')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Nguồn: báo cáo 9 tháng đầu năm 2023 (Cổng tin tức Thành phố Hải Phòng, Hoàng Tùng, 22/09/2023)',
      ),
    ).toBeInTheDocument();
    // No dashboard behind the slides.
    expect(screen.queryByRole('navigation', { name: 'Chọn kỳ báo cáo' })).not.toBeInTheDocument();
  });

  it("puts the reports' caveats on the slides, where no source panel can be opened; each once", async () => {
    await present('?present=1&period=lechan-2024-year&slide=2', 'Chỉ tiêu đạt và xây dựng Đảng');
    const scope = screen.getAllByText(/^Ghi chú: Báo cáo năm 2024 nêu hai số kết nạp đảng viên/);
    // Two figures carry the same caveat; the slide says it once.
    expect(scope).toHaveLength(1);
    expect(scope[0]).toHaveTextContent('không nói rõ phạm vi của từng số');
    await press('{Home}');
    await screen.findByRole('heading', { level: 1, name: 'Kết quả chủ yếu' });
    expect(screen.queryByText(/^Ghi chú:/)).not.toBeInTheDocument();
  });

  it('gives the caveat of a figure beside it on its own slide', async () => {
    await present('?present=1&period=lechan-2024-year&slide=5', 'Thu ngân sách');
    expect(
      screen.getByText('Ghi chú: Báo cáo ghi “bằng 184%” nhưng không nói so với kế hoạch nào.'),
    ).toBeInTheDocument();
  });

  it('opens slide 3 at ?present=1&slide=3 and says nothing is wrong', async () => {
    await present('?present=1&period=lechan-2023-9m&slide=3', 'Tỷ lệ đạt kế hoạch');
    expect(counter()).toBe(`Trang 3/${slides2023}`);
    expect(screen.getByRole('region', { name: `Trang 3/${slides2023}: Tỷ lệ đạt kế hoạch` })).toBeInTheDocument();
    expect(screen.queryByText(/Không có trang/)).not.toBeInTheDocument();
  });

  it.each(['0', '99', 'abc', '-1', '2.5'])('falls back to slide 1 with a visible notice for slide=%s', async (bad) => {
    await present(`?present=1&period=lechan-2023-9m&slide=${encodeURIComponent(bad)}`);
    expect(counter()).toBe(`Trang 1/${slides2023}`);
    const notice = screen.getByText((_, element) =>
      Boolean(element?.matches('[role="status"]') && element.textContent?.includes(`Không có trang “${bad}”`)),
    );
    expect(notice).toBeVisible();
    expect(notice).toHaveTextContent(
      `bài trình chiếu có ${slides2023} trang (1–${slides2023}). Đang hiển thị trang 1.`,
    );
    expect(slideParam()).toBe(bad);
  });

  it('shows a slide value from the URL as text only, never as markup', async () => {
    await present(`?present=1&slide=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(screen.getByText(/Không có trang “<img src=x onerror=alert\(1\)>”/)).toBeInTheDocument();
    expect(document.querySelector('main img')).toBeNull();
  });

  it.each([
    ['?present=1&year=1999', '1999'],
    ['?present=1&period=lechan-1999-year', 'lechan-1999-year'],
  ])('names an unknown report (%s) and presents the latest', async (search, value) => {
    await present(search);
    // Of the two reviews served here, the year 2024 ends last.
    expect(screen.getByText(new RegExp(`Không có báo cáo cho kỳ “${value}”`))).toHaveTextContent(
      'Đang hiển thị năm 2024, kỳ mới nhất.',
    );
    expect(screen.getByText('Năm 2024', { selector: '.present__where span' })).toBeInTheDocument();
  });

  it('opens the latest report ending in the year of an old link (?year=2023)', async () => {
    await present('?present=1&year=2023');
    expect(screen.getByText('9 tháng đầu năm 2023', { selector: '.present__where span' })).toBeInTheDocument();
    expect(screen.queryByText(/Không có báo cáo/)).not.toBeInTheDocument();
  });

  it('names a bad interval and leaves auto-advance off', async () => {
    await present('?present=1&interval=1');
    expect(screen.getByText(/Khoảng tự chuyển trang “1” không hợp lệ/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tạm dừng/ })).not.toBeInTheDocument();
  });

  it('enters from the header button of the dashboard, keeping the year', async () => {
    renderApp('?period=lechan-2023-9m');
    const button = await screen.findByRole('link', { name: /Trình chiếu/ });
    await findReportHeading(dataReport(report2023Id));
    expect(button).toHaveAttribute('href', '?period=lechan-2023-9m&present=1');
    await userEvent.click(button);
    await screen.findByRole('heading', { level: 1, name: 'Kết quả chủ yếu' });
    expect(window.location.search).toBe('?period=lechan-2023-9m&present=1');
    expect(screen.getByText('9 tháng đầu năm 2023', { selector: '.present__where span' })).toBeInTheDocument();
  });
});

describe('presentation: keys', () => {
  it('→ ↓ PageDown Space go forward, ← ↑ PageUp back; the URL follows without adding history', async () => {
    await present('?present=1&period=lechan-2023-9m');
    const before = window.history.length;
    await press('{ArrowRight}');
    expect(slideTitle()).toBe('Chỉ tiêu đạt và xây dựng Đảng');
    expect(slideParam()).toBe('2');
    await press('{ArrowDown}');
    expect(slideParam()).toBe('3');
    await press('{PageDown}');
    expect(slideParam()).toBe('4');
    await press(' ');
    expect(slideParam()).toBe('5');
    expect(slideTitle()).toBe('Thu ngân sách trên địa bàn quận');
    expect(counter()).toBe(`Trang 5/${slides2023}`);
    await press('{ArrowLeft}');
    expect(slideParam()).toBe('4');
    await press('{ArrowUp}');
    expect(slideParam()).toBe('3');
    await press('{PageUp}');
    expect(slideParam()).toBe('2');
    expect(window.history.length).toBe(before);
    expect(new URLSearchParams(window.location.search).get('period')).toBe('lechan-2023-9m');
  });

  it('Home and End go to the first and last slide; next stops at the last, previous at the first', async () => {
    await present('?present=1&period=lechan-2023-9m');
    await press('{End}');
    expect(slideParam()).toBe(String(slides2023));
    expect(slideTitle()).toBe('Xây dựng Đảng qua các kỳ');
    await press('{ArrowRight}');
    expect(slideParam()).toBe(String(slides2023));
    await press('{Home}');
    expect(slideParam()).toBe('1');
    await press('{ArrowLeft}');
    expect(slideParam()).toBe('1');
  });

  it('digits jump to a slide: at once when no longer number exists, after Enter otherwise', async () => {
    await present('?present=1&period=lechan-2023-9m');
    await press('3');
    expect(slideParam()).toBe('3');
    await press('1', '1');
    expect(slideParam()).toBe('11');
    expect(slideTitle()).toBe('Số chỉ tiêu đạt qua các kỳ');
    await press('1');
    // "1" could still become 10–12: it waits, and says so.
    expect(screen.getByText('Đến trang 1…')).toBeInTheDocument();
    expect(slideParam()).toBe('11');
    await press('{Enter}');
    expect(slideParam()).toBe('1');
    await press('1', '9');
    expect(slideParam()).toBe('1');
    expect(screen.getByText(`Không có trang 19: bài trình chiếu có ${slides2023} trang.`)).toBeInTheDocument();
  });

  it('a lone digit is taken after a short pause', async () => {
    await present('?present=1&period=lechan-2023-9m&slide=5', 'Thu ngân sách trên địa bàn quận');
    vi.useFakeTimers();
    fireEvent.keyDown(window, { key: '1' });
    expect(slideParam()).toBe('5');
    act(() => {
      vi.advanceTimersByTime(1100);
    });
    expect(slideParam()).toBe('1');
  });

  it('Esc leaves for the dashboard with the same year', async () => {
    await present('?present=1&period=lechan-2023-9m&slide=4', 'Tăng trưởng so với cùng kỳ');
    await press('{Escape}');
    expect(await findReportHeading(dataReport(report2023Id))).toBeVisible();
    expect(window.location.search).toBe('?period=lechan-2023-9m');
    expect(screen.queryByRole('heading', { level: 1, name: 'Kết quả chủ yếu' })).not.toBeInTheDocument();
  });

  it.each([
    ['b', 'black'],
    ['.', 'black'],
    ['w', 'white'],
    [',', 'white'],
  ])('"%s" blanks the screen %s; any key brings the slide back and does nothing else', async (key, colour) => {
    await present('?present=1&period=lechan-2023-9m&slide=2', 'Chỉ tiêu đạt và xây dựng Đảng');
    await press(key);
    const blank = screen.getByTestId('present-blank');
    expect(blank).toHaveClass(`present-blank--${colour}`);
    expect(within(blank).getByRole('status')).toHaveTextContent('Nhấn phím bất kỳ để quay lại');
    await press('{ArrowRight}');
    expect(screen.queryByTestId('present-blank')).not.toBeInTheDocument();
    expect(slideParam()).toBe('2');
    await press(key);
    await press('x');
    expect(screen.queryByTestId('present-blank')).not.toBeInTheDocument();
  });

  it('K and the period control switch the period, staying on the same slide', async () => {
    // K goes to the next report: the year 2024 after the 9 months of 2023. Its deck has no chart of
    // budget revenue over like periods, so the same place is the slide of the budget group.
    await present('?present=1&period=lechan-2023-9m&slide=5', 'Thu ngân sách trên địa bàn quận');
    await press('k');
    expect(new URLSearchParams(window.location.search).get('period')).toBe('lechan-2024-year');
    expect(slideTitle()).toBe('Thu ngân sách');
    expect(screen.getByText(wholeText('1.947,272 tỷ đồng'))).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kỳ' }), '9 tháng đầu năm 2023');
    expect(new URLSearchParams(window.location.search).get('period')).toBe('lechan-2023-9m');
    expect(slideTitle()).toBe('Thu ngân sách trên địa bàn quận');
    expect(screen.getByText(wholeText('641,769 tỷ đồng'))).toBeInTheDocument();
  });

  it('leaves browser shortcuts alone', async () => {
    await present('?present=1&period=lechan-2023-9m');
    await press('{Control>}{ArrowRight}{/Control}', '{Alt>}{ArrowRight}{/Alt}');
    expect(slideParam()).toBeNull();
  });
});

describe('presentation: auto-advance', () => {
  it('advances every interval, loops at the end, and P pauses and resumes', async () => {
    await present(`?present=1&period=lechan-2023-9m&interval=10&slide=${slides2023 - 1}`, 'Số chỉ tiêu đạt qua các kỳ');
    vi.useFakeTimers();
    // A fresh slide starts the wait under the fake clock.
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(slideParam()).toBe(String(slides2023));
    act(() => {
      vi.advanceTimersByTime(9_000);
    });
    expect(slideParam()).toBe(String(slides2023));
    act(() => {
      vi.advanceTimersByTime(1_100);
    });
    expect(slideParam()).toBe('1');

    fireEvent.keyDown(window, { key: 'p' });
    expect(screen.getByText(/Đã tạm dừng tự chuyển/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Tiếp tục/ })).toHaveAttribute('aria-pressed', 'true');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(slideParam()).toBe('1');

    fireEvent.keyDown(window, { key: 'P' });
    expect(screen.queryByText(/Đã tạm dừng tự chuyển/)).not.toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(10_100);
    });
    expect(slideParam()).toBe('2');
  });

  it('keeps the time already run when paused, and stops while the screen is blank', async () => {
    await present('?present=1&period=lechan-2023-9m&interval=10');
    vi.useFakeTimers();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    act(() => {
      vi.advanceTimersByTime(6_000);
    });
    fireEvent.keyDown(window, { key: 'p' });
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    fireEvent.keyDown(window, { key: 'p' });
    act(() => {
      vi.advanceTimersByTime(4_100);
    });
    expect(slideParam()).toBe('3');

    fireEvent.keyDown(window, { key: 'b' });
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(slideParam()).toBe('3');
    fireEvent.keyDown(window, { key: 'Shift' });
    act(() => {
      vi.advanceTimersByTime(10_100);
    });
    expect(slideParam()).toBe('4');
  });

  it('the interval control writes the interval to the URL', async () => {
    await present('?present=1&period=lechan-2023-9m');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tự chuyển' }), '30 giây');
    expect(new URLSearchParams(window.location.search).get('interval')).toBe('30');
    expect(screen.getByRole('button', { name: /Tạm dừng/ })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tự chuyển' }), 'Tắt');
    expect(new URLSearchParams(window.location.search).get('interval')).toBeNull();
  });
});
