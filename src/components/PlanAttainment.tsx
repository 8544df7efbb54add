import { shownStatus, type ShownStatus } from '../lib/attainment';
import { formatPace, formatPercentage, formatBasisAfterRate } from '../lib/format';
import { paceOf } from '../lib/pace';
import type { Percentage, Period } from '../lib/report-schema';
import { statusOf } from '../lib/status';
import { t, type MessageKey } from '../lib/messages';
import { Icon, type IconName } from './Icon';

const statusIcons: Record<ShownStatus, IconName> = {
  exceeded: 'up',
  met: 'check',
  inProgress: 'partial',
  notMet: 'down',
  ahead: 'up',
  onPace: 'check',
  behind: 'down',
};

/** A party target is a "chỉ tiêu", not a plan: the same statuses and marks, its own words where they differ. */
const targetWords: Partial<Record<ShownStatus, MessageKey>> = {
  exceeded: 'statusTarget.exceeded',
  met: 'statusTarget.met',
  notMet: 'statusTarget.notMet',
};

type LabelProps = { percentage: Percentage; period: Period; target?: boolean };

export function PlanStatusLabel({ percentage, period, target = false }: LabelProps) {
  const status = shownStatus(percentage, period);
  const words = (target && targetWords[status]) || (`status.${status}` as const);
  return (
    <span className={`plan-status plan-status--${status} status--${statusOf(percentage, period)}`}>
      <Icon name={statusIcons[status]} /> {t(words)}
    </span>
  );
}

/** How far along the bar a share goes: past 100% it runs on, to a scale of at most 200%. */
const barScale = (value: number) => Math.min(value, 200) / 2;

/**
 * Share of a plan reached, with the plan's basis named; one row per basis, never merged. Part-way through
 * the year, the bar carries the time elapsed as a mark, and the words say how far ahead or behind it is.
 */
type Props = {
  percentages: Percentage[];
  period: Period;
  /**
   * On a slide each plan says where it stands in one short line: the pace part-way through the year,
   * otherwise the status, so that no share is read by its bar's colour alone.
   */
  compact?: boolean;
};

export function PlanAttainment({ percentages, period, compact = false }: Props) {
  if (percentages.length === 0) return null;
  return (
    <ul className="plan-attainment" aria-label={t('tile.againstPlan')}>
      {percentages.map((percentage) => {
        const pace = paceOf(percentage, period);
        return (
          <li key={percentage.basis}>
            <div className="plan-attainment__label">
              <span className="plan-attainment__value">{formatPercentage(percentage)}</span>{' '}
              <span>{formatBasisAfterRate(percentage.basis)}</span>
            </div>
            <div className={`plan-attainment__bar status--${statusOf(percentage, period)}`} aria-hidden="true">
              <div className="plan-attainment__fill" style={{ width: `${barScale(percentage.value)}%` }} />
              <span className="plan-attainment__full" style={{ left: '50%' }} />
              {pace && <span className="plan-attainment__pace" style={{ left: `${barScale(pace.elapsed)}%` }} />}
            </div>
            {pace ? (
              <p className={`plan-attainment__pace-words pace--${pace.status}`}>
                {formatPace(pace, percentage.decimals, compact ? 'short' : 'full')}
              </p>
            ) : (
              compact &&
              percentage.basis !== 'unspecified' && (
                <p className="plan-attainment__pace-words">
                  <PlanStatusLabel percentage={percentage} period={period} />
                </p>
              )
            )}
          </li>
        );
      })}
    </ul>
  );
}
