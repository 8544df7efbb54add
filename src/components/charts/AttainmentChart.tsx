import { isWholeYear, isYearToDate } from '../../lib/periods';
import { elapsedShare } from '../../lib/pace';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis } from 'recharts';
import { formatBasis, formatIndicatorName, formatPercent, formatPercentage, formatPeriod } from '../../lib/format';
import type { Basis, Report } from '../../lib/report-schema';
import type { AttainmentBar } from '../../lib/chart-data';
import { axisTick, BesideBarFigure, chartColors, NameAxis, percentTick, percentTicks } from './chart-style';
import type { SourceEntry } from '../../lib/source-entries';
import { barRowsHeights, ChartFrame, ChartLegend, type ChartTableData } from './ChartFrame';
import { t, type MessageKey } from '../../lib/messages';

type Props = { bars: AttainmentBar[]; report: Report; sources: SourceEntry[] };

/** The city's plan and the district's own target told apart by colour and by name on the axis. */
const basisFamily = (basis: Basis) =>
  basis === 'cityPlan' ? 1 : basis === 'districtTarget' ? 2 : basis === 'unspecified' ? 4 : 3;

const familyLegend: { label: MessageKey; className: string }[] = [
  { label: 'attainment.legend.city', className: 'chart__swatch--series-1' },
  { label: 'attainment.legend.district', className: 'chart__swatch--series-2' },
  { label: 'attainment.legend.other', className: 'chart__swatch--series-3' },
  { label: 'attainment.legend.unspecified', className: 'chart__swatch--series-4' },
];

export function attainmentFinding(bars: AttainmentBar[], report: Report): string {
  const period = formatPeriod(report.period);
  // A share of an unnamed basis ("bằng 184%") cannot count as reaching a plan.
  const named = bars.filter((bar) => bar.basis !== 'unspecified');
  if (named.length === 0) return t('attainment.none', { period });
  const low = named.reduce((a, b) => (b.value < a.value ? b : a));
  const high = named.reduce((a, b) => (b.value > a.value ? b : a));
  const range = `${formatPercentage(low)}–${formatPercentage(high)}`;
  if (!isWholeYear(report.period)) return t('attainment.partial', { period, range });
  const reached = named.filter((bar) => bar.value >= 100).length;
  return t('attainment.full', { period, reached, count: named.length, range });
}

/** Plan attainment per indicator for the chosen period, with the 100% line. */
export function AttainmentChart({ bars, report, sources }: Props) {
  const data = bars.map((bar) => ({
    name: `${formatIndicatorName(bar.indicator, 'shortName')} · ${formatBasis(bar.basis)}`,
    value: bar.value,
    label: formatPercentage(bar),
    family: basisFamily(bar.basis),
  }));
  const ticks = percentTicks(Math.max(...bars.map((bar) => bar.value)));
  // Part-way through the year, the time elapsed (75% at 9 months) is the mark to read the bars against.
  const paceMark = isYearToDate(report.period) && !isWholeYear(report.period) ? elapsedShare(report.period) : undefined;
  const table: ChartTableData = {
    columns: [t('chart.col.indicator'), t('attainment.col.basis'), t('attainment.col.rate')],
    rows: bars.map((bar) => ({
      key: `${bar.indicator.id}-${bar.basis}`,
      cells: [formatIndicatorName(bar.indicator), formatBasis(bar.basis), formatPercentage(bar)],
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
      legend={
        <ChartLegend
          items={familyLegend
            .filter((_, index) => data.some((row) => row.family === index + 1))
            .map((item) => ({ ...item, label: t(item.label) }))}
        />
      }
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 56, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={chartColors.grid} />
        <XAxis type="number" ticks={ticks} domain={[0, ticks.at(-1)!]} tickFormatter={percentTick} tick={axisTick} />
        <NameAxis width={340} />
        <ReferenceLine x={100} stroke={chartColors.reference} strokeWidth={2} />
        {paceMark !== undefined && (
          <ReferenceLine x={paceMark} stroke={chartColors.axis} strokeDasharray="6 4" strokeWidth={2} />
        )}
        <Tooltip
          formatter={(_value, _name, item) => [(item.payload as (typeof data)[number]).label, t('attainment.col.rate')]}
        />
        <Bar dataKey="value" isAnimationActive={false} barSize={20}>
          {data.map((row) => (
            <Cell key={row.name} fill={`var(--chart-series-${row.family})`} />
          ))}
          <LabelList dataKey="label" position="right" content={<BesideBarFigure />} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
