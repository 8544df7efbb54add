import { Text, useChartWidth, usePlotArea, XAxis, YAxis, type LabelProps } from 'recharts';
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

/**
 * A bar's figure, ringed with the chart's background: where it stands across the red 100%
 * line or a grid line, the line stops at the ring rather than strike through the digits.
 * Attributes, not CSS, so that the PNG export draws the ring too.
 */
export const barFigure = {
  fill: 'var(--text)',
  fontSize: axisTick.fontSize,
  stroke: 'var(--surface)',
  strokeWidth: 8,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const;

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

/** How a category's name sits under its bar, given the bar's share of the axis (`band`). */
function categoryLayout(name: string, band: number, index: number) {
  // Where one word is wider than the band ("Accommodation" on a phone), every other name steps
  // down, so that each may take the width of two bars.
  const staggered = longestWordWidth(name) > band - 4;
  return {
    staggered,
    width: Math.max((staggered ? 2 * band : band) - 4, 40),
    drop: staggered && index % 2 === 1 ? 2.2 * axisTick.fontSize : 0,
  };
}

/**
 * The number of lines a name wraps to at `width`, counted on the many side: a line too many
 * leaves one blank, a line too few cuts the name off. The rough width is close to the real one
 * for lower-case Latin words ("Accommodation & food"), so the words count 15% wider here.
 */
function roughLineCount(name: string, width: number): number {
  const wide = (text: string) => 1.15 * roughTextWidth(text, axisTick.fontSize);
  let lines = 1;
  let used = 0;
  for (const word of name.split(' ')) {
    const needed = wide(word);
    if (used > 0 && used + wide(' ') + needed > width) {
      lines += 1;
      used = needed;
    } else {
      used += (used > 0 ? wide(' ') : 0) + needed;
    }
  }
  return lines;
}

/**
 * A category's name under its bar, wrapped to the bar's share of the axis: recharts
 * wraps at the whole axis's width, so a long name on a narrow chart ran into its
 * neighbour's or off the drawing.
 */
export function CategoryTick(props: TickProps) {
  const { x = 0, y = 0, index = 0, payload } = props;
  const name = payload?.value ?? '';
  const band = bandWidth(props);
  const { staggered, width, drop } = categoryLayout(name, band, index);
  // The last name, two bars wide, would run off the drawing: it ends where its bar's share does.
  const last = staggered && index === (props.visibleTicksCount ?? 1) - 1;
  return (
    <Text
      x={last ? x + band / 2 : x}
      y={y + drop}
      width={width}
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
 * The names under vertical bars (`CategoryTick`), in a row as tall as they need at this
 * chart's width: four lines on a phone, one on a projector, where a fixed height left a
 * blank band between the names and the source line.
 */
export function CategoryAxis({ names }: { names: string[] }) {
  const band = (usePlotArea()?.width ?? 0) / Math.max(names.length, 1);
  const depth = Math.max(
    ...names.map((name, index) => {
      const { width, drop } = categoryLayout(name, band, index);
      return drop + roughLineCount(name, width) * axisTick.fontSize;
    }),
  );
  // Above the names, the tick (6) and its margin (2); below them, room for descenders.
  return <XAxis dataKey="name" tick={<CategoryTick />} interval={0} height={Math.ceil(depth + 14)} />;
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
 * smaller where it does not (a phone), so that neighbouring figures stay apart. It
 * stands far enough above the bar that its ring (`barFigure`) never bites the bar's top.
 */
export function BarValueLabel({ viewBox, value }: LabelProps) {
  if (!viewBox || !('width' in viewBox) || value === undefined) return null;
  const { x = 0, y = 0, width = 0 } = viewBox;
  const text = String(value);
  return (
    <Text
      x={x + width / 2}
      y={y - 9}
      width={width}
      textAnchor="middle"
      verticalAnchor="end"
      {...barFigure}
      fontSize={longestWordWidth(text) > width ? 11 : barFigure.fontSize}
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
