import { Text } from 'recharts';
import { formatNumber, formatPercent } from '../../lib/format';

/** Colours come from CSS variables (styles.css), so a theme can change them in one place. */
export const chartColors = {
  reported: 'var(--chart-reported)',
  derived: 'var(--chart-derived)',
  highlight: 'var(--text)',
  grid: 'var(--line)',
  axis: 'var(--muted)',
  reference: 'var(--not-met)',
  series: ['var(--chart-series-1)', 'var(--chart-series-2)', 'var(--chart-series-3)'],
} as const;

export const axisTick = { fill: 'var(--muted)', fontSize: 13 };

export const integerTick = (value: number) => formatNumber(value, 0);
export const percentTick = (value: number) => formatPercent(value, 0);

/** Round percentage ticks (0, 25, 50 … or 0, 50, 100 …) up to at least `max`. */
export function percentTicks(max: number): number[] {
  const step = max <= 150 ? 25 : 50;
  const top = Math.ceil(Math.max(max, 100) / step) * step;
  return Array.from({ length: top / step + 1 }, (_, index) => index * step);
}

/** Round ticks (steps of 1, 2, 2.5 or 5 × 10ⁿ) from zero to at least `max`. */
export function niceTicks(max: number, intervals = 4): number[] {
  const raw = max / intervals;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw)!;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
}

/** An axis label on two lines: the period, and under it "≈ suy ra" for a derived bar. */
export function PeriodTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const [period, mark] = (payload?.value ?? '').split('|');
  return (
    <text x={x} y={y} textAnchor="middle" fill={axisTick.fill} fontSize={axisTick.fontSize}>
      <tspan x={x} dy="1em">
        {period}
      </tspan>
      {mark && (
        <tspan x={x} dy="1.2em">
          {mark}
        </tspan>
      )}
    </text>
  );
}

type CategoryTickProps = {
  x?: number;
  y?: number;
  width?: number;
  visibleTicksCount?: number;
  payload?: { value: string };
};

/**
 * A category's name under its bar, wrapped to the bar's share of the axis: recharts
 * wraps at the whole axis's width, so a long name on a narrow chart ran into its
 * neighbour's or off the drawing.
 */
export function CategoryTick({ x, y, width = 0, visibleTicksCount = 1, payload }: CategoryTickProps) {
  return (
    <Text
      x={x}
      y={y}
      width={Math.max(width / visibleTicksCount - 4, 40)}
      textAnchor="middle"
      verticalAnchor="start"
      fill={axisTick.fill}
      fontSize={axisTick.fontSize}
      className="recharts-cartesian-axis-tick-value"
    >
      {payload?.value ?? ''}
    </Text>
  );
}

/** Hatching for derived bars: they must not look like stated ones. */
export function DerivedPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="var(--surface)" />
        <line x1="0" y1="0" x2="0" y2="8" stroke={chartColors.derived} strokeWidth="4" />
      </pattern>
    </defs>
  );
}
