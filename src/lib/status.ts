import { shownStatus, type ShownStatus } from './attainment';
import type { Percentage, Period, TargetBand } from './report-schema';

/**
 * The status palette: five statuses, one colour each, the same on a tile, a bar, a chart, a slide
 * and paper. The colours are defined once, as CSS custom properties (--status-<name>, styles.css);
 * recharts takes a colour in an SVG attribute, so the charts read the same names from here.
 * Categories (a year, a series of figures) take --category-<n>, hues no status uses.
 */
export const statuses = ['ahead', 'met', 'onPace', 'behind', 'noPlan'] as const;
export type Status = (typeof statuses)[number];

/** Above the plan and ahead of the time elapsed are one colour; "under way" with no pace to read reads as no status. */
const paletteOf: Record<ShownStatus, Status> = {
  exceeded: 'ahead',
  ahead: 'ahead',
  met: 'met',
  onPace: 'onPace',
  behind: 'behind',
  notMet: 'behind',
  inProgress: 'noPlan',
};

/** A share of plan's place on the palette. A share of an unnamed basis ("bằng 184%") reaches no stated plan. */
export function statusOf(percentage: Percentage, period: Period): Status {
  return percentage.basis === 'unspecified' ? 'noPlan' : paletteOf[shownStatus(percentage, period)];
}

/** The mark that goes with a status's colour, as the tiles draw it; none where no plan is named. */
export const statusMarks: Record<Status, 'up' | 'check' | 'down' | undefined> = {
  ahead: 'up',
  met: 'check',
  onPace: 'check',
  behind: 'down',
  noPlan: undefined,
};

/** The colour of a status, as SVG and CSS take it. */
export const statusColor = (status: Status) => `var(--status-${status})`;

/** The colour of the n-th category (0-based): a year, a series; three hues, then again. */
export const categoryColors = ['var(--category-1)', 'var(--category-2)', 'var(--category-3)'] as const;
export const categoryColor = (index: number) => categoryColors[index % categoryColors.length];

/**
 * A band of targets as the report counts them, on the palette. "Hoàn thành và vượt" does not split
 * met from exceeded, so it is drawn in both colours, striped; "90% or more" is behind, drawn light.
 */
type BandFill = { status: Status; stripes?: Status; light?: boolean };

const bandFills: Record<TargetBand['kind'], BandFill> = {
  exceeded: { status: 'ahead' },
  met: { status: 'met' },
  metOrExceeded: { status: 'met', stripes: 'ahead' },
  atLeast90: { status: 'behind', light: true },
  range: { status: 'behind' },
};

/**
 * How a band is drawn: its colour, a second colour in stripes, the ink of a figure on it, and, for a
 * light band, an edge in its status's colour, to stand out from the page.
 */
export type BandPaint = { color: string; stripes?: string; ink: string; edge?: string };

export function bandPaint(kind: TargetBand['kind']): BandPaint {
  const { status, stripes, light } = bandFills[kind];
  return {
    color: light ? `var(--status-${status}-near)` : statusColor(status),
    stripes: stripes && statusColor(stripes),
    ink: light ? 'var(--text)' : 'var(--on-band)',
    edge: light ? statusColor(status) : undefined,
  };
}

/** A band as a CSS background; its stripes' colour also as --stripe, for the chart's PNG to draw. */
export function bandBackground(kind: TargetBand['kind']): Record<string, string> {
  const { color, stripes, edge } = bandPaint(kind);
  if (stripes) {
    return {
      background: `repeating-linear-gradient(135deg, ${color} 0 6px, ${stripes} 6px 12px)`,
      '--stripe': stripes,
    };
  }
  return edge ? { background: color, boxShadow: `inset 0 0 0 1px ${edge}` } : { background: color };
}
