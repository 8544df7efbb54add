import { samePeriodChange, planPercentages } from '../../../lib/attainment';
import {
  formatFigureValue,
  formatNumber,
  formatPeriod,
  formatPeriodInSentence,
  formatUnit,
  formatRateWithBasis,
} from '../../../lib/format';
import { t } from '../../../lib/messages';
import type { Figure } from '../../../lib/report-schema';
import { EstimateMark } from '../../../components/EstimateMark';
import { PlanAttainment } from '../../../components/PlanAttainment';
import { YearOverYearBadge } from '../../../components/YearOverYearBadge';
import { FigureNotes } from '../../../components/FigureNotes';

/**
 * A figure as the dashboard's tiles write it, set for the wall: the number large,
 * its unit beside it (unless a heading above names it), its period and estimate mark under it.
 */
export function HeadlineValue({ figure, withUnit = true }: { figure: Figure; withUnit?: boolean }) {
  if (figure.value === null) {
    return <p className="present-value present-value--missing">{t('tile.noAmount')}</p>;
  }
  const unit = figure.ratio || !withUnit ? '' : formatUnit(figure.unit);
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

/** The figure's period and estimate mark; the period left out where a heading above names it. */
export function FigurePeriod({ figure, withPeriod = true }: { figure: Figure; withPeriod?: boolean }) {
  if (!withPeriod && !figure.estimate) return null;
  return (
    <p className="present-period">
      {withPeriod && formatPeriod(figure.period)}
      {figure.estimate && <EstimateMark />}
    </p>
  );
}

/** Everything the dashboard's tile says of a figure: value, period, estimate, every plan with its status, growth. */
export function FigureFacts({ figure }: { figure: Figure }) {
  const change = samePeriodChange(figure.percentages);
  return (
    <div className="present-facts">
      <HeadlineValue figure={figure} />
      <FigurePeriod figure={figure} />
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
        <p key={percentage.basis}>{formatRateWithBasis(percentage)}</p>
      ))}
    </div>
  );
}
