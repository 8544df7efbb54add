import { formatPercent } from '../../../lib/format';
import type { Percentage } from '../../../lib/report-schema';
import { t } from '../../../lib/messages';
import { Icon } from '../../../components/Icon';

/** Change against the same period a year earlier: arrow and words, not colour alone. */
export function YearOverYearBadge({ growth }: { growth: Percentage }) {
  const direction = growth.value > 0 ? 'up' : growth.value < 0 ? 'down' : 'flat';
  const arrow = ({ up: 'arrowUp', down: 'arrowDown', flat: 'arrowRight' } as const)[direction];
  const rate = formatPercent(Math.abs(growth.value), growth.decimals);
  return (
    <p className={`yoy-badge yoy-badge--${direction}`}>
      <Icon name={arrow} /> {t(`yoy.${direction}`, { rate })}
    </p>
  );
}
