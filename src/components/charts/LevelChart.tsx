import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import {
  formatApproximateNumber,
  formatChange,
  formatDerivation,
  formatIndicatorName,
  formatNumber,
  formatPeriod,
  formatPeriodInSentence,
  formatPeriodShort,
  formatUnitName,
} from '../../lib/format';
import { samePeriod } from '../../lib/periods';
import type { Period } from '../../lib/report-schema';
import type { LevelSeries } from '../../lib/chart-data';
import {
  axisTick,
  BarValueLabel,
  chartColors,
  DerivedPattern,
  integerTick,
  niceTicks,
  PeriodTick,
} from './chart-style';
import type { SourceEntry } from '../../lib/source-entries';
import { ChartFrame, ChartLegend, numberColumn, textColumn, type ChartTableData } from './ChartFrame';
import { t } from '../../lib/messages';

type Props = { series: LevelSeries; chosen: Period; sources: SourceEntry[] };

/** The finding: the chosen period's growth, where the report states one. */
function findingTitle(series: LevelSeries, chosen: Period): string {
  const name = formatIndicatorName(series.indicator, 'shortName');
  const growth = series.bars.find((bar) => bar.derivation && samePeriod(bar.derivation.from.period, chosen))?.derivation
    ?.from.percentage;
  if (!growth) return t('level.fallback', { name });
  return t('level.finding', { name, period: formatPeriodInSentence(chosen), change: formatChange(growth) });
}

/** One indicator over the periods known for it; derived bars hatched and marked "≈". */
export function LevelChart({ series, chosen, sources }: Props) {
  const patternId = useId().replace(/:/g, '');
  const unit = series.indicator.unit;
  const rows = series.bars.map((bar) => ({
    axis: `${formatPeriodShort(bar.period)}${bar.derivation ? `|${t('level.derivedMark')}` : ''}`,
    value: bar.value,
    label: bar.derivation ? formatApproximateNumber(bar.value, unit) : formatNumber(bar.value, bar.decimals),
    derived: bar.derivation !== undefined,
    chosen: samePeriod(bar.period, chosen),
  }));
  const ticks = niceTicks(Math.max(...series.bars.map((bar) => bar.value)));
  const table: ChartTableData = {
    caption: formatIndicatorName(series.indicator),
    columns: [
      textColumn(t('chart.col.period')),
      numberColumn(t('level.col.value', { unit: formatUnitName(unit) })),
      textColumn(t('level.col.kind')),
    ],
    rows: series.bars.map((bar) => ({
      key: formatPeriod(bar.period),
      cells: [
        formatPeriod(bar.period),
        bar.derivation ? formatApproximateNumber(bar.value, unit) : formatNumber(bar.value, bar.decimals),
        bar.derivation ? formatDerivation(bar.derivation) : t(bar.estimate ? 'level.statedEstimate' : 'level.stated'),
      ],
    })),
  };
  return (
    <ChartFrame
      title={findingTitle(series, chosen)}
      subtitle={t('level.subtitle', { name: formatIndicatorName(series.indicator), unit: formatUnitName(unit) })}
      sources={sources}
      notes={series.notes}
      table={table}
      height={240}
      legend={
        <ChartLegend
          items={[
            { label: t('level.legend.stated'), className: 'chart__swatch--reported' },
            { label: t('level.legend.derived'), className: 'chart__swatch--derived' },
            // No bar stands out where the shown period has none (its note says why).
            ...(rows.some((row) => row.chosen)
              ? [{ label: t('level.legend.chosen'), className: 'chart__swatch--chosen' }]
              : []),
          ]}
        />
      }
    >
      <BarChart data={rows} margin={{ top: 24, right: 8, bottom: 4, left: 8 }} accessibilityLayer={false}>
        <DerivedPattern id={patternId} />
        <CartesianGrid vertical={false} stroke={chartColors.grid} />
        <XAxis dataKey="axis" tick={<PeriodTick />} interval={0} height={58} />
        <YAxis tickFormatter={integerTick} tick={axisTick} width={64} ticks={ticks} domain={[0, ticks.at(-1)!]} />
        <Tooltip
          formatter={(_value, _name, item) => [(item.payload as (typeof rows)[number]).label, formatUnitName(unit)]}
        />
        <Bar dataKey="value" isAnimationActive={false}>
          {rows.map((row) => (
            <Cell
              key={row.axis}
              fill={row.derived ? `url(#${patternId})` : chartColors.reported}
              stroke={row.chosen ? chartColors.highlight : row.derived ? chartColors.reported : 'none'}
              strokeWidth={row.chosen ? 3 : 1.5}
            />
          ))}
          <LabelList dataKey="label" position="top" content={<BarValueLabel />} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
