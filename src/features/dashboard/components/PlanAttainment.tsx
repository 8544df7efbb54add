import { planStatus, planStatusWords, type PlanStatus } from '../../../lib/attainment';
import { formatPercentage, formatBasisAfterRate } from '../../../lib/format';
import type { Percentage, Period } from '../../../lib/report-schema';
import { t } from '../../../lib/messages';
import { Icon, type IconName } from '../../../components/Icon';

const statusIcons: Record<PlanStatus, IconName> = {
  exceeded: 'up',
  met: 'check',
  inProgress: 'partial',
  notMet: 'down',
};

export function PlanStatusLabel({ percentage, period }: { percentage: Percentage; period: Period }) {
  const status = planStatus(percentage, period);
  return (
    <span className={`plan-status plan-status--${status}`}>
      <Icon name={statusIcons[status]} /> {planStatusWords(status)}
    </span>
  );
}

/** Share of a plan reached, with the plan's basis named; one row per basis, never merged. */
export function PlanAttainment({ percentages }: { percentages: Percentage[] }) {
  if (percentages.length === 0) return null;
  return (
    <ul className="plan-attainment" aria-label={t('tile.againstPlan')}>
      {percentages.map((percentage) => (
        <li key={percentage.basis}>
          <div className="plan-attainment__label">
            <span className="plan-attainment__value">{formatPercentage(percentage)}</span>{' '}
            <span>{formatBasisAfterRate(percentage.basis)}</span>
          </div>
          <div className="plan-attainment__bar" aria-hidden="true">
            <div style={{ width: `${Math.min(percentage.value, 100)}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
