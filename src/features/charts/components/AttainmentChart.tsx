import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatBasis, formatPercentage, formatPeriod } from '../../../lib/format';
import type { Basis, Report } from '../../../lib/report-schema';
import type { AttainmentBar } from '../chart-data';
import { axisTick, chartColors, percentTick, percentTicks } from '../chart-style';
import type { SourceEntry } from '../../sources/source-entries';
import { ChartFrame, ChartLegend } from './ChartFrame';

type Props = { bars: AttainmentBar[]; report: Report; sources: SourceEntry[] };

/** The city's plan and the district's own target told apart by colour and by name on the axis. */
const basisFamily = (basis: Basis) =>
  basis === 'cityPlan' ? 1 : basis === 'districtTarget' ? 2 : basis === 'unspecified' ? 4 : 3;

const familyLegend = [
  { label: 'Kế hoạch thành phố giao', className: 'chart__swatch--series-1' },
  { label: 'Kế hoạch quận phấn đấu', className: 'chart__swatch--series-2' },
  { label: 'Kế hoạch năm, kế hoạch, chỉ tiêu', className: 'chart__swatch--series-3' },
  { label: 'Mốc so sánh không nêu rõ', className: 'chart__swatch--series-4' },
];

export function attainmentFinding(bars: AttainmentBar[], report: Report): string {
  const period = formatPeriod(report.period);
  // A share of an unnamed basis ("bằng 184%") cannot count as reaching a plan.
  const named = bars.filter((bar) => bar.basis !== 'unspecified');
  if (named.length === 0) return `${period}: báo cáo không nêu tỷ lệ đạt kế hoạch`;
  const low = named.reduce((a, b) => (b.value < a.value ? b : a));
  const high = named.reduce((a, b) => (b.value > a.value ? b : a));
  const range = `${formatPercentage(low)}–${formatPercentage(high)}`;
  if (report.period.kind !== 'year') return `${period}: đạt ${range} kế hoạch cả năm`;
  const reached = named.filter((bar) => bar.value >= 100).length;
  return `${period}: ${reached}/${named.length} tỷ lệ đạt từ 100% kế hoạch trở lên (${range})`;
}

/** Plan attainment per indicator for the chosen period, with the 100% line. */
export function AttainmentChart({ bars, report, sources }: Props) {
  const data = bars.map((bar) => ({
    name: `${bar.indicator.shortName} · ${formatBasis(bar.basis)}`,
    value: bar.value,
    label: formatPercentage(bar),
    family: basisFamily(bar.basis),
  }));
  const ticks = percentTicks(Math.max(...bars.map((bar) => bar.value)));
  const table = (
    <table>
      <thead>
        <tr>
          <th scope="col">Chỉ tiêu</th>
          <th scope="col">So với</th>
          <th scope="col">Tỷ lệ đạt</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={`${bar.indicator.id}-${bar.basis}`}>
            <th scope="row">{bar.indicator.name}</th>
            <td>{formatBasis(bar.basis)}</td>
            <td>{formatPercentage(bar)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      title={attainmentFinding(bars, report)}
      subtitle={`% kế hoạch · ${formatPeriod(report.period)}${report.period.kind === 'year' ? '' : ' so với kế hoạch cả năm'} · vạch đỏ: 100%`}
      sources={sources}
      table={table}
      height={Math.max(160, data.length * 34 + 40)}
      legend={<ChartLegend items={familyLegend.filter((_, index) => data.some((row) => row.family === index + 1))} />}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 56, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={chartColors.grid} />
        <XAxis type="number" ticks={ticks} domain={[0, ticks.at(-1)!]} tickFormatter={percentTick} tick={axisTick} />
        <YAxis type="category" dataKey="name" tick={axisTick} width={340} interval={0} />
        <ReferenceLine x={100} stroke={chartColors.reference} strokeWidth={2} />
        <Tooltip formatter={(_value, _name, item) => [(item.payload as (typeof data)[number]).label, 'Tỷ lệ đạt']} />
        <Bar dataKey="value" isAnimationActive={false} barSize={20}>
          {data.map((row) => (
            <Cell key={row.name} fill={`var(--chart-series-${row.family})`} />
          ))}
          <LabelList dataKey="label" position="right" fill="var(--text)" fontSize={13} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
