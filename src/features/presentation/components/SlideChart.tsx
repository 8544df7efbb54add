import { AttainmentChart } from '../../../components/charts/AttainmentChart';
import { GrowthChart } from '../../../components/charts/GrowthChart';
import { LevelChart } from '../../../components/charts/LevelChart';
import { MonthChart } from '../../../components/charts/MonthChart';
import { PartyChart } from '../../../components/charts/PartyChart';
import { TargetChart } from '../../../components/charts/TargetChart';
import { attainmentBars, growthRows, monthAgainstAverage, partyBars, targetRows } from '../../../lib/chart-data';
import { figureEntries, targetSetEntries } from '../../../lib/source-entries';
import { economicIndicators, partyIndicators } from '../../../lib/indicator-groups';
import type { ChartSlide, Deck } from '../slides';
import { FilledChart } from './FilledChart';

/** Row heights, in the chart's own pixels, below which horizontal bars and their labels crowd. */
const rowsHeight = (rows: number, perRow = 30) => rows * perRow + 44;

/**
 * The chart a slide shows: the dashboard's own chart, with its own data builder, filling the slide.
 * Its own module, loaded after the first slide is up: the charts' library is most of the slides' code.
 */
export function SlideChart({ slide, deck }: { slide: ChartSlide; deck: Deck }) {
  const { report, reports, indicators } = deck;
  const economic = economicIndicators(indicators);
  switch (slide.kind) {
    case 'attainment': {
      const bars = attainmentBars(report, economic);
      return (
        <FilledChart minWidth={720} minHeight={rowsHeight(bars.length)}>
          <AttainmentChart bars={bars} report={report} sources={figureEntries([report], economic)} />
        </FilledChart>
      );
    }
    case 'growth': {
      const rows = growthRows(reports, economic);
      return (
        <FilledChart minWidth={540} minHeight={rowsHeight(rows.length, 18 * reports.length + 8)}>
          <GrowthChart
            rows={rows}
            reports={reports}
            chosen={report.period}
            sources={figureEntries(reports, economic)}
          />
        </FilledChart>
      );
    }
    case 'indicator':
      return (
        <FilledChart minWidth={440} minHeight={170}>
          <LevelChart
            series={slide.series}
            chosen={report.period}
            sources={figureEntries(reports, [slide.tiles[0]!.indicator])}
          />
        </FilledChart>
      );
    case 'month':
      return (
        <FilledChart minWidth={480} minHeight={180}>
          <MonthChart rows={monthAgainstAverage(report, economic)} sources={figureEntries([report], economic, true)} />
        </FilledChart>
      );
    case 'targetHistory': {
      const rows = targetRows(reports);
      return (
        <FilledChart minWidth={700} minHeight={rowsHeight(rows.length, 32)}>
          <TargetChart rows={rows} chosen={report.period} sources={targetSetEntries(reports)} />
        </FilledChart>
      );
    }
    case 'partyHistory': {
      const bars = partyBars(reports, indicators);
      return (
        <FilledChart minWidth={800} minHeight={rowsHeight(bars.length)}>
          <PartyChart
            bars={bars}
            periods={reports.map((candidate) => candidate.period)}
            chosen={report.period}
            sources={figureEntries(reports, partyIndicators(indicators))}
          />
        </FilledChart>
      );
    }
  }
}
