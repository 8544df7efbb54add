import { formatPercent } from '../../../lib/format';
import type { Percentage } from '../../../lib/report-schema';

/** Change against the same period a year earlier: arrow and words, not colour alone. */
export function YearOverYearBadge({ growth }: { growth: Percentage }) {
  const direction = growth.value > 0 ? 'up' : growth.value < 0 ? 'down' : 'flat';
  const arrow = { up: '↑', down: '↓', flat: '→' }[direction];
  const words = { up: 'Tăng', down: 'Giảm', flat: 'Không đổi' }[direction];
  return (
    <p className={`yoy-badge yoy-badge--${direction}`}>
      <span aria-hidden="true">{arrow}</span> {words}
      {direction === 'flat' ? '' : ` ${formatPercent(Math.abs(growth.value), growth.decimals)}`} so với cùng kỳ
    </p>
  );
}
