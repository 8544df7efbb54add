import type { SamePeriodChange } from '../lib/attainment';
import { formatChange, formatSignedPercent } from '../lib/format';
import { t } from '../lib/messages';
import { Icon } from './Icon';

/**
 * Change against the same period a year earlier: arrow and words, not colour alone. The words are the
 * report's ("bằng 112,5% so với cùng kỳ"); where it wrote an index, the growth follows, marked ≈.
 */
type Props = {
  change: SamePeriodChange;
  /** Under a heading that names the same period, the words leave it out: "Tăng 10%". */
  compact?: boolean;
};

export function YearOverYearBadge({ change, compact = false }: Props) {
  const { growth, written, derived } = change;
  const direction = growth.value > 0 ? 'up' : growth.value < 0 ? 'down' : 'flat';
  const arrow = ({ up: 'arrowUp', down: 'arrowDown', flat: 'arrowRight' } as const)[direction];
  const form = compact ? 'short' : 'full';
  const words = direction === 'flat' ? t(compact ? 'yoy.short.flat' : 'yoy.flat') : formatChange(written, form);
  return (
    <p className={`yoy-badge yoy-badge--${direction}`}>
      <Icon name={arrow} /> {words.charAt(0).toUpperCase() + words.slice(1)}
      {derived && (
        <span className="yoy-badge__derived">
          {' '}
          ({t('change.indexAsGrowth', { change: formatSignedPercent(growth) })})
        </span>
      )}
    </p>
  );
}
