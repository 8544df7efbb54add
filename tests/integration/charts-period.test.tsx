import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chartsFollowMs, useChartsPeriod } from '../../src/features/charts/charts-period';
import { Period } from '../../src/lib/report-schema';

const year2024 = Period.parse({ year: 2024, firstMonth: 1, lastMonth: 12 });
const nineMonths2023 = Period.parse({ year: 2023, firstMonth: 1, lastMonth: 9 });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the period the charts show', () => {
  it('follows the chosen period once the figures have had time to be shown', () => {
    const { result, rerender } = renderHook(({ chosen }: { chosen: Period }) => useChartsPeriod(chosen), {
      initialProps: { chosen: year2024 },
    });
    expect(result.current).toBe(year2024);
    rerender({ chosen: nineMonths2023 });
    expect(result.current).toBe(year2024);
    act(() => vi.advanceTimersByTime(chartsFollowMs - 1));
    expect(result.current).toBe(year2024);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(nineMonths2023);
  });

  it('does not redraw for a period chosen and left again before it was due', () => {
    let renders = 0;
    const { result, rerender } = renderHook(
      ({ chosen }: { chosen: Period }) => {
        renders += 1;
        return useChartsPeriod(chosen);
      },
      { initialProps: { chosen: year2024 } },
    );
    rerender({ chosen: nineMonths2023 });
    act(() => vi.advanceTimersByTime(chartsFollowMs / 2));
    rerender({ chosen: year2024 });
    const rendersBefore = renders;
    act(() => vi.advanceTimersByTime(chartsFollowMs * 2));
    expect(result.current).toBe(year2024);
    expect(renders).toBe(rendersBefore);
  });

  it('catches up at once when the page is printed within the delay', () => {
    const { result, rerender } = renderHook(({ chosen }: { chosen: Period }) => useChartsPeriod(chosen), {
      initialProps: { chosen: year2024 },
    });
    rerender({ chosen: nineMonths2023 });
    // As in the browser: the event's update must be on the page when the listener returns.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(result.current).toBe(nineMonths2023);
    } finally {
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
    }
  });
});
