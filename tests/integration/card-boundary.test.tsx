import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/render-app';
import { wholeText } from '../support/text';

// A drawing bug injected into one tile only: the retail tile's growth badge throws.
vi.mock('../../src/components/YearOverYearBadge', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/components/YearOverYearBadge')>();
  return {
    ...original,
    YearOverYearBadge: (props: Parameters<typeof original.YearOverYearBadge>[0]) => {
      if (props.change.growth.value === 0.9) throw new Error('injected drawing failure');
      return original.YearOverYearBadge(props);
    },
  };
});

describe('each card fails alone', () => {
  it('replaces only the failing tile with a message and a retry; the other figures stay', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderApp('?period=lechan-2024-year');
    const failed = await screen.findByRole('alert');
    expect(failed).toHaveTextContent('Không hiển thị được “Tổng mức bán lẻ hàng hoá”. Các số liệu khác vẫn đúng.');
    expect(within(failed).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Tổng mức bán lẻ hàng hoá' })).not.toBeInTheDocument();
    expect(screen.getByText(wholeText('1.947,272 tỷ đồng'))).toBeInTheDocument();
    expect(screen.getByText(wholeText('5.542 tỷ đồng'))).toBeInTheDocument();
  });
});
