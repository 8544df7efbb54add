import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import {
  formatApproximate,
  formatApproximateNumber,
  formatDerivation,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriodShort,
  formatUnitName,
} from '../../../lib/format';
import { samePeriod } from '../../../lib/periods';
import type { Period } from '../../../lib/report-schema';
import type { LevelSeries } from '../chart-data';
import { axisTick, chartColors, DerivedPattern, integerTick } from '../chart-style';
import type { SourceEntry } from '../../sources/source-entries';
import { ChartFrame, ChartLegend } from './ChartFrame';

type Props = { series: LevelSeries; chosen: Period; sources: SourceEntry[] };

/** The finding: the chosen period's growth, where the report states one. */
function findingTitle(series: LevelSeries, chosen: Period): string {
  const name = series.indicator.shortName;
  const growth = series.bars.find((bar) => bar.derivation && samePeriod(bar.derivation.from.period, chosen))?.derivation
    ?.from.percentage;
  if (!growth) return `${name} qua các kỳ`;
  const direction = growth.value < 0 ? 'giảm' : 'tăng';
  return `${name} ${formatPeriodShort(chosen).toLowerCase()} ${direction} ${formatPercent(Math.abs(growth.value), growth.decimals)} so với cùng kỳ`;
}

/** One indicator over the periods known for it; derived bars hatched and marked "≈". */
export function LevelChart({ series, chosen, sources }: Props) {
  const patternId = useId().replace(/:/g, '');
  const unit = series.indicator.unit;
  const rows = series.bars.map((bar) => ({
    axis: `${formatPeriodShort(bar.period)}${bar.derivation ? ' ≈' : ''}`,
    value: bar.value,
    label: bar.derivation ? formatApproximateNumber(bar.value, unit) : formatNumber(bar.value, bar.decimals),
    derived: bar.derivation !== undefined,
    chosen: samePeriod(bar.period, chosen),
  }));
  const table = (
    <table>
      <caption className="visually-hidden">{series.indicator.name}</caption>
      <thead>
        <tr>
          <th scope="col">Kỳ</th>
          <th scope="col">Giá trị ({formatUnitName(unit)})</th>
          <th scope="col">Loại số liệu</th>
        </tr>
      </thead>
      <tbody>
        {series.bars.map((bar) => (
          <tr key={formatPeriod(bar.period)}>
            <th scope="row">{formatPeriod(bar.period)}</th>
            <td>{bar.derivation ? formatApproximate(bar.value, unit) : formatNumber(bar.value, bar.decimals)}</td>
            <td>
              {bar.derivation ? formatDerivation(bar.derivation) : `Báo cáo nêu${bar.estimate ? ' (ước tính)' : ''}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      title={findingTitle(series, chosen)}
      subtitle={`${series.indicator.name} · ${formatUnitName(unit)} · kỳ dài khác nhau, ghi dưới mỗi cột`}
      sources={sources}
      notes={series.notes}
      table={table}
      height={240}
      legend={
        <ChartLegend
          items={[
            { label: 'Số báo cáo nêu', className: 'chart__swatch--reported' },
            { label: 'Số suy ra từ tỷ lệ tăng (≈)', className: 'chart__swatch--derived' },
            { label: 'Viền đậm: kỳ đang xem', className: 'chart__swatch--chosen' },
          ]}
        />
      }
    >
      <BarChart data={rows} margin={{ top: 24, right: 8, bottom: 4, left: 8 }} accessibilityLayer={false}>
        <DerivedPattern id={patternId} />
        <CartesianGrid vertical={false} stroke={chartColors.grid} />
        <XAxis dataKey="axis" tick={axisTick} interval={0} />
        <YAxis tickFormatter={integerTick} tick={axisTick} width={64} />
        <Tooltip
          formatter={(_value, _name, item) => [(item.payload as (typeof rows)[number]).label, formatUnitName(unit)]}
        />
        <Bar dataKey="value" isAnimationActive={false}>
          {rows.map((row) => (
            <Cell
              key={row.axis}
              fill={row.derived ? `url(#${patternId})` : chartColors.reported}
              stroke={row.chosen ? chartColors.highlight : row.derived ? chartColors.derived : 'none'}
              strokeWidth={row.chosen ? 3 : 1.5}
            />
          ))}
          <LabelList dataKey="label" position="top" fill="var(--text)" fontSize={13} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
