import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type ServedResponse, type StaticServer } from '../tests/e2e/support/static-server';
import { chromePath, launchChromium } from '../tests/e2e/support/browser';
import { floorHtml, floorPeriods } from './bench-floor';
import { runLighthouse, type FormFactor, type LighthouseScores } from './bench-lighthouse';
import { headlineIdentifier, probeScript, type ProbeState } from './bench-probe';

/**
 * `npm run bench`: builds the app, serves it on 127.0.0.1 (gzip, cache headers) next to
 * a floor page (the headline tiles as plain HTML, bench-floor.ts), and measures both in
 * Chromium, alternating, each run in a fresh browser context. Medians are printed beside
 * the floor's with the ratio, then Lighthouse scores. Options:
 *   --runs N            runs of each page (default 7, at least 7 for the README's figures)
 *   --app label=dir     also measure another build (e.g. the one before a change), alternated with the rest
 *   --no-build          measure only the --app builds
 *   --lighthouse-runs N Lighthouse runs per page and form factor, median taken (default 1; 0 skips)
 *   --out file          where the raw results go (default test-results/bench.json)
 */

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    app: { type: 'string', multiple: true, default: [] },
    'no-build': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '1' },
    out: { type: 'string', default: 'test-results/bench.json' },
  },
});
const runs = Number(values.runs);
const lighthouseRuns = Number(values['lighthouse-runs']);
const viewport = { width: 1366, height: 768 };

type Target = { label: string; url: string; log: ServedResponse[] };
type Visit = {
  paintMs: number;
  method: 'Element Timing' | 'MutationObserver + double rAF';
  jsBeforePaint: number;
  jsFiles: string[];
  bytes: number;
  cls: number;
};
type Run = { first: Visit; repeat: Visit; switch: Switch };

const median = (numbers: number[]) => {
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
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const quietBeforeVisitMs = 500;
type BenchWindow = { __bench: ProbeState; __benchArm: (next: string) => void };

/** Waits until the server has answered nothing for `quietMs` (the page has fetched what it will). */
async function settle(log: ServedResponse[], since: number, quietMs = 1000, maxMs = 15_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < maxMs) {
    const last = log.slice(since).reduce((latest, entry) => Math.max(latest, entry.finishedAt), start);
    if (Date.now() - last >= quietMs) return;
    await sleep(100);
  }
}

