import { planPercentages } from '../../../lib/attainment';
import {
  formatFigureValue,
  formatIndicatorName,
  formatPeriodInSentence,
  formatRateWithBasis,
} from '../../../lib/format';
import type { IndicatorTileModel } from '../../../lib/indicator-tiles';
import { t } from '../../../lib/messages';
import { EstimateMark } from '../../../components/EstimateMark';
import { PlanStatusLabel } from '../../../components/PlanAttainment';
import type { Report } from '../../../lib/report-schema';

/** An indicator in a line or two: its value, each named plan with its status; a link to its card. */
function Headline({ tile: { indicator, main }, party }: { tile: IndicatorTileModel; party: boolean }) {
  if (!main) return null;
  const plans = planPercentages(main.percentages).filter((percentage) => percentage.basis !== 'unspecified');
  const value = formatFigureValue(main);
  return (
    <li>
      <a href={`#${party ? 'party' : 'tile'}-${indicator.id}`} className="headlines__name">
        {formatIndicatorName(indicator, 'shortName')}
      </a>{' '}
      <span className={value === null ? 'headlines__value headlines__value--missing' : 'headlines__value'}>
        {value ?? t('tile.noAmount')}
        {main.estimate && (
          <>
            {' '}
            <EstimateMark />
          </>
        )}
      </span>
      {plans.map((plan) => (
        <span key={plan.basis} className="headlines__status">
          <PlanStatusLabel percentage={plan} period={main.period} target={party} /> · {formatRateWithBasis(plan)}
        </span>
      ))}
    </li>
  );
}

/**
 * A phone's first screen: every indicator in a line, in the page's order of need, with its status;
 * wider screens show the cards themselves at once, and no list (styles.css).
 */
export function Headlines({
  report,
  economic,
  party,
}: {
  report: Report;
  economic: IndicatorTileModel[];
  party: IndicatorTileModel[];
}) {
  return (
    <section className="headlines" aria-labelledby="headlines-title">
      <h2 id="headlines-title">{t('headlines.title', { period: formatPeriodInSentence(report.period) })}</h2>
      <ul>
        {economic.map((tile) => (
          <Headline key={tile.indicator.id} tile={tile} party={false} />
        ))}
        {party.map((tile) => (
          <Headline key={tile.indicator.id} tile={tile} party />
        ))}
      </ul>
    </section>
  );
}
