import { isFigureBehind } from './attainment';
import { samePeriod } from './periods';
import type { Figure, Indicator, Report } from './report-schema';

export type IndicatorTileModel = {
  indicator: Indicator;
  /** The figure for the report's own period (9 months, a year). */
  main: Figure | undefined;
  /** Figures for a shorter period (September alone), kept apart from the main one. */
  partial: Figure[];
};

/** One tile per indicator the report speaks of, in the catalogue's order. */
export function indicatorTiles(report: Report, indicators: readonly Indicator[]): IndicatorTileModel[] {
  return indicators
    .map((indicator) => {
      const figures = report.figures.filter((figure) => figure.indicator === indicator.id);
      return {
        indicator,
        main: figures.find((figure) => samePeriod(figure.period, report.period)),
        partial: figures.filter((figure) => !samePeriod(figure.period, report.period)),
      };
    })
    .filter((tile) => tile.main !== undefined || tile.partial.length > 0);
}

/**
 * The tiles in order of need: those with a plan share behind (a year's plan not met, or behind the
 * time elapsed) go first, so no screen shows a met target above the one that is behind. Each part
 * keeps the catalogue's order.
 */
export function tilesByNeed(tiles: readonly IndicatorTileModel[]): {
  behind: IndicatorTileModel[];
  others: IndicatorTileModel[];
} {
  const behind = tiles.filter((tile) =>
    [tile.main, ...tile.partial].some((figure) => figure && isFigureBehind(figure)),
  );
  return { behind, others: tiles.filter((tile) => !behind.includes(tile)) };
}
