import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bandBackground,
  bandPaint,
  categoryColor,
  categoryColors,
  statusColor,
  statusMarks,
  statusOf,
  statuses,
} from '../../src/lib/status';
import { onPaceTolerancePoints } from '../../src/lib/pace';
import type { Percentage, Period } from '../../src/lib/report-schema';

const nineMonths: Period = { year: 2023, firstMonth: 1, lastMonth: 9 };
const year: Period = { year: 2024, firstMonth: 1, lastMonth: 12 };
const share = (value: number, basis: Percentage['basis'] = 'cityPlan'): Percentage => ({ value, decimals: 1, basis });

/** The custom properties styles.css defines on :root, by name. */
function rootProperties(): Map<string, string> {
  const css = readFileSync(join(import.meta.dirname, '../../src/app/styles.css'), 'utf8');
  const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
  return new Map([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
}

describe('the status of a share of plan', () => {
  it('reads a whole year against the plan: above, at, below 100%', () => {
    expect(statusOf(share(182.4), year)).toBe('ahead');
    expect(statusOf(share(100, 'plan'), year)).toBe('met');
    expect(statusOf(share(98.9), year)).toBe('behind');
  });

  it('reads part of a year against the time elapsed, within the tolerance on pace', () => {
    expect(statusOf(share(89.3), nineMonths)).toBe('ahead');
    expect(statusOf(share(75 + onPaceTolerancePoints, 'annualPlan'), nineMonths)).toBe('onPace');
    expect(statusOf(share(75 - onPaceTolerancePoints, 'annualPlan'), nineMonths)).toBe('onPace');
    expect(statusOf(share(69.79), nineMonths)).toBe('behind');
  });

  it('gives a share of no named basis no status, however high', () => {
    expect(statusOf(share(184, 'unspecified'), year)).toBe('noPlan');
    expect(statusOf(share(100, 'unspecified'), year)).toBe('noPlan');
  });

  it('gives a part-year share of a target with no pace (a Party target) no status until it is reached', () => {
    expect(statusOf(share(84, 'supplementedTarget'), nineMonths)).toBe('noPlan');
    expect(statusOf(share(127.3, 'provisionalTarget'), nineMonths)).toBe('ahead');
  });
});

describe('the palette', () => {
  const properties = rootProperties();

  it('defines every status and category colour once, in styles.css, under the names the charts use', () => {
    for (const status of statuses) {
      expect(statusColor(status)).toBe(`var(--status-${status})`);
      expect(properties.get(`--status-${status}`), `--status-${status}`).toMatch(/^#[0-9a-f]{6}$/i);
    }
    for (const color of categoryColors) {
      expect(properties.get(color.slice(4, -1)), color).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('gives five statuses five colours, and no category the colour of a status', () => {
    const statusValues = statuses.map((status) => properties.get(`--status-${status}`)!.toLowerCase());
    expect(new Set(statusValues).size).toBe(statuses.length);
    for (const color of categoryColors) {
      expect(statusValues).not.toContain(properties.get(color.slice(4, -1))!.toLowerCase());
    }
  });

  it('cycles the categories: a fourth year takes the first colour again', () => {
    expect(categoryColor(0)).toBe('var(--category-1)');
    expect(categoryColor(3)).toBe(categoryColor(0));
  });

  it('gives each status a mark, except where no plan is named', () => {
    expect(statusMarks).toEqual({ ahead: 'up', met: 'check', onPace: 'check', behind: 'down', noPlan: undefined });
  });
});

describe('bands of targets on the palette', () => {
  it('draws "đạt 100%" and "hoàn thành và vượt" apart: the latter striped in met and ahead', () => {
    expect(bandPaint('met')).toEqual({ color: statusColor('met'), stripes: undefined, ink: 'var(--on-band)' });
    const both = bandPaint('metOrExceeded');
    expect(both.color).toBe(statusColor('met'));
    expect(both.stripes).toBe(statusColor('ahead'));
    expect(bandBackground('metOrExceeded').background).toContain('repeating-linear-gradient');
    expect(bandBackground('metOrExceeded')['--stripe']).toBe(statusColor('ahead'));
  });

  it('draws the bands below plan in the colour of behind, the one at 90% or more light with dark figures', () => {
    expect(bandPaint('range').color).toBe(statusColor('behind'));
    expect(bandPaint('atLeast90')).toMatchObject({ color: 'var(--status-behind-near)', ink: 'var(--text)' });
    expect(bandPaint('atLeast90').edge).toBe(statusColor('behind'));
    expect(bandPaint('exceeded').color).toBe(statusColor('ahead'));
  });
});
