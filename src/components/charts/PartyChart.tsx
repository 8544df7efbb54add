import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis } from 'recharts';
import {
  formatApproximateNumber,
  formatBasis,
  formatIndicatorName,
  formatNumber,
  formatPercentage,
  formatPeriod,
} from '../../lib/format';
import { samePeriod } from '../../lib/periods';
import type { Period } from '../../lib/report-schema';
import type { PartyBar } from '../../lib/chart-data';
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
  textColumn,
  type ChartTableData,
} from './ChartFrame';
import { t } from '../../lib/messages';
import { statusColor, statusOf } from '../../lib/status';

type Props = { bars: PartyBar[]; periods: Period[]; chosen: Period; sources: SourceEntry[] };

const targetText = (bar: PartyBar) =>
  bar.targetDerived
    ? t('partyChart.derivedTarget', { value: formatApproximateNumber(bar.target, 'count') })
    : formatNumber(bar.target, 0);

export function partyFinding(bars: PartyBar[], chosen: Period): string {
  const current = bars.filter((bar) => samePeriod(bar.period, chosen));
  const below = current.filter((bar) => bar.value < 100);
  const period = formatPeriod(chosen);
  if (current.length === 0) return t('partyChart.none', { period });
  return below.length === 0
    ? t('partyChart.allMet', { period })
    : t('partyChart.some', { period, reached: current.length - below.length, count: current.length });
}

/** Party cells established and members admitted, as a share of their targets, per period. */
export function PartyChart({ bars, periods, chosen, sources }: Props) {
  const data = bars.map((bar) => ({
    name: `${formatPeriod(bar.period)} · ${formatIndicatorName(bar.indicator, 'shortName')} · ${formatBasis(bar.basis)}`,
    value: bar.value,
    figure: `${formatNumber(bar.achieved, 0)} · ${formatPercentage(bar)}`,
    label: statusLabel(`${formatNumber(bar.achieved, 0)} · ${formatPercentage(bar)}`, statusOf(bar, bar.period)),
    status: statusOf(bar, bar.period),
    chosen: samePeriod(bar.period, chosen),
  }));
  const ticks = percentTicks(Math.max(...bars.map((bar) => bar.value)));
  const table: ChartTableData = {
    columns: [
      textColumn(t('chart.col.period')),
      textColumn(t('chart.col.indicator')),
      numberColumn(t('partyChart.col.achieved')),
      numberColumn(t('partyChart.col.target')),
      numberColumn(t('partyChart.col.rate'), '%'),
      textColumn(t('attainment.col.basis')),
    ],
    rows: bars.map((bar) => ({
      key: `${formatPeriod(bar.period)}-${bar.indicator.id}-${bar.basis}`,
      cells: [
        formatPeriod(bar.period),
        formatIndicatorName(bar.indicator),
        formatNumber(bar.achieved, 0),
        targetText(bar),
        formatNumber(bar.value, bar.decimals),
        formatBasis(bar.basis),
      ],
    })),
  };
  return (
    <ChartFrame
      title={partyFinding(bars, chosen)}
      subtitle={t('partyChart.subtitle')}
      sources={sources}
      table={table}
      {...barRowsHeights(data.length, 100)}
      legend={
        <ChartLegend
          items={[
            ...statusLegendItems(bars.map((bar) => ({ share: bar, period: bar.period }))),
            ...(periods.length > 1 ? [{ label: t('level.legend.chosen'), className: 'chart__swatch--chosen' }] : []),
          ]}
        />
      }
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 120, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={chartColors.grid} />
        <XAxis type="number" ticks={ticks} domain={[0, ticks.at(-1)!]} tickFormatter={percentTick} tick={axisTick} />
        <NameAxis width={420} />
        <Tooltip
          formatter={(_value, _name, item) => [(item.payload as (typeof data)[number]).figure, t('partyChart.tooltip')]}
        />
        <Bar dataKey="value" isAnimationActive={false} barSize={20}>
          {data.map((row) => (
            <Cell
              key={row.name}
              fill={statusColor(row.status)}
              stroke={row.chosen && periods.length > 1 ? chartColors.highlight : 'none'}
              strokeWidth={3}
              data-status={row.status}
            />
          ))}
          <LabelList dataKey="label" position="right" content={<BesideBarFigure />} />
        </Bar>
        {/* After the bars, so that the line crosses them: a bar past 100% shows how far past it runs. */}
        <ReferenceLine x={100} stroke={chartColors.reference} strokeWidth={2} />
      </BarChart>
    </ChartFrame>
  );
}
