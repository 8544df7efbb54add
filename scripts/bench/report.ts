import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { chromePath } from '../../tests/e2e/support/browser';
import type { FormFactor, LighthouseScores } from './lighthouse';
import type { BeforePaint, Switches, Visits } from './measure';

/** What the bench reports: medians and quartiles of the runs, and its tables in the form docs/performance.md holds. */

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

const run = (command: string, args: string[]) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};

/** Date, machine, browser, Node and the commit measured (marked when the tree has changes). */
export function machine(): string {
  const chromium = run(chromePath(), ['--version']) ?? 'unknown Chromium';
  const commit = run('git', ['rev-parse', '--short', 'HEAD']) ?? 'unknown commit';
  const changed = run('git', ['status', '--porcelain', '--untracked-files=no']) ? ' with uncommitted changes' : '';
  const cpu = `${cpus().length} cores (nproc), ${cpus()[0]?.model.trim()}`;
  return `${new Date().toISOString().slice(0, 10)}, commit ${commit}${changed}; ${cpu}, ${chromium}, Node ${process.version}`;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value: number) => `${Math.round(value)} ms`;

type Timing = { median: number; quartiles: [number, number] };
const timing = (values: number[]): Timing => ({ median: median(values), quartiles: quartiles(values) });
const showTiming = (value: Timing) => `${ms(value.median)} (${value.quartiles.map(Math.round).join('–')})`;

export type VisitSummary = {
  first: Timing;
  repeat: Timing;
  beforePaint: BeforePaint;
  firstBytes: number;
  repeatBytes: number;
  /** The largest layout shift of any run: the target is none in any. */
  cls: number;
  repeatCls: number;
  methods: string[];
  jsFiles: string[];
};

export function summariseVisits(runs: Visits[]): VisitSummary {
  const of = (pick: (visits: Visits) => number) => runs.map(pick);
  return {
    first: timing(of((r) => r.first.paintMs)),
    repeat: timing(of((r) => r.repeat.paintMs)),
    beforePaint: {
      js: median(of((r) => r.first.beforePaint.js)),
      html: median(of((r) => r.first.beforePaint.html)),
      json: median(of((r) => r.first.beforePaint.json)),
    },
    firstBytes: median(of((r) => r.first.bytes)),
    repeatBytes: median(of((r) => r.repeat.bytes)),
    cls: Math.max(...of((r) => r.first.cls)),
    repeatCls: Math.max(...of((r) => r.repeat.cls)),
    methods: [...new Set(runs.flatMap((r) => [r.first.method, r.repeat.method]))],
    jsFiles: [...new Set(runs.flatMap((r) => r.first.jsFiles))],
  };
}

export type SwitchSummary = {
  early: Timing;
  settled: Timing;
  earlyDoubleRaf: number;
  settledDoubleRaf: number;
  earlyAfterInteractive: Timing;
  methods: string[];
};

export function summariseSwitches(runs: Switches[]): SwitchSummary {
  return {
    early: timing(runs.map((r) => r.early.ms)),
    settled: timing(runs.map((r) => r.settled.ms)),
    earlyDoubleRaf: median(runs.map((r) => r.early.doubleRafMs)),
    settledDoubleRaf: median(runs.map((r) => r.settled.doubleRafMs)),
    earlyAfterInteractive: timing(runs.map((r) => r.early.afterInteractiveMs)),
    methods: [...new Set(runs.flatMap((r) => [r.early.method, r.settled.method]))],
  };
}

