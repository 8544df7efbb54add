import { formatIndicatorName } from '../../../lib/format';
import type { Report } from '../../../lib/report-schema';
import { LevelChart } from '../../../components/charts/LevelChart';
import type { LevelSeries } from '../../../lib/chart-data';
import type { IndicatorTileModel } from '../../../lib/indicator-tiles';
import { figureEntries } from '../../../lib/source-entries';
import { FigureFacts, PartialFacts } from './Figures';
import { FilledChart } from './FilledChart';

type Props = { tiles: IndicatorTileModel[]; series?: LevelSeries; report: Report; reports: Report[] };

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
export function IndicatorSlide({ tiles, series, report, reports }: Props) {
  const [first] = tiles;
  if (series && first) {
    return (
      <div className="present-indicator">
        <Facts tile={first} named={false} />
        <div className="present-indicator__chart">
          <FilledChart minWidth={440} minHeight={170}>
            <LevelChart series={series} chosen={report.period} sources={figureEntries(reports, [first.indicator])} />
          </FilledChart>
        </div>
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
