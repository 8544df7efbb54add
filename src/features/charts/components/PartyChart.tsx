import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import {
  formatApproximateNumber,
  formatBasis,
  formatNumber,
  formatPercentage,
  formatPeriod,
} from '../../../lib/format';
import { samePeriod } from '../../../lib/periods';
import type { Period } from '../../../lib/report-schema';
import type { PartyBar } from '../chart-data';
import { axisTick, chartColors, percentTick, percentTicks } from '../chart-style';
import type { SourceEntry } from '../../sources/source-entries';
import { ChartFrame, ChartLegend } from './ChartFrame';

type Props = { bars: PartyBar[]; periods: Period[]; chosen: Period; sources: SourceEntry[] };

const targetText = (bar: PartyBar) =>
  bar.targetDerived ? `${formatApproximateNumber(bar.target, 'count')} (suy ra)` : formatNumber(bar.target, 0);

export function partyFinding(bars: PartyBar[], chosen: Period): string {
  const current = bars.filter((bar) => samePeriod(bar.period, chosen));
  const below = current.filter((bar) => bar.value < 100);
  if (current.length === 0) return `${formatPeriod(chosen)}: báo cáo không nêu số liệu xây dựng Đảng`;
  return below.length === 0
    ? `${formatPeriod(chosen)}: xây dựng Đảng đạt và vượt mọi chỉ tiêu được nêu`
    : `${formatPeriod(chosen)}: ${current.length - below.length}/${current.length} tỷ lệ đạt từ 100% chỉ tiêu trở lên`;
}

/** Party cells established and members admitted, as a share of their targets, per period. */
export function PartyChart({ bars, periods, chosen, sources }: Props) {
  const data = bars.map((bar) => ({
    name: `${formatPeriod(bar.period)} · ${bar.indicator.shortName} · ${formatBasis(bar.basis)}`,
    value: bar.value,
    label: `${formatNumber(bar.achieved, 0)} · ${formatPercentage(bar)}`,
    series: periods.findIndex((period) => samePeriod(period, bar.period)) + 1,
    chosen: samePeriod(bar.period, chosen),
  }));
  const ticks = percentTicks(Math.max(...bars.map((bar) => bar.value)));
  const table = (
    <table>
      <thead>
        <tr>
          <th scope="col">Kỳ</th>
          <th scope="col">Chỉ tiêu</th>
          <th scope="col">Đạt được</th>
          <th scope="col">Chỉ tiêu giao</th>
          <th scope="col">Tỷ lệ (báo cáo nêu)</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={`${formatPeriod(bar.period)}-${bar.indicator.id}-${bar.basis}`}>
            <th scope="row">{formatPeriod(bar.period)}</th>
            <td>{bar.indicator.name}</td>
            <td>{formatNumber(bar.achieved, 0)}</td>
            <td>{targetText(bar)}</td>
            <td>
              {formatPercentage(bar)} {formatBasis(bar.basis)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      title={partyFinding(bars, chosen)}
      subtitle="% chỉ tiêu · số đạt được ghi trên cột · vạch đỏ: 100%"
      sources={sources}
      table={table}
      height={Math.max(160, data.length * 34 + 40)}
      legend={
        <ChartLegend
          items={periods.map((period, index) => ({
            label: `${formatPeriod(period)}${samePeriod(period, chosen) ? ' (kỳ đang xem)' : ''}`,
            className: `chart__swatch--series-${index + 1}`,
          }))}
        />
      }
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 96, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={chartColors.grid} />
        <XAxis type="number" ticks={ticks} domain={[0, ticks.at(-1)!]} tickFormatter={percentTick} tick={axisTick} />
        <YAxis type="category" dataKey="name" tick={axisTick} width={420} interval={0} />
        <ReferenceLine x={100} stroke={chartColors.reference} strokeWidth={2} />
        <Tooltip
          formatter={(_value, _name, item) => [(item.payload as (typeof data)[number]).label, 'Đạt được · tỷ lệ']}
        />
        <Bar dataKey="value" isAnimationActive={false} barSize={20}>
          {data.map((row) => (
            <Cell
              key={row.name}
              fill={`var(--chart-series-${row.series})`}
              stroke={row.chosen ? chartColors.highlight : 'none'}
              strokeWidth={2}
            />
          ))}
          <LabelList dataKey="label" position="right" fill="var(--text)" fontSize={13} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
