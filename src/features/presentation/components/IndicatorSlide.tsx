import type { ReactNode } from 'react';
import { formatIndicatorName } from '../../../lib/format';
import type { IndicatorTileModel } from '../../../lib/indicator-tiles';
import { FigureFacts, PartialFacts } from './Figures';

/** `chart`: the indicator's level over the periods, where one can be drawn. */
type Props = { tiles: IndicatorTileModel[]; chart: ReactNode };

function Facts({ tile, named }: { tile: IndicatorTileModel; named: boolean }) {
  return (
    <div className="present-indicator__facts">
      {named && <h2 className="present-indicator__name">{formatIndicatorName(tile.indicator)}</h2>}
      {tile.main && <FigureFacts figure={tile.main} />}
      {tile.partial.map((figure) => (
        <PartialFacts key={figure.id} figure={figure} />
      ))}
    </div>
  );
}

/**
 * One indicator: its figures for the period beside its level over every period
 * known; or, where no level can be drawn, the figures of a few indicators side by side.
 */
export function IndicatorSlide({ tiles, chart }: Props) {
  const [first] = tiles;
  if (chart && first) {
    return (
      <div className="present-indicator">
        <Facts tile={first} named={false} />
        <div className="present-indicator__chart">{chart}</div>
      </div>
    );
  }
  return (
    <div className={`present-indicators present-indicators--${tiles.length}`}>
      {tiles.map((tile) => (
        <Facts key={tile.indicator.id} tile={tile} named={tiles.length > 1} />
      ))}
    </div>
  );
}
