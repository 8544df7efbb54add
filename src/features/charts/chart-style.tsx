import { Text, useChartWidth, YAxis, type LabelProps } from 'recharts';
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

/**
 * A rough width of chart text, on the wide side for this typeface's digits and
 * accented letters: enough to tell whether a label needs a narrower form.
 */
const roughTextWidth = (text: string, fontSize: number) => text.length * fontSize * 0.62;

/** The rough width of a label's longest word at the axis's size: no wrapping makes it narrower. */
const longestWordWidth = (text: string) =>
  Math.max(...text.split(' ').map((word) => roughTextWidth(word, axisTick.fontSize)));

/** What recharts passes to a custom tick: its place, the axis's width and the number of ticks. */
type TickProps = {
  x?: number;
  y?: number;
  width?: number;
  visibleTicksCount?: number;
  index?: number;
  payload?: { value: string };
};

const bandWidth = ({ width = 0, visibleTicksCount = 1 }: TickProps) => width / visibleTicksCount;

/**
 * An axis label: the period, and under it "≈ suy ra" for a derived bar. Where the
 * bar's share of the axis is too narrow for the period (a phone), the period takes
 * two lines ("9 tháng" over "2022") rather than run into its neighbour's.
 */
export function PeriodTick(props: TickProps) {
  const { x, y, payload } = props;
  const [period = '', mark] = (payload?.value ?? '').split('|');
  const split = period.lastIndexOf(' ');
  const lines =
    split > 0 && roughTextWidth(period, axisTick.fontSize) > bandWidth(props) - 6
      ? [period.slice(0, split), period.slice(split + 1)]
      : [period];
  return (
    <text x={x} y={y} textAnchor="middle" fill={axisTick.fill} fontSize={axisTick.fontSize}>
      {[...lines, mark].map(
        (line, index) =>
          line && (
            <tspan key={index} x={x} dy={index === 0 ? '1em' : '1.2em'}>
              {line}
            </tspan>
          ),
      )}
    </text>
  );
}

/**
 * A category's name under its bar, wrapped to the bar's share of the axis: recharts
 * wraps at the whole axis's width, so a long name on a narrow chart ran into its
 * neighbour's or off the drawing. Where one word is wider than that share
 * ("Accommodation" on a phone), every other name steps down two lines, so that each
 * may take the width of two bars.
 */
export function CategoryTick(props: TickProps) {
  const { x, y = 0, index = 0, payload } = props;
  const name = payload?.value ?? '';
  const band = bandWidth(props);
  const staggered = longestWordWidth(name) > band - 4;
  // The last name, two bars wide, would run off the drawing: it ends where its bar's share does.
  const last = staggered && index === (props.visibleTicksCount ?? 1) - 1;
  return (
    <Text
      x={last ? (x ?? 0) + band / 2 : x}
      y={staggered && index % 2 === 1 ? y + 2.2 * axisTick.fontSize : y}
      width={Math.max((staggered ? 2 * band : band) - 4, 40)}
      textAnchor={last ? 'end' : 'middle'}
      verticalAnchor="start"
      fill={axisTick.fill}
      fontSize={axisTick.fontSize}
      className="recharts-cartesian-axis-tick-value"
    >
      {name}
    </Text>
  );
}

/**
 * The names beside horizontal bars, as wide as `width` where the chart has room; on a
 * narrower chart (a phone) at most half of it, the names wrapping, so that the bars
 * and their figures keep the other half rather than vanish behind the names.
 */
export function NameAxis({ width }: { width: number }) {
  const chartWidth = useChartWidth() ?? 2 * width;
  return (
    <YAxis
      type="category"
      dataKey="name"
      tick={axisTick}
      width={Math.round(Math.min(width, Math.max(110, chartWidth / 2)))}
      interval={0}
    />
  );
}

/**
 * A bar's figure over it, at the axis's size where it fits the bar's width and
 * smaller where it does not (a phone), so that neighbouring figures stay apart.
 */
export function BarValueLabel({ viewBox, value }: LabelProps) {
  if (!viewBox || !('width' in viewBox) || value === undefined) return null;
  const { x = 0, y = 0, width = 0 } = viewBox;
  const text = String(value);
  return (
    <Text
      x={x + width / 2}
      y={y - 5}
      width={width}
      textAnchor="middle"
      verticalAnchor="end"
      fill="var(--text)"
      fontSize={longestWordWidth(text) > width ? 11 : axisTick.fontSize}
    >
      {text}
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
