import { lazy, Suspense } from 'react';
import { CardBoundary } from '../../../components/CardBoundary';
import { PartyBuilding } from '../../../components/PartyBuilding';
import { TargetSummary } from '../../../components/TargetSummary';
import { preloadableCode } from '../../../lib/code-load';
import { indicatorTiles } from '../../../lib/indicator-tiles';
import { partyIndicators } from '../../../lib/indicator-groups';
import { drawsChart, type Deck, type Slide } from '../slides';
import { IndicatorSlide } from './IndicatorSlide';
import { OverviewSlide } from './OverviewSlide';

/**
 * The charts' code (most of it the charts' library) is not needed for the first slide, so it is not
 * evaluated before the prerendered slide is taken over. The deck loads it once it moves past its first
 * slide (Presentation.tsx), and a slide that draws a chart asks for it at once.
 */
const chartCode = preloadableCode(() => import('./SlideChart').then((module) => ({ default: module.SlideChart })));
const SlideChart = lazy(chartCode.load);
export const preloadSlideCharts = chartCode.preload;

/** Holds the chart's place, without `data-fitted`, until its code has loaded and it has been fitted. */
const chartPlace = <div className="present-chart" aria-busy="true" />;

/** What a slide shows: the dashboard's own panels and charts, with their own data builders. */
export function SlideBody({ slide, deck }: { slide: Slide; deck: Deck }) {
  const { report, indicators } = deck;
  const chart = drawsChart(slide) && (
    <CardBoundary name={slide.title}>
      <Suspense fallback={chartPlace}>
        <SlideChart slide={slide} deck={deck} />
      </Suspense>
    </CardBoundary>
  );
  switch (slide.kind) {
    case 'overview':
      return <OverviewSlide report={report} indicators={indicators} />;
    case 'targetsParty':
      return (
        <div className="present-summary">
          <TargetSummary report={report} />
          <PartyBuilding tiles={indicatorTiles(report, partyIndicators(indicators))} report={report} />
        </div>
      );
    case 'indicator':
      return <IndicatorSlide tiles={slide.tiles} chart={chart} />;
    case 'waiting':
      return chartPlace;
    default:
      return chart;
  }
}
