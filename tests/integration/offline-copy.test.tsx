import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

/** The service worker marks a page it served from the saved copy (src/embedded-api-worker.js). */
const markCopy = (sentAt: string) => (document.documentElement.dataset.offlineCopy = sentAt);

afterEach(() => {
  delete document.documentElement.dataset.offlineCopy;
});

describe('the copy saved for a room with no network', () => {
  it('says the page is that copy, when it was saved, and offers a reload', async () => {
    markCopy(new Date(2026, 10, 23, 18, 5).toISOString());
    renderApp('?year=2023');
    const notice = await screen.findByText(
      /^Không kết nối được máy chủ: đây là bản lưu trên máy này, lưu lúc 18:05, 23\/11\/2026\./,
    );
    expect(notice.textContent).toContain('khi có mạng, hãy tải lại trang');
    expect(screen.getByRole('button', { name: 'Tải lại trang' })).toBeInTheDocument();
  });

  it('says it in English, and leaves out a time it does not know', async () => {
    markCopy('');
    renderApp('?lang=en');
    expect(
      await screen.findByText(
        /^The server cannot be reached, so this is the copy saved on this computer\. It shows the reports/,
      ),
    ).toBeInTheDocument();
  });

  it("marks the copy in the presentation's controls, for the staffer, not on the slide", async () => {
    markCopy(new Date(2026, 10, 23, 18, 5).toISOString());
    renderApp('?present=1');
    // The first visit loads the presentation's code: more than findBy's default second on a busy machine.
    const mark = await screen.findByText('Bản lưu trên máy');
    expect(mark.closest('nav')).toHaveAttribute('aria-label', 'Điều khiển trình chiếu');
    expect(mark).toHaveAttribute('title', expect.stringContaining('lưu lúc 18:05, 23/11/2026'));
  });

  it('says nothing of a copy on a page from the network', async () => {
    renderApp('?period=lechan-2023-9m');
    expect(await screen.findByRole('article', { name: 'Thu ngân sách trên địa bàn quận' })).toBeInTheDocument();
    expect(screen.queryByText(/bản lưu trên máy/)).toBeNull();
  });
});
