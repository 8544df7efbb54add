import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis } from 'recharts';
import {
  formatIndicatorName,
  formatNumber,
  formatPercentage,
  formatPeriod,
  formatPeriodInSentence,
} from '../../lib/format';
import { samePeriod } from '../../lib/periods';
import type { Period, Report } from '../../lib/report-schema';
import type { GrowthRow } from '../../lib/chart-data';
import { axisTick, BesideBarFigure, chartColors, NameAxis, percentTick } from './chart-style';
import type { SourceEntry } from '../../lib/source-entries';
import { ChartFrame, type ChartTableData, numberColumn, PeriodLegend, textColumn } from './ChartFrame';
import { t } from '../../lib/messages';
import { categoryColor } from '../../lib/status';

type Props = { rows: GrowthRow[]; reports: Report[]; chosen: Period; sources: SourceEntry[] };

/** The finding: did the latest period grow faster or slower than the one before, indicator by indicator? */
export function growthFinding(rows: GrowthRow[], reports: Report[]): string {
  const [previous, latest] = reports.slice(-2);
  if (!previous || !latest) return t('growth.fallback');
  const both = rows.filter((row) => row.rates.at(-1) && row.rates.at(-2));
  // No indicator with a rate in both: nothing to weigh, so no "0 of 0".
  if (both.length === 0) return t('growth.fallback');
  const slower = both.filter((row) => row.rates.at(-1)!.value < row.rates.at(-2)!.value).length;
  const allUp = rows.every((row) => row.rates.every((rate) => rate === null || rate.value > 0));
  // Vietnamese opens the sentence with the label ("Năm 2024 tăng chậm hơn…"); English names it mid-sentence.
  return t(allUp ? 'growth.findingAllUp' : 'growth.finding', {
    latestLabel: formatPeriod(latest.period),
    latest: formatPeriodInSentence(latest.period),
    previous: formatPeriodInSentence(previous.period),
    slower,
    count: both.length,
  });
}

/** Where a report states no growth for an indicator its bar is missing: a note per report names them. */
export function growthGaps(rows: GrowthRow[], reports: Report[]): string[] {
  return reports.flatMap((report, index) => {
    const names = rows
      .filter((row) => row.rates[index] === null)
      .map((row) => formatIndicatorName(row.indicator, 'shortName').toLowerCase());
    return names.length === 0
      ? []
      : [t('growth.notStated', { period: formatPeriod(report.period), names: names.join(', ') })];
  });
}

/** Growth against the same period last year: rates, which compare across periods of different length. */
export function GrowthChart({ rows, reports, chosen, sources }: Props) {
  const data = rows.map((row) => ({
    name: formatIndicatorName(row.indicator, 'shortName'),
    ...Object.fromEntries(
      row.rates.flatMap((rate, index) => [
        [`p${index}`, rate?.value ?? null],
        [`l${index}`, rate ? formatPercentage(rate) : ''],
      ]),
    ),
  }));
  const table: ChartTableData = {
    columns: [
      textColumn(t('chart.col.indicator')),
      ...reports.map((report) => numberColumn(formatPeriod(report.period), '%')),
    ],
    rows: rows.map((row) => ({
      key: row.indicator.id,
      cells: [
        formatIndicatorName(row.indicator),
        ...row.rates.map((rate) => (rate === null ? t('chart.notStated') : formatNumber(rate.value, rate.decimals))),
      ],
    })),
  };
  return (
    <ChartFrame
      title={growthFinding(rows, reports)}
      subtitle={t('growth.subtitle')}
      sources={sources}
      notes={growthGaps(rows, reports)}
      table={table}
      height={Math.max(180, data.length * reports.length * 26 + 60)}
      legend={<PeriodLegend periods={reports.map((report) => report.period)} chosen={chosen} />}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 64, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={chartColors.grid} />
        <XAxis type="number" tickFormatter={percentTick} tick={axisTick} />
        <NameAxis width={200} />
        <ReferenceLine x={0} stroke={chartColors.axis} />
        <Tooltip
          formatter={(_value, name, item) => [
            String(
              (item.payload as Record<string, unknown>)[String(item.dataKey).replace('p', 'l')] || t('chart.notStated'),
            ),
            name,
          ]}
        />
        {reports.map((report, index) => (
          <Bar
            key={index}
            dataKey={`p${index}`}
            name={formatPeriod(report.period)}
            fill={categoryColor(index)}
            stroke={samePeriod(report.period, chosen) ? chartColors.highlight : 'none'}
            strokeWidth={2}
            isAnimationActive={false}
          >
            <LabelList dataKey={`l${index}`} position="right" content={<BesideBarFigure />} />
          </Bar>
        ))}
      </BarChart>
    </ChartFrame>
  );
}
