import { samePeriodChange, planPercentages } from '../../../lib/attainment';
import {
  formatFigureValue,
  formatNumber,
  formatPeriod,
  formatUnit,
  formatIndicatorName,
  formatPeriodInSentence,
  formatRateWithBasis,
} from '../../../lib/format';
import type { Figure, Report } from '../../../lib/report-schema';
import type { IndicatorTileModel } from '../../../lib/indicator-tiles';
import { EstimateMark } from '../../../components/EstimateMark';
import { PlanAttainment, PlanStatusLabel } from '../../../components/PlanAttainment';
import { FigureNotes } from '../../../components/FigureNotes';
import { SourcePanel } from '../../../components/SourcePanel';
import { figureEntry } from '../../../lib/source-entries';
import { YearOverYearBadge } from '../../../components/YearOverYearBadge';
import { t } from '../../../lib/messages';

/** The number large, its unit smaller beside it, so a long amount wraps between the two and never inside. */
function FigureValue({ figure }: { figure: Figure }) {
  if (figure.value === null) {
    return <p className="tile__value tile__value--missing">{t('tile.noAmount')}</p>;
  }
  const unit = figure.ratio ? '' : formatUnit(figure.unit);
  const number = figure.ratio ? formatFigureValue(figure) : formatNumber(figure.value, figure.decimals);
  return (
    <p className="tile__value" elementtiming="headline-figure">
      <span className="tile__number">{number}</span>
      {/* The space stays outside the unit, so a long amount breaks between number and unit. */}
      {unit && (
        <>
          {' '}
          <span className="tile__unit">{unit}</span>
        </>
      )}
    </p>
  );
}

/** A shorter period (September alone) stated beside the main one: shown apart, never added to it. */
function PartialPeriod({ figure }: { figure: Figure }) {
  return (
    <div className="tile__partial">
      <p className="tile__partial-period">{t('tile.partial', { period: formatPeriodInSentence(figure.period) })}</p>
      <p>
        <strong>{formatFigureValue(figure) ?? '—'}</strong>
        {figure.estimate && <> · {t('tile.estimate')}</>}
        {figure.percentages.map((percentage) => (
          <span key={percentage.basis}> · {formatRateWithBasis(percentage)}</span>
        ))}
      </p>
    </div>
  );
}

type Props = {
  tile: IndicatorTileModel;
  report: Report;
  /** Every report known: another report's plan may explain a percentage this one leaves unnamed. */
  reports: readonly Report[];
};

export function IndicatorTile({ tile, report, reports }: Props) {
  const { main } = tile;
  const plans = main ? planPercentages(main.percentages) : [];
  const change = main && samePeriodChange(main.percentages);
  const titleId = `tile-${tile.indicator.id}`;
  const figures = [main, ...tile.partial].filter((figure) => figure !== undefined);
  return (
    <article className="tile" aria-labelledby={titleId}>
      <h3 id={titleId} className="tile__title">
        {formatIndicatorName(tile.indicator)}
      </h3>
      {main && (
        <>
          <FigureValue figure={main} />
          <p className="tile__period">
            {formatPeriod(main.period)}
            {main.estimate && <EstimateMark />}
          </p>
          {plans[0] && plans[0].basis !== 'unspecified' && (
            <PlanStatusLabel percentage={plans[0]} period={main.period} />
          )}
          <PlanAttainment percentages={plans} period={main.period} />
          {change && <YearOverYearBadge change={change} />}
        </>
      )}
      {tile.partial.map((figure) => (
        <PartialPeriod key={figure.id} figure={figure} />
      ))}
      <FigureNotes figures={figures} besidePanel />
      <SourcePanel
        subject={formatIndicatorName(tile.indicator)}
        entries={figures.map((figure) => figureEntry(figure, report, undefined, reports))}
      />
    </article>
  );
}