export function medianScores(scores: LighthouseScores[]): LighthouseScores {
  const of = (key: Exclude<keyof LighthouseScores, 'failedAudits'>) => median(scores.map((score) => score[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    lcpMs: of('lcpMs'),
    tbtMs: of('tbtMs'),
    cls: of('cls'),
    failedAudits: [...new Set(scores.flatMap((score) => score.failedAudits))],
  };
}

export type ViewResult = {
  view: string;
  app: VisitSummary;
  staticCopy: VisitSummary;
  lighthouse: Partial<Record<FormFactor, LighthouseScores>>;
  /** The static copy's mobile scores: what Lighthouse gives this markup with no script at all. */
  staticCopyLighthouse?: LighthouseScores;
};

const markdown = (rows: string[][]) =>
  [rows[0]!, rows[0]!.map(() => '---'), ...rows.slice(1)].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

/** Issue 28's targets for a view: 1.25× its static copy, Lighthouse mobile ≥ 95, 100 and 100, no layout shift. */
export const targets = { ratio: 1.25, mobilePerformance: 95 } as const;

function misses(result: ViewResult): string[] {
  const found: string[] = [];
  const firstRatio = result.app.first.median / result.staticCopy.first.median;
  const repeatRatio = result.app.repeat.median / result.staticCopy.repeat.median;
  if (firstRatio > targets.ratio) found.push(`first ${firstRatio.toFixed(2)}×`);
  if (repeatRatio > targets.ratio) found.push(`repeat ${repeatRatio.toFixed(2)}×`);
  if (result.app.cls > 0 || result.app.repeatCls > 0) found.push('layout shift');
  for (const [form, scores] of Object.entries(result.lighthouse)) {
    if (form === 'mobile' && scores.performance < targets.mobilePerformance)
      found.push(`mobile perf. ${scores.performance}`);
    const failed = scores.failedAudits.length > 0 ? ` (failed in a run: ${scores.failedAudits.join(', ')})` : '';
    if (scores.accessibility < 100) found.push(`${form} a11y ${scores.accessibility}${failed}`);
    if (scores.bestPractices < 100) found.push(`${form} b. p. ${scores.bestPractices}${failed}`);
    if (Math.round(scores.cls * 1000) > 0) found.push(`${form} CLS ${scores.cls.toFixed(3)}`);
  }
  return found;
}

const showScores = (scores: LighthouseScores | undefined) =>
  scores
    ? `${scores.performance} / ${scores.accessibility} / ${scores.bestPractices} (${(scores.lcpMs / 1000).toFixed(1)} s, ${Math.round(scores.tbtMs)} ms, ${scores.cls.toFixed(2)})`
    : '–';

/** One row a view: the app against its static copy, first and repeat visit, and Lighthouse. */
export function viewsTable(results: ViewResult[]): string {
  return markdown([
    [
      'view',
      'first visit: app / static copy',
      'ratio',
      'repeat visit: app / static copy',
      'ratio',
      'Lighthouse mobile: perf. / a11y / b. p. (LCP, TBT, CLS)',
      'Lighthouse mobile, static copy',
      'Lighthouse desktop',
      'targets met',
    ],
    ...results.map((result) => {
      const found = misses(result);
      return [
        `\`${result.view}\``,
        `${showTiming(result.app.first)} / ${showTiming(result.staticCopy.first)}`,
        `${(result.app.first.median / result.staticCopy.first.median).toFixed(2)}×`,
        `${showTiming(result.app.repeat)} / ${showTiming(result.staticCopy.repeat)}`,
        `${(result.app.repeat.median / result.staticCopy.repeat.median).toFixed(2)}×`,
        showScores(result.lighthouse.mobile),
        showScores(result.staticCopyLighthouse),
        showScores(result.lighthouse.desktop),
        found.length === 0 ? 'yes' : `no: ${found.join(', ')}`,
      ];
    }),
  ]);
}

/** What each view fetched before its figures painted, what it fetched in all, and its layout shifts. */
export function loadTable(results: ViewResult[]): string {
  return markdown([
    [
      'view',
      'before the figures painted: JS / HTML / JSON (gzip)',
      'transferred, first / repeat visit',
      'CLS, first / repeat (largest of the runs)',
    ],
    ...results.map(({ view, app }) => [
      `\`${view}\``,
      `${kB(app.beforePaint.js)} / ${kB(app.beforePaint.html)} / ${kB(app.beforePaint.json)}`,
      `${kB(app.firstBytes)} / ${kB(app.repeatBytes)}`,
      `${app.cls.toFixed(3)} / ${app.repeatCls.toFixed(3)}`,
    ]),
  ]);
}

export function switchTable(summary: SwitchSummary): string {
  const met = (value: Timing) => (value.median <= 50 ? 'yes' : 'no');
  return markdown([
    [
      'period switch on `/`, to the report of `?year=2023` and back',
      'new figures shown',
      'two frames after they appeared',
      'target',
      'met',
    ],
    [
      `as soon as the page is interactive (clicked ${showTiming(summary.earlyAfterInteractive)} after it)`,
      showTiming(summary.early),
      ms(summary.earlyDoubleRaf),
      '≤ 50 ms',
      met(summary.early),
    ],
    [
      'once the page has been quiet for 2 s',
      showTiming(summary.settled),
      ms(summary.settledDoubleRaf),
      '≤ 50 ms',
      met(summary.settled),
    ],
  ]);
}

/** A figure of the two-report build against the history's; larger is worse. */
export type ScaleRow = {
  name: string;
  shipped: number;
  history: number;
  show: (value: number) => string;
  compared?: boolean;
};

export const scaleLimit = 1.1;

export function scaleTable(rows: ScaleRow[], labels: [string, string]): string {
  return markdown([
    ['metric', labels[0], labels[1], 'ratio', 'within 10%'],
    ...rows.map((row) => {
      const ratio = row.shipped > 0 ? row.history / row.shipped : row.history > 0 ? Infinity : 1;
      const compared = row.compared ?? true;
      return [
        row.name,
        row.show(row.shipped),
        row.show(row.history),
        compared ? `${ratio.toFixed(2)}×` : '',
        compared ? (ratio <= scaleLimit ? 'yes' : 'NO') : 'not compared',
      ];
    }),
  ]);
}

export { showTiming };
