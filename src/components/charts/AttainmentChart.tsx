import { isWholeYear, isYearToDate } from '../../lib/periods';
import { elapsedShare } from '../../lib/pace';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis } from 'recharts';
import {
  formatBasis,
  formatIndicatorName,
  formatNumber,
  formatPercent,
  formatPercentage,
  formatPeriod,
} from '../../lib/format';
import type { Period, Report } from '../../lib/report-schema';
import type { AttainmentBar } from '../../lib/chart-data';
import { statusColor, statusOf } from '../../lib/status';
import {
  axisTick,
  BesideBarFigure,
  chartColors,
  NameAxis,
  percentTick,
  percentTicks,
  statusLabel,
} from './chart-style';
import type { SourceEntry } from '../../lib/source-entries';
import {
  barRowsHeights,
  ChartFrame,
  ChartLegend,
  numberColumn,
  statusLegendItems,
  statusWords,
  textColumn,
  type ChartTableData,
  type LegendItem,
} from './ChartFrame';
import { t } from '../../lib/messages';

type Props = { bars: AttainmentBar[]; report: Report; sources: SourceEntry[] };

/**
 * The finding, counting every bar drawn: the shares of a named plan (how many reached it), then those
 * of no named basis ("bằng 184%"), which cannot count as reaching a plan.
 */
export function attainmentFinding(bars: AttainmentBar[], report: Report): string {
  const period = formatPeriod(report.period);
  if (bars.length === 0) return t('attainment.none', { period });
  const named = bars.filter((bar) => bar.basis !== 'unspecified');
  const unnamed = bars.length - named.length;
  if (named.length === 0) return t('attainment.unnamedOnly', { period, count: unnamed });
  const low = named.reduce((a, b) => (b.value < a.value ? b : a));
  const high = named.reduce((a, b) => (b.value > a.value ? b : a));
  const range = `${formatPercentage(low)}–${formatPercentage(high)}`;
  const reached = named.filter((bar) => bar.value >= 100).length;
  const finding = isWholeYear(report.period)
    ? t('attainment.full', { period, reached, count: named.length, range })
    : t('attainment.partial', { period, range });
  return unnamed === 0 ? finding : `${finding}${t('attainment.unnamed', { count: unnamed })}`;
}

/** The legend: each status drawn, then the 100% line and, part-way through the year, the pace mark. */
function attainmentLegend(bars: AttainmentBar[], period: Period, paceMark: number | undefined): LegendItem[] {
  return [
    ...statusLegendItems(bars.map((bar) => ({ share: bar, period }))),
    ...(paceMark === undefined ? [] : [{ label: t('progress.paceLine'), className: 'chart__swatch--pace' }]),
  ];
}

/**
 * Plan attainment per indicator for the chosen period: each bar in its status's colour, running past
 * the 100% line as far as the figure goes, with the time elapsed marked part-way through the year.
 */
export function AttainmentChart({ bars, report, sources }: Props) {
  const data = bars.map((bar) => {
    const status = statusOf(bar, report.period);
    return {
      name: `${formatIndicatorName(bar.indicator, 'shortName')} · ${formatBasis(bar.basis)}`,
      value: bar.value,
      figure: formatPercentage(bar),
      label: statusLabel(formatPercentage(bar), status),
      status,
    };
  });
  const ticks = percentTicks(Math.max(...bars.map((bar) => bar.value)));
  // Part-way through the year, the time elapsed (75% at 9 months) is the mark to read the bars against.
  const paceMark = isYearToDate(report.period) && !isWholeYear(report.period) ? elapsedShare(report.period) : undefined;
  const table: ChartTableData = {
    columns: [
      textColumn(t('chart.col.indicator')),
      textColumn(t('attainment.col.basis')),
      numberColumn(t('attainment.col.rate'), '%'),
      textColumn(t('attainment.col.status')),
    ],
    rows: bars.map((bar) => ({
      key: `${bar.indicator.id}-${bar.basis}`,
      cells: [
        formatIndicatorName(bar.indicator),
        formatBasis(bar.basis),
        formatNumber(bar.value, bar.decimals),
        statusWords(bar, report.period),
      ],
    })),
  };
  return (
    <ChartFrame
      title={attainmentFinding(bars, report)}
      subtitle={t(isWholeYear(report.period) ? 'attainment.subtitle' : 'attainment.subtitlePartial', {
        period: formatPeriod(report.period),
        elapsed: formatPercent(elapsedShare(report.period), 0),
      })}
      sources={sources}
      table={table}
      {...barRowsHeights(data.length)}
      legend={<ChartLegend items={attainmentLegend(bars, report.period, paceMark)} />}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 80, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={chartColors.grid} />
        <XAxis type="number" ticks={ticks} domain={[0, ticks.at(-1)!]} tickFormatter={percentTick} tick={axisTick} />
        <NameAxis width={340} />
        <Tooltip
          formatter={(_value, _name, item) => [
            (item.payload as (typeof data)[number]).figure,
            t('attainment.col.rate'),
          ]}
        />
        <Bar dataKey="value" isAnimationActive={false} barSize={20}>
          {data.map((row) => (
            <Cell key={row.name} fill={statusColor(row.status)} data-status={row.status} />
          ))}
          <LabelList dataKey="label" position="right" content={<BesideBarFigure />} />
        </Bar>
        {/* After the bars, so that the lines cross them: a bar past 100% shows how far past it runs. */}
        <ReferenceLine x={100} stroke={chartColors.reference} strokeWidth={2} className="chart__full-line" />
        {paceMark !== undefined && (
          <ReferenceLine x={paceMark} stroke={chartColors.axis} strokeDasharray="6 4" strokeWidth={2} />
        )}
      </BarChart>
    </ChartFrame>
  );
}
