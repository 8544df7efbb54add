import { formatIndicatorName } from '../../../lib/format';
import { economicIndicators } from '../../../lib/indicator-groups';
import type { Indicator, Report } from '../../../lib/report-schema';
import { indicatorTiles } from '../../../lib/indicator-tiles';
import { FigurePeriod, FigureStatus, HeadlineValue } from './Figures';

/**
 * The headline figures of the chosen period, one card per indicator of the
 * budget, the economy and investment; each indicator's own slide gives the rest.
 */
export function OverviewSlide({ report, indicators }: { report: Report; indicators: Indicator[] }) {
  const tiles = indicatorTiles(report, economicIndicators(indicators));
  return (
    <ul className={`present-cards present-cards--${tiles.length}`}>
      {tiles.map(({ indicator, main, partial }) => {
        const figure = main ?? partial[0];
        return (
          figure && (
            <li key={indicator.id} className="present-card">
              <h2 className="present-card__name">{formatIndicatorName(indicator, 'shortName')}</h2>
              <HeadlineValue figure={figure} />
              <FigurePeriod figure={figure} />
              <FigureStatus figure={figure} />
            </li>
          )
        );
      })}
    </ul>
  );
}
