import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis } from 'recharts';
import { formatPeriod } from '../../lib/format';
import { samePeriod } from '../../lib/periods';
import type { Period, TargetBand } from '../../lib/report-schema';
import { bandWords, formatAssignedBy } from '../../lib/target-bands';
import type { TargetRow } from '../../lib/chart-data';
import { axisTick, chartColors, integerTick, NameAxis } from './chart-style';
import type { SourceEntry } from '../../lib/source-entries';
import { barRowsHeights, ChartFrame, ChartLegend, numberColumn, textColumn, type ChartTableData } from './ChartFrame';
import { t } from '../../lib/messages';
import { bandBackground, bandPaint } from '../../lib/status';

type Props = { rows: TargetRow[]; chosen: Period; sources: SourceEntry[] };

const kinds: TargetBand['kind'][] = ['exceeded', 'met', 'metOrExceeded', 'atLeast90', 'range'];
const kindLegend = (kind: TargetBand['kind']) => t(`targetChart.legend.${kind}`);

export function targetFinding(rows: TargetRow[], chosen: Period): string {
  const current = rows.filter((row) => samePeriod(row.period, chosen));
  const period = formatPeriod(chosen);
  if (current.length === 0) return t('targetChart.none', { period });
  const behind = current.flatMap((row) =>
    row.bands.filter((band) => band.kind === 'range' || band.kind === 'atLeast90'),
  );
  const behindCount = behind.reduce((sum, band) => sum + band.count, 0);
  return behindCount === 0
    ? t('targetChart.allMet', { period, groups: current.length })
    : t('targetChart.behind', { period, count: behindCount });
}

/** How many of the main targets are above, at, near or below plan, per period and per body that set them. */
export function TargetChart({ rows, chosen, sources }: Props) {
  const patternId = useId().replace(/:/g, '');
  const data = rows.map((row) => ({
    name: `${formatPeriod(row.period)} · ${formatAssignedBy(row.set)}`,
    chosen: samePeriod(row.period, chosen),
    ...Object.fromEntries(row.bands.map((band) => [band.kind, band.count])),
  }));
  const present = kinds.filter((kind) => rows.some((row) => row.bands.some((band) => band.kind === kind)));
  const table: ChartTableData = {
    columns: [
      textColumn(t('targetChart.col.set')),
      numberColumn(t('targetChart.col.total')),
      textColumn(t('targetChart.col.result')),
    ],
    rows: rows.map((row) => ({
      key: `${formatPeriod(row.period)}-${row.set.id}`,
      cells: [
        `${formatPeriod(row.period)} · ${formatAssignedBy(row.set)}`,
        String(row.set.total),
        row.bands
          .map(
            (band) =>
              `${band.count}/${row.set.total} ${bandWords(band)}${band.inferred ? ` ${t('targetChart.inferred')}` : ''}`,
          )
          .join('; '),
      ],
    })),
  };
  return (
    <ChartFrame
      title={targetFinding(rows, chosen)}
      subtitle={t('targetChart.subtitle')}
      sources={sources}
      table={table}
      {...barRowsHeights(data.length, 90)}
      legend={
        <ChartLegend items={present.map((kind) => ({ label: kindLegend(kind), swatch: bandBackground(kind) }))} />
      }
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <defs>
          {present.map((kind) => {
            const { color, stripes } = bandPaint(kind);
            // "Hoàn thành và vượt" in both its colours, as the summary's bar draws it.
            return (
              stripes && (
                <pattern
                  key={kind}
                  id={`${patternId}-${kind}`}
                  patternUnits="userSpaceOnUse"
                  width="12"
                  height="12"
                  patternTransform="rotate(45)"
                >
                  <rect width="6" height="12" fill={color} />
                  <rect x="6" width="6" height="12" fill={stripes} />
                </pattern>
              )
            );
          })}
        </defs>
        <CartesianGrid horizontal={false} stroke={chartColors.grid} />
        <XAxis type="number" allowDecimals={false} tickFormatter={integerTick} tick={axisTick} />
        <NameAxis width={360} />
        <Tooltip />
        {present.map((kind) => {
          const paint = bandPaint(kind);
          return (
            <Bar
              key={kind}
              dataKey={kind}
              name={kindLegend(kind)}
              stackId="targets"
              fill={paint.stripes ? `url(#${patternId}-${kind})` : paint.color}
              stroke={paint.edge ?? 'none'}
              isAnimationActive={false}
            >
              <LabelList dataKey={kind} position="center" fill={paint.ink} fontSize={13} fontWeight={700} />
            </Bar>
          );
        })}
      </BarChart>
    </ChartFrame>
  );
}
