import { formatPercent } from '../../../lib/format';
import type { Percentage } from '../../../lib/report-schema';
import { t } from '../../../lib/messages';

/** Change against the same period a year earlier: arrow and words, not colour alone. */
export function YearOverYearBadge({ growth }: { growth: Percentage }) {
  const direction = growth.value > 0 ? 'up' : growth.value < 0 ? 'down' : 'flat';
  const arrow = { up: '↑', down: '↓', flat: '→' }[direction];
  const rate = formatPercent(Math.abs(growth.value), growth.decimals);
  return (
    <p className={`yoy-badge yoy-badge--${direction}`}>
      <span aria-hidden="true">{arrow}</span> {t(`yoy.${direction}`, { rate })}
    </p>
  );
}
