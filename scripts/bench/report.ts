import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { chromePath } from '../../tests/e2e/support/browser';
import type { FormFactor, LighthouseScores } from './lighthouse';
import { headlineIdentifier } from './probe';
import { viewport, type Run } from './measure';

/** What the bench reports: medians of the runs, the table against the floor and its targets. */

export const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/** The first and third quartiles (nearest rank): how far the runs spread around the median. */
const quartiles = (numbers: number[]): [number, number] => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
  return [at(0.25), at(0.75)];
};

export function machine(): string {
  const version = (() => {
    try {
      return execFileSync(chromePath(), ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return 'unknown Chromium';
    }
  })();
  return `${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (nproc), ${cpus()[0]?.model.trim()}, ${version}, Node ${process.version}`;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;

export type Summary = {
  label: string;
  firstMs: number;
  repeatMs: number;
  switchMs: number;
  spreads: Record<'firstMs' | 'repeatMs' | 'switchMs', [number, number]>;
  jsBeforePaint: number;
  firstBytes: number;
  repeatBytes: number;
  cls: number;
  repeatCls: number;
  methods: string[];
  switchMethods: string[];
  /** The period switch by the fallback's measure for every run, for comparison. */
  switchDoubleRafMs: number;
  jsFiles: string[];
  lighthouse: Partial<Record<FormFactor, LighthouseScores>>;
};

export function summarise(label: string, results: Run[]): Omit<Summary, 'lighthouse'> {
  const firsts = results.map((run) => run.first.paintMs);
  const repeats = results.map((run) => run.repeat.paintMs);
  const switches = results.map((run) => run.switch.ms);
  return {
    label,
    firstMs: median(firsts),
    repeatMs: median(repeats),
    switchMs: median(switches),
    spreads: { firstMs: quartiles(firsts), repeatMs: quartiles(repeats), switchMs: quartiles(switches) },
    jsBeforePaint: median(results.map((run) => run.first.jsBeforePaint)),
    firstBytes: median(results.map((run) => run.first.bytes)),
    repeatBytes: median(results.map((run) => run.repeat.bytes)),
    cls: median(results.map((run) => run.first.cls)),
    repeatCls: median(results.map((run) => run.repeat.cls)),
    methods: [...new Set(results.flatMap((run) => [run.first.method, run.repeat.method]))],
    switchMethods: [...new Set(results.map((run) => run.switch.method))],
    switchDoubleRafMs: median(results.map((run) => run.switch.doubleRafMs)),
    jsFiles: [...new Set(results.flatMap((run) => run.first.jsFiles))],
  };
}

type Row = {
  name: string;
  value: (summary: Summary) => number | undefined;
  show: (value: number) => string;
  /** Timings only: the runs' quartiles, printed after the median. */
  spread?: keyof Summary['spreads'];
};
type Check = (app: Summary, floor: Summary) => { target: string; met: boolean } | undefined;

const ratioOf = (value: number | undefined, floor: number | undefined) =>
  value !== undefined && floor ? value / floor : undefined;

const rows: (Row & { check?: Check })[] = [
  {
    name: 'First visit: figures painted',
    value: (s) => s.firstMs,
    show: ms,
    spread: 'firstMs',
    check: (a, f) => ({ target: '≤ 2× floor', met: a.firstMs <= 2 * f.firstMs }),
  },
  {
    name: 'Repeat visit: figures painted',
    value: (s) => s.repeatMs,
    show: ms,
    spread: 'repeatMs',
    check: (a, f) => ({ target: '≤ 1.5× floor', met: a.repeatMs <= 1.5 * f.repeatMs }),
  },
  {
    name: 'Period switch: new figures painted',
    value: (s) => s.switchMs,
    show: ms,
    spread: 'switchMs',
    check: (a) => ({ target: '< 50 ms', met: a.switchMs < 50 }),
  },
  { name: 'Period switch: two frames after the figures appeared', value: (s) => s.switchDoubleRafMs, show: ms },
  {
    name: 'JS before figures painted (gzip)',
    value: (s) => s.jsBeforePaint,
    show: kB,
    check: (a) => ({ target: '≤ 120 kB', met: a.jsBeforePaint <= 120_000 }),
  },
  { name: 'Transferred, first visit', value: (s) => s.firstBytes, show: kB },
  { name: 'Transferred, repeat visit', value: (s) => s.repeatBytes, show: kB },
  {
    name: 'Layout shift (CLS), first visit',
    value: (s) => s.cls,
    show: (v) => v.toFixed(3),
    check: (a) => ({ target: '0', met: a.cls === 0 }),
  },
  {
    name: 'Layout shift (CLS), repeat visit',
    value: (s) => s.repeatCls,
    show: (v) => v.toFixed(3),
    check: (a) => ({ target: '0', met: a.repeatCls === 0 }),
  },
  ...(['mobile', 'desktop'] as const).flatMap((form) =>
    (
      [
        ['performance', 'performance', form === 'mobile' ? 98 : undefined],
        ['accessibility', 'accessibility', 100],
        ['bestPractices', 'best practices', 100],
      ] as const
    ).map(([key, name, minimum]) => ({
      name: `Lighthouse ${form}: ${name}`,
      value: (s: Summary) => s.lighthouse[form]?.[key],
      show: String,
      check:
        minimum === undefined
          ? undefined
          : (a: Summary) => {
              const score = a.lighthouse[form]?.[key];
              return score === undefined ? undefined : { target: `≥ ${minimum}`, met: score >= minimum };
            },
    })),
  ),
];

export function table(floor: Summary, apps: Summary[]): string {
  const current = apps.at(-1)!;
  const header = [
    'Metric (median, quartiles)',
    'Floor',
    ...apps.flatMap((app) => [app.label, 'ratio']),
    'Target',
    'Met',
  ];
  const lines = rows.flatMap((row) => {
    const floorValue = row.value(floor);
    if (floorValue === undefined && apps.every((app) => row.value(app) === undefined)) return [];
    const check = row.check?.(current, floor);
    const cell = (summary: Summary) => {
      const value = row.value(summary);
      if (value === undefined) return '–';
      if (!row.spread) return row.show(value);
      const [low, high] = summary.spreads[row.spread].map(Math.round);
      return `${row.show(value)} (${low}–${high})`;
    };
    return [
      [
        row.name,
        cell(floor),
        ...apps.flatMap((app) => {
          const ratio = ratioOf(row.value(app), floorValue);
          return [cell(app), ratio === undefined ? '–' : `${ratio.toFixed(2)}×`];
        }),
        check?.target ?? '',
        check ? (check.met ? 'yes' : 'NO') : '',
      ],
    ];
  });
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The machine line, how "painted" was measured, the table, and the scripts loaded before the paint. */
export function printReport(floor: Summary, apps: Summary[], runs: number): void {
  const all = [floor, ...apps];
  const methods = (pick: (summary: Summary) => string[]) => [...new Set(all.flatMap(pick))].join(' and ');
  console.log(`\n${machine()}; ${runs} fresh-context runs each, viewport ${viewport.width}×${viewport.height}`);
  console.log(
    `"Painted": ${methods((s) => s.methods)} for the visits ` +
      `(elementtiming="${headlineIdentifier}" on the tile values); for the period switch, ` +
      `${methods((s) => s.switchMethods)} (the frame ` +
      "presented after the click's handlers, once they had put the new figure in the page; a click handled in under " +
      '16 ms has no Event Timing entry and is timed two frames after the figure appeared, an estimate that stops ' +
      'before the frame is rasterised and shown). ' +
      'JS before the figures painted: JavaScript ' +
      'responses the server finished sending before that paint, gzipped body bytes. Timings are medians, ' +
      'with the first and third quartiles of the runs in brackets. kB = 1000 bytes.\n',
  );
  console.log(table(floor, apps));
  for (const app of apps) console.log(`\nJS before the figures painted (${app.label}): ${app.jsFiles.join(', ')}`);
}
