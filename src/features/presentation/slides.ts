import { formatIndicatorName } from '../../lib/format';
import { economicIndicators, partyIndicators } from '../../lib/indicator-groups';
import { t } from '../../lib/messages';
import type { Indicator, Report } from '../../lib/report-schema';
import {
  attainmentBars,
  growthRows,
  levelSeries,
  monthAgainstAverage,
  partyBars,
  targetRows,
  type LevelSeries,
} from '../../lib/chart-data';
import { indicatorTiles, type IndicatorTileModel } from '../../lib/indicator-tiles';

/**
 * The deck for one period: the overview, then the targets met beside party building,
 * then one slide per chart. Each slide names the reports its figures come from.
 */

type SlideBase = { id: string; title: string; reports: Report[] };

/** A slide that draws a chart: its code loads apart from the rest of the slides' (SlideBody). */
export type ChartSlide = SlideBase &
  (
    | { kind: 'attainment' | 'growth' | 'month' | 'targetHistory' | 'partyHistory' }
    | { kind: 'indicator'; tiles: IndicatorTileModel[]; series: LevelSeries }
  );

/** `waiting`: a slide of a deck whose other reports are still loading (provisionalDeck). */
export type Slide =
  | ChartSlide
  | (SlideBase &
      (
        | { kind: 'overview' | 'targetsParty' | 'waiting' }
        | { kind: 'indicator'; tiles: IndicatorTileModel[]; series: undefined }
      ));

export const drawsChart = (slide: Slide): slide is ChartSlide =>
  slide.kind === 'indicator'
    ? slide.series !== undefined
    : !['overview', 'targetsParty', 'waiting'].includes(slide.kind);

export type Deck = { report: Report; reports: Report[]; indicators: Indicator[]; slides: Slide[] };

const groupTitle = (group: Indicator['group']) => t(`present.group.${group}`);

/** The second slide answers the two questions the overview leaves: which targets are met, and party building. */
function targetsAndParty(report: Report, indicators: Indicator[]): Slide | false {
  const targets = report.targetSets.length > 0;
  const party = indicatorTiles(report, partyIndicators(indicators)).length > 0;
  if (!targets && !party) return false;
  const title = t(
    targets && party ? 'present.slide.targetsParty' : targets ? 'present.slide.targets' : 'present.slide.party',
  );
  return { id: 'targets-party', kind: 'targetsParty', title, reports: [report] };
}

/**
 * One slide per indicator with a level over two periods or more (its figures and
 * that chart); the indicators with no such chart share one slide per group.
 */
function indicatorSlidesOf(report: Report, reports: Report[], indicators: Indicator[]): Slide[] {
  const slides: Slide[] = [];
  const grouped = new Map<Indicator['group'], IndicatorTileModel[]>();
  for (const tile of indicatorTiles(report, economicIndicators(indicators))) {
    const series = levelSeries(reports, tile.indicator, report.period);
    if (series.bars.length > 1) {
      slides.push({
        id: `indicator-${tile.indicator.id}`,
        kind: 'indicator',
        title: formatIndicatorName(tile.indicator),
        reports,
        tiles: [tile],
        series,
      });
      continue;
    }
    const group = grouped.get(tile.indicator.group);
    if (group) {
      group.push(tile);
      continue;
    }
    const tiles = [tile];
    grouped.set(tile.indicator.group, tiles);
    slides.push({
      id: `group-${tile.indicator.group}`,
      kind: 'indicator',
      title: '',
      reports: [report],
      tiles,
      series: undefined,
    });
  }
  return slides.map((slide) =>
    slide.kind === 'indicator' && !slide.series
      ? {
          ...slide,
          title:
            slide.tiles.length === 1
              ? formatIndicatorName(slide.tiles[0]!.indicator)
              : groupTitle(slide.tiles[0]!.indicator.group),
        }
      : slide,
  );
}

/** The first slide of every deck: the report's main figures, which need no other report. */
const overviewSlide = (report: Report): Slide => ({
  id: 'overview',
  kind: 'overview',
  title: t('present.slide.overview'),
  reports: [report],
});

export function buildDeck(report: Report, reports: Report[], indicators: Indicator[]): Deck {
  const economic = economicIndicators(indicators);
  const own = [report];
  const indicatorSlides = indicatorSlidesOf(report, reports, indicators);
  const candidates: (Slide | false)[] = [
    overviewSlide(report),
    targetsAndParty(report, indicators),
    attainmentBars(report, economic).length > 0 && {
      id: 'attainment',
      kind: 'attainment',
      title: t('present.slide.attainment'),
      reports: own,
    },
    growthRows(reports, economic).length > 0 && {
      id: 'growth',
      kind: 'growth',
      title: t('present.slide.growth'),
      reports,
    },
    ...indicatorSlides,
    monthAgainstAverage(report, economic).length > 0 && {
      id: 'month',
      kind: 'month',
      title: t('present.slide.month'),
      reports: own,
    },
    reports.length > 1 &&
      targetRows(reports).length > 0 && {
        id: 'target-history',
        kind: 'targetHistory',
        title: t('present.slide.targetTrend'),
        reports,
      },
    partyBars(reports, indicators).length > 0 && {
      id: 'party-history',
      kind: 'partyHistory',
      title: t('present.slide.partyTrend'),
      reports,
    },
  ];
  return { report, reports, indicators, slides: candidates.filter((slide) => slide !== false) };
}

/**
 * The deck while the reports beside `report` load, `length` slides long: its first slide, which
 * needs no other report, and then slides that wait for them. Only the full deck knows what the
 * others show.
 */
export function provisionalDeck(report: Report, indicators: Indicator[], length: number): Deck {
  const waiting = Array.from({ length: length - 1 }, (_, index): Slide => ({
    id: `waiting-${index + 2}`,
    kind: 'waiting',
    title: t('loading.label'),
    reports: [],
  }));
  return { report, reports: [report], indicators, slides: [overviewSlide(report), ...waiting] };
}

/** Where a slide of one deck stands in another: the same slide if the new deck has it, otherwise the same place. */
export function matchingSlide(from: Slide | undefined, position: number, slides: readonly Slide[]): number {
  const same = from ? slides.findIndex((slide) => slide.id === from.id) : -1;
  return same >= 0 ? same : Math.min(position, slides.length - 1);
}
