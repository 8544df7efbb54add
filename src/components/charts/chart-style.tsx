import { Text, useChartWidth, usePlotArea, XAxis, YAxis, type LabelProps } from 'recharts';
import { formatNumber, formatPercent } from '../../lib/format';
import { categoryColor, statusColor, statusMarks, type Status } from '../../lib/status';
import { statusMarkPaths } from '../Icon';

/**
 * Colours come from CSS variables (styles.css), so a theme can change them in one place. A status's
 * colour comes from src/lib/status.ts; a series of figures is a category, never in a status's colour,
 * and the 100% line is ink, not the red of "behind".
 */
export const chartColors = {
  reported: categoryColor(0),
  highlight: 'var(--text)',
  grid: 'var(--line)',
  axis: 'var(--muted)',
  reference: 'var(--text)',
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

/** A bar figure's line height, in ems, and its size where the axis's does not fit (a phone). */
const figureLineHeight = 1.2;
const smallFigureSize = 11;

/** What recharts passes to a label's content: the bar's box and the figure. */
type FigureProps = Pick<LabelProps, 'viewBox' | 'value'>;

const barBox = (viewBox: FigureProps['viewBox']) =>
  viewBox && 'width' in viewBox
    ? { x: viewBox.x ?? 0, y: viewBox.y ?? 0, width: viewBox.width ?? 0, height: viewBox.height ?? 0 }
    : undefined;

/**
 * A figure's lines on a patch of the chart's background: where the figure stands across
 * the red 100% line or a grid line, the line stops at the patch rather than strike
 * through the digits. A rectangle, not a stroke around the glyphs: stroked text is drawn
 * as outlines, glyph by glyph, which made each repaint of a chart (the period switch's
 * frame included) several milliseconds slower. Attributes, not CSS, so that the PNG
 * export draws the patch too. `centreY` is the middle of the block of lines.
 */
function FigureOnGround({
  x,
  centreY,
  lines,
  anchor,
  fontSize,
  widest = Infinity,
}: {
  x: number;
  centreY: number;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  fontSize: number;
  /** The patch's widest, so that it never covers a neighbouring bar. */
  widest?: number;
}) {
  const lineHeight = figureLineHeight * fontSize;
  const width = Math.min(Math.max(...lines.map((line) => roughTextWidth(line, fontSize))), widest);
  const left = { start: x, middle: x - width / 2, end: x - width }[anchor];
  const top = centreY - (lines.length * lineHeight) / 2;
  return (
    <g>
      {/* 3 px beyond the rough width, which runs a pixel short for a figure ending in "%". */}
      <rect x={left - 3} y={top} width={width + 6} height={lines.length * lineHeight} fill="var(--surface)" />
      <text x={x} textAnchor={anchor} fill="var(--text)" fontSize={fontSize}>
        {lines.map((line, index) => (
          // Each line's digits centred on its share of the block (0.355em: half their height).
          <tspan key={index} x={x} y={top + (index + 0.5) * lineHeight} dy="0.355em">
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** A bar's figure and, where it has one, its status: the label's value as `statusLabel` writes it. */
export const statusLabel = (figure: string, status: Status) => `${figure}|${status}`;

/** The width a status's mark takes before a bar's figure, with its gap. */
const markWidth = axisTick.fontSize + 4;

/**
 * A status's mark (the tiles' ▲ ✓ ▼) in its colour, on the chart's background, its left edge at
 * `x`: drawn with attributes, not the icon's classes, so that the PNG export draws it too.
 */
function StatusMark({ status, x, centreY }: { status: Status; x: number; centreY: number }) {
  const mark = statusMarks[status];
  if (!mark) return null;
  const size = axisTick.fontSize;
  const { d, line } = statusMarkPaths[mark];
  const color = statusColor(status);
  return (
    <g data-status={status}>
      <rect x={x - 2} y={centreY - size / 2 - 2} width={markWidth} height={size + 4} fill="var(--surface)" />
      <path
        d={d}
        transform={`translate(${x} ${centreY - size / 2}) scale(${size / 16})`}
        fill={line ? 'none' : color}
        stroke={line ? color : 'none'}
        strokeWidth={2.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </g>
  );
}

/**
 * A bar's figure 5 px past its end (horizontal bars), leftwards for a negative one; where it has a
 * status, its mark comes first, at the bar's end, so that no guess at the figure's width places it.
 */
export function BesideBarFigure({ viewBox, value }: FigureProps) {
  const bar = barBox(viewBox);
  if (!bar || value === undefined) return null;
  const [figure = '', status] = String(value).split('|') as [string, Status | undefined];
  const sign = bar.width < 0 ? -1 : 1;
  const x = bar.x + bar.width + 5 * sign;
  const centreY = bar.y + bar.height / 2;
  const mark = status && statusMarks[status];
  return (
    <g>
      {mark && <StatusMark status={status} x={x} centreY={centreY} />}
      <FigureOnGround
        x={mark ? x + markWidth : x}
        centreY={centreY}
        lines={[figure]}
        anchor={sign < 0 ? 'end' : 'start'}
        fontSize={axisTick.fontSize}
      />
    </g>
  );
}

/**
 * A bar's figure over it, on one line where it fits: at the axis's size, else smaller
 * (a phone), reaching at most a little into the gap beside its bar (recharts leaves a
 * fifth of each category empty), so that neighbouring figures stay apart. Only a figure
 * too wide even then takes a word to a line. It stands far enough above the bar that
 * its patch never covers the bar's top.
 */
export function BarValueLabel({ viewBox, value }: FigureProps) {
  const bar = barBox(viewBox);
  if (!bar || value === undefined) return null;
  const text = String(value);
  const room = 1.2 * bar.width;
  const oneLine = [axisTick.fontSize, smallFigureSize].find((size) => roughTextWidth(text, size) <= room);
  const fontSize = oneLine ?? (longestWordWidth(text) > room ? smallFigureSize : axisTick.fontSize);
  const lines = oneLine ? [text] : text.split(' ');
  const height = lines.length * figureLineHeight * fontSize;
  return (
    <FigureOnGround
      x={bar.x + bar.width / 2}
      centreY={bar.y - 4 - height / 2}
      lines={lines}
      anchor="middle"
      fontSize={fontSize}
      widest={room}
    />
  );
}

/** Hatching for derived bars: they must not look like stated ones. */
export function DerivedPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="var(--surface)" />
        <line x1="0" y1="0" x2="0" y2="8" stroke={chartColors.reported} strokeWidth="4" />
      </pattern>
    </defs>
  );
}

/** A point's figure above it and to its left, so the year's last point (at the right edge) keeps it in the chart. */
export function PointFigure({ viewBox, value }: FigureProps) {
  const point = barBox(viewBox);
  if (!point || value === undefined) return null;
  return (
    <FigureOnGround
      x={point.x + point.width / 2 - 6}
      centreY={point.y - 10}
      lines={[String(value)]}
      anchor="end"
      fontSize={axisTick.fontSize}
    />
  );
}