/** Opens the target's first screen in a page and measures it until everything it loads has arrived. */
async function visit(page: Page, target: Target, expected: string): Promise<Visit> {
  // The page closed just before (the previous run's, or the first visit's) is still being torn down:
  // its clean-up would otherwise run alongside this load, heavier after the app than after the floor.
  await sleep(quietBeforeVisitMs);
  const since = target.log.length;
  await page.goto(target.url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(
    (text) => {
      const state = (window as unknown as BenchWindow).__bench;
      return state.elements.some((entry) => entry.text === text) || state.paintedAt !== undefined;
    },
    expected,
    { timeout: 30_000, polling: 25 },
  );
  // Element Timing entries are delivered after the paint; give them a moment to arrive.
  await page
    .waitForFunction(
      (text) => (window as unknown as BenchWindow).__bench.elements.some((entry) => entry.text === text),
      expected,
      { timeout: 1000, polling: 25 },
    )
    .catch(() => undefined);
  await settle(target.log, since);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const { state, timeOrigin } = await page.evaluate(() => ({
    state: (window as unknown as BenchWindow).__bench,
    timeOrigin: performance.timeOrigin,
  }));
  const timed = state.elements.filter((entry) => entry.text === expected).map((entry) => entry.renderTime);
  const paintMs = timed.length > 0 ? Math.min(...timed) : state.paintedAt;
  if (paintMs === undefined) throw new Error(`${target.label}: the headline figure "${expected}" was never painted`);
  const paintedAtWallClock = timeOrigin + paintMs;
  const served = target.log.slice(since);
  const scripts = served.filter((entry) => entry.contentType.includes('javascript'));
  const beforePaint = scripts.filter((entry) => entry.finishedAt <= paintedAtWallClock);
  return {
    paintMs,
    method: timed.length > 0 ? 'Element Timing' : 'MutationObserver + double rAF',
    jsBeforePaint: beforePaint.reduce((sum, entry) => sum + entry.bodyBytes, 0),
    jsFiles: beforePaint.map((entry) => entry.path),
    bytes: served.reduce((sum, entry) => sum + entry.bytes, 0),
    cls: state.cls,
  };
}

type Switch = { ms: number; method: 'Event Timing' | 'MutationObserver + double rAF'; doubleRafMs: number };

/**
 * Clicks the other period in the filter; the time from the click to the new headline figure painted:
 * the frame after the click's handlers (Event Timing), when the figure was in the page by then.
 * Two frames after the figure appeared (the fallback) is only an estimate: it stops before the frame
 * is rasterised and shown.
 */
async function switchPeriod(page: Page, label: string, expected: string): Promise<Switch> {
  // A prerendered page's filter works in the page once the app has taken it over.
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return !root?.hasAttribute('data-prerendered') || root.dataset.interactive !== undefined;
  });
  await page.evaluate((text) => (window as unknown as BenchWindow).__benchArm(text), expected);
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.paintedAt !== undefined, undefined, {
    timeout: 10_000,
    polling: 25,
  });
  // Event Timing entries are delivered after the paint; give them a moment to arrive.
  await page
    .waitForFunction(() => (window as unknown as BenchWindow).__bench.clickPresentedAt !== undefined, undefined, {
      timeout: 1000,
      polling: 25,
    })
    .catch(() => undefined);
  const state = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
  const doubleRafMs = state.paintedAt! - state.clickAt!;
  const inFrame =
    state.clickPresentedAt !== undefined &&
    state.mutationAt !== undefined &&
    state.mutationAt <= state.clickProcessedAt!;
  return inFrame
    ? { ms: state.clickPresentedAt! - state.clickAt!, method: 'Event Timing', doubleRafMs }
    : { ms: doubleRafMs, method: 'MutationObserver + double rAF', doubleRafMs };
}

type Headlines = { first: string; other: string; otherLabel: string };

/** One fresh context: first visit, period switch, then a repeat visit in a new page of the same context. */
async function measure(browser: Browser, target: Target, headlines: Headlines): Promise<Run> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  try {
    await context.addInitScript({ content: probeScript(headlines.first) });
    const page = await context.newPage();
    const first = await visit(page, target, headlines.first);
    const periodSwitch = await switchPeriod(page, headlines.otherLabel, headlines.other);
    await page.close();
    const repeat = await visit(await context.newPage(), target, headlines.first);
    return { first, repeat, switch: periodSwitch };
  } finally {
    await context.close();
  }
}

