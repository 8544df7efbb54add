import { samePeriodChange, planPercentages } from '../../../lib/attainment';
import {
  formatBasis,
  formatFigureValue,
  formatNumber,
  formatPercentage,
  formatPeriod,
  formatPeriodInSentence,
  formatUnit,
} from '../../../lib/format';
import { t } from '../../../lib/messages';
import type { Figure } from '../../../lib/report-schema';
import { EstimateMark } from '../../../components/EstimateMark';
import { PlanAttainment, PlanStatusLabel } from '../../../components/PlanAttainment';
import { YearOverYearBadge } from '../../../components/YearOverYearBadge';
import { FigureNotes } from '../../../components/FigureNotes';

/**
 * A figure as the dashboard's tiles write it, set for the wall: the number large,
 * its unit beside it, its period and estimate mark under it.
 */
export function HeadlineValue({ figure }: { figure: Figure }) {
  if (figure.value === null) {
    return <p className="present-value present-value--missing">{t('tile.noAmount')}</p>;
  }
  const unit = figure.ratio ? '' : formatUnit(figure.unit);
  return (
    <p className="present-value">
      <span className="present-figure">
        {figure.ratio ? formatFigureValue(figure) : formatNumber(figure.value, figure.decimals)}
      </span>
      {unit && (
        <>
          {' '}
          <span className="present-value__unit">{unit}</span>
        </>
      )}
    </p>
  );
}

export function FigurePeriod({ figure }: { figure: Figure }) {
  return (
    <p className="present-period">
      {formatPeriod(figure.period)}
      {figure.estimate && <EstimateMark />}
    </p>
  );
}

/** Against the first plan the report names, in icon and words; no status where the report names no basis. */
export function FigureStatus({ figure }: { figure: Figure }) {
  const plan = planPercentages(figure.percentages)[0];
  if (!plan || plan.basis === 'unspecified') return null;
  return (
    <p className="present-status">
      <PlanStatusLabel percentage={plan} period={figure.period} />
    </p>
  );
}

/** Everything the dashboard's tile says of a figure: value, period, estimate, status, every plan, growth. */
export function FigureFacts({ figure }: { figure: Figure }) {
  const change = samePeriodChange(figure.percentages);
  return (
    <div className="present-facts">
      <HeadlineValue figure={figure} />
      <FigurePeriod figure={figure} />
      <FigureStatus figure={figure} />
      <PlanAttainment percentages={planPercentages(figure.percentages)} period={figure.period} compact />
      {change && <YearOverYearBadge change={change} />}
      <FigureNotes figures={[figure]} />
    </div>
  );
}

/** A shorter period stated beside the main one (September alone): shown apart, never added to it. */
export function PartialFacts({ figure }: { figure: Figure }) {
  return (
    <div className="present-partial">
      <p className="present-partial__period">{t('tile.partial', { period: formatPeriodInSentence(figure.period) })}</p>
      <p className="present-period">
        <strong>{formatFigureValue(figure) ?? '—'}</strong>
        {figure.estimate && <EstimateMark />}
      </p>
      {figure.percentages.map((percentage) => (
        <p key={percentage.basis}>
          {formatPercentage(percentage)} {formatBasis(percentage.basis)}
        </p>
      ))}
    </div>
  );
}
