import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PeriodTick } from '../../src/components/charts/chart-style';

/** The lines a period tick draws, given the axis's width shared by four bars. */
function periodLines(value: string, axisWidth: number): string[] {
  const { container } = render(
    <svg>
      <PeriodTick x={50} y={10} width={axisWidth} visibleTicksCount={4} payload={{ value }} />
    </svg>,
  );
  return Array.from(container.querySelectorAll('tspan'), (line) => line.textContent ?? '');
}

describe('a period under its bar', () => {
  it('stays on one line, its derived mark under it, where its bar has room', () => {
    expect(periodLines('9 tháng 2022|≈ suy ra', 800)).toEqual(['9 tháng 2022', '≈ suy ra']);
    expect(periodLines('Năm 2024', 800)).toEqual(['Năm 2024']);
  });

  it('takes two lines on a phone, the year under the span, rather than run into its neighbour', () => {
    expect(periodLines('9 tháng 2022|≈ suy ra', 240)).toEqual(['9 tháng', '2022', '≈ suy ra']);
    expect(periodLines('Năm 2024', 240)).toEqual(['Năm', '2024']);
  });

  it('keeps a one-word period whole however narrow', () => {
    expect(periodLines('2023|≈ derived', 100)).toEqual(['2023', '≈ derived']);
  });
});
