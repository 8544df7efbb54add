import { CartesianGrid, LabelList, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import {
  formatBasisAfterRate,
  formatIndicatorName,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriodInSentence,
} from '../../../lib/format';
import { t } from '../../../lib/messages';
import { categoryColor } from '../../../lib/status';
import { elapsedShare, paceOf } from '../../../lib/pace';
import type { ProgressSeries } from '../../../lib/chart-data';
import { axisTick, chartColors, percentTick, percentTicks, PointFigure } from '../../../components/charts/chart-style';
import type { SourceEntry } from '../../../lib/source-entries';
import {
  ChartFrame,
  ChartLegend,
  numberColumn,
  textColumn,
  type ChartTableData,
} from '../../../components/charts/ChartFrame';

type Props = { series: ProgressSeries; sources: SourceEntry[] };

// No tick at 0: it would sit on the percentage axis's "0%".
const monthTicks = [3, 6, 9, 12];

/** The finding: how the latest report of the latest year stands against the time elapsed. */
function progressFinding(series: ProgressSeries): string {
  const name = formatIndicatorName(series.indicator, 'shortName');
  const last = series.years.at(-1)?.points.at(-1);
  if (!last) return t('progress.fallback', { name });
  const share = formatPercent(last.value, last.decimals);
  const pace = paceOf({ value: last.value, decimals: last.decimals, basis: series.basis }, last.period);
  const standing = pace ? t(`progress.${pace.status}`) : t(last.value >= 100 ? 'progress.reached' : 'progress.short');
  return t('progress.finding', { name, period: formatPeriodInSentence(last.period), share, standing });
}

/** Share of the annual plan at each report of a year, one line per year, against the time elapsed. */
export function ProgressChart({ series, sources }: Props) {
  const points = series.years.flatMap(({ points: yearPoints }) => yearPoints);
  const ticks = percentTicks(Math.max(100, ...points.map((point) => point.value)));
  const table: ChartTableData = {
    caption: formatIndicatorName(series.indicator),
    columns: [
      textColumn(t('chart.col.period')),
      numberColumn(t('progress.col.share'), '%'),
      numberColumn(t('progress.col.elapsed'), '%'),
    ],
    rows: points.map((point) => ({
      key: formatPeriod(point.period),
      cells: [
        formatPeriod(point.period),
        `${formatNumber(point.value, point.decimals)}${point.estimate ? ` (${t('tile.estimate')})` : ''}`,
        formatNumber(elapsedShare(point.period), 0),
      ],
    })),
  };
  return (
    <ChartFrame
      title={progressFinding(series)}
      subtitle={t('progress.subtitle', { basis: formatBasisAfterRate(series.basis) })}
      sources={sources}
      table={table}
      notes={[t('progress.caveat')]}
      height={300}
      legend={
        <ChartLegend
          items={[
            ...series.years.map(({ year }, index) => ({
              label: String(year),
              color: categoryColor(index),
            })),
            { label: t('progress.paceLine'), className: 'chart__swatch--pace' },
          ]}
        />
      }
    >
      <ScatterChart margin={{ top: 24, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={chartColors.grid} />
        <XAxis
          type="number"
          dataKey="month"
          domain={[0, 12]}
          ticks={monthTicks}
          tickFormatter={(month: number) => t('progress.monthTick', { month })}
          tick={axisTick}
        />
        <YAxis
          type="number"
          dataKey="value"
          domain={[0, ticks.at(-1)!]}
          ticks={ticks}
          tickFormatter={percentTick}
          tick={axisTick}
        />
        <ReferenceLine y={100} stroke={chartColors.reference} strokeWidth={2} />
        <ReferenceLine
          segment={[
            { x: 0, y: 0 },
            { x: 12, y: 100 },
          ]}
          stroke={chartColors.axis}
          strokeDasharray="6 4"
          strokeWidth={2}
        />
        {series.years.map(({ year, points: yearPoints }, index) => (
          <Scatter
            key={year}
            name={String(year)}
            data={yearPoints.map((point) => ({
              month: point.period.lastMonth,
              value: point.value,
              label: formatPercent(point.value, point.decimals),
            }))}
            fill={categoryColor(index)}
            line={{ stroke: categoryColor(index), strokeWidth: 2 }}
            isAnimationActive={false}
          >
            <LabelList dataKey="label" content={<PointFigure />} />
          </Scatter>
        ))}
      </ScatterChart>
    </ChartFrame>
  );
}