function build(outDir: string): void {
  console.log(`Building the app into ${outDir}`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

function machine(): string {
  const version = (() => {
    try {
      return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown Chromium';
    }
  })();
  return `${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (nproc), ${cpus()[0]?.model.trim()}, ${version}, Node ${process.version}`;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;

type Summary = {
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

function summarise(label: string, results: Run[]): Omit<Summary, 'lighthouse'> {
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

function table(floor: Summary, apps: Summary[]): string {
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

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'lechan-bench-'));
  // Also on an exit forced by a signal handler (Playwright's), before the async clean-up ran.
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined);
    await Promise.all(servers.map((server) => server.close()));
    rmSync(work, { recursive: true, force: true });
  };
  // Ctrl-C reaches the process twice (from the terminal and relayed by tsx): clean up once, ignore the rest.
  let stopping = false;
  const interrupted = () => {
    if (stopping) return;
    stopping = true;
    void cleanUp().finally(() => process.exit(130));
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  try {
    const builds = values.app.map((spec) => {
      const [label, dir] = spec.split('=');
      if (!label || !dir) throw new Error(`--app wants label=dir, got "${spec}"`);
      return { label, dir: resolve(dir) };
    });
    if (!values['no-build']) {
      build(join(work, 'app'));
      builds.push({ label: 'app', dir: join(work, 'app') });
    }
    if (builds.length === 0) throw new Error('nothing to measure: give --app label=dir or drop --no-build');

    const periods = floorPeriods('mocks/data');
    const [other, latest] = periods.slice(-2);
    if (!latest || !other || !latest.tiles[0] || !other.tiles[0]) throw new Error('the bench needs two periods');
    const headlines: Headlines = { first: latest.tiles[0].value, other: other.tiles[0].value, otherLabel: other.label };
    const floorPage = floorHtml(periods);

    const targets: Target[] = [];
    for (const [index, { label, dir }] of builds.entries()) {
      const served = join(work, `served-${index}`);
      cpSync(dir, served, { recursive: true });
      writeFileSync(join(served, 'floor.html'), floorPage);
      const log: ServedResponse[] = [];
      const server = await serveStatic(served, { gzip: true, cache: true, onResponse: (entry) => log.push(entry) });
      servers.push(server);
      targets.push({ label, url: `${server.url}/`, log });
    }
    // The floor is served by the last build's server: same server, same options.
    const last = targets.at(-1)!;
    const floor: Target = { label: 'floor', url: `${last.url}floor.html`, log: last.log };

    browser = await launchChromium();
    const results = new Map<Target, Run[]>([floor, ...targets].map((target) => [target, []]));
    console.log(`Measuring ${runs} runs of: floor, ${targets.map((target) => target.label).join(', ')}`);
    // One discarded run each: the server compresses on first request, Chromium warms up.
    for (const target of [floor, ...targets]) await measure(browser, target, headlines);
    for (let run = 0; run < runs; run += 1) {
      // Alternate the order, so a drift of the machine's speed weighs on every page alike.
      const order = run % 2 === 0 ? [floor, ...targets] : [...targets, floor];
      for (const target of order) {
        results.get(target)!.push(await measure(browser, target, headlines));
      }
      process.stdout.write(`  run ${run + 1}/${runs} done\n`);
    }
    await browser.close();
    browser = undefined;

    const summaries = new Map<Target, Summary>(
      [...results].map(([target, runResults]) => [target, { ...summarise(target.label, runResults), lighthouse: {} }]),
    );
    if (lighthouseRuns > 0) {
      for (const form of ['mobile', 'desktop'] as const) {
        for (const target of [floor, ...targets]) {
          const scores: LighthouseScores[] = [];
          for (let run = 0; run < lighthouseRuns; run += 1) scores.push(await runLighthouse(target.url, form));
          summaries.get(target)!.lighthouse[form] = {
            performance: median(scores.map((score) => score.performance)),
            accessibility: median(scores.map((score) => score.accessibility)),
            bestPractices: median(scores.map((score) => score.bestPractices)),
          };
          process.stdout.write(`  Lighthouse ${form} ${target.label} done\n`);
        }
      }
    }

    const floorSummary = summaries.get(floor)!;
    const appSummaries = targets.map((target) => summaries.get(target)!);
    console.log(`\n${machine()}; ${runs} fresh-context runs each, viewport ${viewport.width}×${viewport.height}`);
    console.log(
      `"Painted": ${[...new Set([floorSummary, ...appSummaries].flatMap((s) => s.methods))].join(' and ')} for the visits ` +
        `(elementtiming="${headlineIdentifier}" on the tile values); for the period switch, ` +
        `${[...new Set([floorSummary, ...appSummaries].flatMap((s) => s.switchMethods))].join(' and ')} (the frame ` +
        "presented after the click's handlers, once they had put the new figure in the page; a click handled in under " +
        '16 ms has no Event Timing entry and is timed two frames after the figure appeared, an estimate that stops ' +
        'before the frame is rasterised and shown). ' +
        'JS before the figures painted: JavaScript ' +
        'responses the server finished sending before that paint, gzipped body bytes. Timings are medians, ' +
        'with the first and third quartiles of the runs in brackets. kB = 1000 bytes.\n',
    );
    console.log(table(floorSummary, appSummaries));
    for (const app of appSummaries)
      console.log(`\nJS before the figures painted (${app.label}): ${app.jsFiles.join(', ')}`);
    mkdirSync(resolve(values.out, '..'), { recursive: true });
    writeFileSync(
      values.out,
      JSON.stringify(
        {
          machine: machine(),
          runs,
          viewport,
          summaries: [...summaries.values()],
          raw: [...results].map(([t, r]) => ({ label: t.label, runs: r })),
        },
        null,
        2,
      ),
    );
    console.log(`\nRaw results: ${values.out}`);
  } finally {
    await cleanUp();
  }
}

await main();
