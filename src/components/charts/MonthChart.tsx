import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, YAxis } from 'recharts';
import {
  formatAmount,
  formatApproximate,
  formatApproximateNumber,
  formatIndicatorName,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriodInSentence,
  formatUnitName,
} from '../../lib/format';
import type { MonthAgainstAverage } from '../../lib/chart-data';
import { axisTick, BarValueLabel, CategoryAxis, chartColors, percentTick, percentTicks } from './chart-style';
import type { SourceEntry } from '../../lib/source-entries';
import { ChartFrame, numberColumn, textColumn, type ChartTableData } from './ChartFrame';
import { t } from '../../lib/messages';
import { lengthInMonths } from '../../lib/periods';

type Props = { rows: MonthAgainstAverage[]; sources: SourceEntry[] };

/** The finding: which indicators' month stands apart (±5%) from the span's average month. */
export function monthFinding(rows: MonthAgainstAverage[]): string {
  const first = rows[0];
  if (!first) return t('monthChart.none');
  const apart = rows.filter((row) => Math.abs(row.ratio - 100) > 5);
  const month = formatPeriod(first.month);
  if (apart.length === 0) return t('monthChart.even', { month, span: formatPeriodInSentence(first.span) });
  const names = apart
    .map((row) => `${formatIndicatorName(row.indicator, 'shortName').toLowerCase()} (≈ ${formatPercent(row.ratio, 1)})`)
    .join(', ');
  return t('monthChart.except', { month, names });
}

/** A single month against the average month of its span: the average is derived (span ÷ months). */
export function MonthChart({ rows, sources }: Props) {
  const first = rows[0];
  if (!first) return null;
  const data = rows.map((row) => ({
    name: formatIndicatorName(row.indicator, 'shortName'),
    value: row.ratio,
    label: `≈ ${formatPercent(row.ratio, 1)}`,
  }));
  const ticks = percentTicks(Math.max(...rows.map((row) => row.ratio)));
  // The unit goes in the headers where every row shares it; otherwise each amount keeps its own.
  const units = new Set(rows.map((row) => row.indicator.unit));
  const unit = units.size === 1 ? first.indicator.unit : undefined;
  const headerUnit = unit && formatUnitName(unit);
  const amount = (value: number, decimals: number, row: MonthAgainstAverage) =>
    unit ? formatNumber(value, decimals) : formatAmount(value, decimals, row.indicator.unit);
  const table: ChartTableData = {
    columns: [
      textColumn(t('chart.col.indicator')),
      numberColumn(t('monthChart.col.month', { period: formatPeriod(first.month) }), headerUnit),
      numberColumn(t('monthChart.col.month', { period: formatPeriod(first.span) }), headerUnit),
      numberColumn(t('monthChart.col.average'), headerUnit),
      numberColumn(t('monthChart.col.ratio'), '%'),
    ],
    rows: rows.map((row) => ({
      key: row.indicator.id,
      cells: [
        formatIndicatorName(row.indicator),
        amount(row.monthValue, row.monthDecimals, row),
        amount(row.spanValue, row.spanDecimals, row),
        unit
          ? formatApproximateNumber(row.averageMonth, unit)
          : formatApproximate(row.averageMonth, row.indicator.unit),
        `≈ ${formatNumber(row.ratio, 1)}`,
      ],
    })),
  };
  return (
    <ChartFrame
      title={monthFinding(rows)}
      subtitle={t('monthChart.subtitle', {
        month: formatPeriod(first.month),
        span: formatPeriodInSentence(first.span),
        months: lengthInMonths(first.span),
      })}
      sources={sources}
      table={table}
      height={260}
    >
      <BarChart data={data} margin={{ top: 24, right: 8, bottom: 4, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={chartColors.grid} />
        <CategoryAxis names={data.map((row) => row.name)} />
        <YAxis tickFormatter={percentTick} tick={axisTick} width={52} ticks={ticks} domain={[0, ticks.at(-1)!]} />
        <ReferenceLine y={100} stroke={chartColors.reference} strokeWidth={2} />
        <Tooltip
          formatter={(_value, _name, item) => [(item.payload as (typeof data)[number]).label, t('monthChart.tooltip')]}
        />
        <Bar dataKey="value" fill={chartColors.reported} isAnimationActive={false}>
          <LabelList dataKey="label" position="top" content={<BarValueLabel />} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
