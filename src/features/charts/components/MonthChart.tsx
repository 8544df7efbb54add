import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatAmount, formatApproximate, formatPercent, formatPeriod } from '../../../lib/format';
import type { MonthAgainstAverage } from '../chart-data';
import { axisTick, chartColors, percentTick, percentTicks } from '../chart-style';
import type { SourceEntry } from '../../sources/source-entries';
import { ChartFrame } from './ChartFrame';

type Props = { rows: MonthAgainstAverage[]; sources: SourceEntry[] };

/** The finding: which indicators' month stands apart (±5%) from the span's average month. */
export function monthFinding(rows: MonthAgainstAverage[]): string {
  const first = rows[0];
  if (!first) return 'Không có số liệu riêng tháng';
  const apart = rows.filter((row) => Math.abs(row.ratio - 100) > 5);
  const month = formatPeriod(first.month);
  if (apart.length === 0) return `${month} ngang mức bình quân tháng của ${formatPeriod(first.span).toLowerCase()}`;
  const names = apart
    .map((row) => `${row.indicator.shortName.toLowerCase()} (≈ ${formatPercent(row.ratio, 1)})`)
    .join(', ');
  return `${month} ngang mức bình quân tháng, trừ ${names}`;
}

/** A single month against the average month of its span: the average is derived (span ÷ months). */
export function MonthChart({ rows, sources }: Props) {
  const first = rows[0];
  if (!first) return null;
  const data = rows.map((row) => ({
    name: row.indicator.shortName,
    value: row.ratio,
    label: `≈ ${formatPercent(row.ratio, 1)}`,
  }));
  const ticks = percentTicks(Math.max(...rows.map((row) => row.ratio)));
  const table = (
    <table>
      <thead>
        <tr>
          <th scope="col">Chỉ tiêu</th>
          <th scope="col">{formatPeriod(first.month)} (báo cáo nêu)</th>
          <th scope="col">{formatPeriod(first.span)} (báo cáo nêu)</th>
          <th scope="col">Bình quân một tháng (suy ra)</th>
          <th scope="col">Tháng so với bình quân (suy ra)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.indicator.id}>
            <th scope="row">{row.indicator.name}</th>
            <td>{formatAmount(row.monthValue, row.monthDecimals, row.indicator.unit)}</td>
            <td>{formatAmount(row.spanValue, row.spanDecimals, row.indicator.unit)}</td>
            <td>{formatApproximate(row.averageMonth, row.indicator.unit)}</td>
            <td>≈ {formatPercent(row.ratio, 1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      title={monthFinding(rows)}
      subtitle={`${formatPeriod(first.month)} so với bình quân một tháng của ${formatPeriod(first.span).toLowerCase()} (= số ${formatPeriod(first.span).toLowerCase()} ÷ 9, số suy ra) · %`}
      sources={sources}
      table={table}
      height={260}
    >
      <BarChart data={data} margin={{ top: 24, right: 8, bottom: 4, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={chartColors.grid} />
        <XAxis dataKey="name" tick={axisTick} interval={0} />
        <YAxis tickFormatter={percentTick} tick={axisTick} width={52} ticks={ticks} domain={[0, ticks.at(-1)!]} />
        <ReferenceLine y={100} stroke={chartColors.reference} strokeWidth={2} />
        <Tooltip
          formatter={(_value, _name, item) => [(item.payload as (typeof data)[number]).label, 'So với bình quân tháng']}
        />
        <Bar dataKey="value" fill={chartColors.reported} isAnimationActive={false}>
          <LabelList dataKey="label" position="top" fill="var(--text)" fontSize={13} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
