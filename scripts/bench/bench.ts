import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { dataDir, dataDirVariable } from '../../build/data-dir';
import { renderedLine } from '../../build/prerender-views';
import { latestOf } from '../../src/lib/periods';
import { Report } from '../../src/lib/report-schema';
import { launchChromium } from '../../tests/e2e/support/browser';
import { serveStatic, type ServedResponse, type StaticServer } from '../../tests/e2e/support/static-server';
import { writeHistory } from '../data-history/cli';
import { runLighthouse, type FormFactor, type LighthouseScores } from './lighthouse';
import {
  measureSwitches,
  measureVisits,
  settledSwitchQuietMs,
  type Switches,
  type Target,
  type Visits,
} from './measure';
import {
  kB,
  loadTable,
  machine,
  median,
  medianScores,
  ms,
  scaleTable,
  summariseSwitches,
  summariseVisits,
  switchTable,
  viewsTable,
  type ScaleRow,
  type ViewResult,
} from './report';
import { captureView, views, viewport, type CapturedView, type View } from './views';

/**
 * `npm run bench`: builds the app, serves it on 127.0.0.1 (gzip, cache headers), saves each view's
 * static copy (views.ts), and measures every view against its copy in Chromium, alternating, each
 * run in a fresh browser context (measure.ts); then the period switch, and Lighthouse on each view.
 * `npm run bench -- --scale` builds with the shipped reports and with a generated history of 24
 * (scripts/data-history/) and compares the two. Options:
 *   --runs N             runs of each page (default 7; 3 for a quick check)
 *   --lighthouse-runs N  Lighthouse runs per view and form factor, median taken (default 1; 0 skips)
 *   --stock-launcher     Lighthouse's launcher flags as they are (lighthouse.ts says what the bench changes)
 *   --view NAME          measure only this view (repeatable): /, ?year=2023, ?lang=en, ?present=1, …
 *   --scale              the scale comparison instead of the views against their static copies
 *   --out FILE           where the raw results go (default test-results/bench.json)
 */

type Options = {
  runs: number;
  lighthouseRuns: number;
  stockLauncher: boolean;
  views: View[];
  scale: boolean;
  out: string;
};

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      'lighthouse-runs': { type: 'string', default: '1' },
      view: { type: 'string', multiple: true, default: [] },
      scale: { type: 'boolean', default: false },
      'stock-launcher': { type: 'boolean', default: false },
      out: { type: 'string', default: 'test-results/bench.json' },
    },
  });
  const unknown = values.view.filter((name) => !views.some((view) => view.name === name));
  if (unknown.length > 0) throw new Error(`unknown view ${unknown.join(', ')}: ${views.map((v) => v.name).join(' ')}`);
  return {
    runs: Number(values.runs),
    lighthouseRuns: Number(values['lighthouse-runs']),
    stockLauncher: values['stock-launcher'],
    views: values.view.length > 0 ? views.filter((view) => values.view.includes(view.name)) : [...views],
    scale: values.scale,
    out: values.out,
  };
}

/** What the bench holds while it runs, released by `cleanUp` however it ends. */
type Resources = { work: string; servers: StaticServer[]; browser?: Browser };

async function cleanUp(resources: Resources): Promise<void> {
  await resources.browser?.close().catch(() => undefined);
  await Promise.all(resources.servers.map((server) => server.close()));
  rmSync(resources.work, { recursive: true, force: true });
}

/** A work folder, removed on exit, and clean-up on Ctrl-C or SIGTERM. */
function acquireResources(): Resources {
  const resources: Resources = { work: mkdtempSync(join(tmpdir(), 'lechan-bench-')), servers: [] };
  // Also on an exit forced by a signal handler (Playwright's), before the async clean-up ran.
  process.on('exit', () => rmSync(resources.work, { recursive: true, force: true }));
  // Ctrl-C reaches the process twice (from the terminal and relayed by tsx): clean up once, ignore the rest.
  let stopping = false;
  const interrupted = () => {
    if (stopping) return;
    stopping = true;
    void cleanUp(resources).finally(() => process.exit(130));
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  return resources;
}

/** A build's wall-clock time, and the part of it spent rendering the view pages (as the build reports it), in ms. */
type BuildTime = { total: number; views: number };

/** Builds the app from `data` into `outDir`. */
function build(outDir: string, data: string): BuildTime {
  console.log(`Building the app with ${data} into ${outDir}`);
  const start = Date.now();
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, [dataDirVariable]: data },
  });
  const total = Date.now() - start;
  process.stdout.write(result.stdout);
  if (result.status !== 0) throw new Error('vite build failed');
  const views = new RegExp(`${renderedLine} \\d+ views in (\\d+) ms`).exec(result.stdout);
  if (!views) throw new Error(`the build printed no "${renderedLine}" line`);
  return { total, views: Number(views[1]) };
}

/** The default view's report and `?year=2023`'s: the period switch goes from one to the other. */
function switchReports(data: string): { latest: string; other: string } {
  const reportsDir = join(data, 'reports');
  const reports = readdirSync(reportsDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => Report.parse(JSON.parse(readFileSync(join(reportsDir, name), 'utf8'))));
  const latest = latestOf(reports);
  const other = latestOf(reports.filter((report) => report.period.year === 2023));
  if (!latest || !other || latest === other) throw new Error(`${data}: the switch needs a 2023 report and a later one`);
  return { latest: latest.source.id, other: other.source.id };
}

/** A build served from a copy of its own (the static copies are written beside it), with its server's log. */
type Served = {
  label: string;
  data: string;
  root: string;
  url: string;
  /** The same build on a host that does not rewrite addresses. */
  plainUrl: string;
  log: ServedResponse[];
  captured: CapturedView[];
};

async function serveBuild(
  label: string,
  dir: string,
  data: string,
  wanted: View[],
  resources: Resources,
): Promise<Served> {
  const root = join(resources.work, `served-${label}`);
  cpSync(dir, root, { recursive: true });
  const log: ServedResponse[] = [];
  const server = await serveStatic(root, { gzip: true, cache: true, onResponse: (entry) => log.push(entry) });
  const plain = await serveStatic(root, {
    gzip: true,
    cache: true,
    rewriteViews: false,
    onResponse: (entry) => log.push(entry),
  });
  resources.servers.push(server, plain);
  // The switch goes between `/` and `?year=2023`: their markers are needed whichever views are measured.
  const toCapture = views.filter((view) => wanted.includes(view) || view.name === '/' || view.name === '?year=2023');
  const captured: CapturedView[] = [];
  for (const view of toCapture)
    captured.push(await captureView(resources.browser!, view.plainHost ? plain.url : server.url, view, root));
  return { label, data, root, url: server.url, plainUrl: plain.url, log, captured };
}

const capturedOf = (served: Served, name: string) => served.captured.find((entry) => entry.view.name === name)!;

const appTarget = (served: Served, view: View): Target => ({
  label: `${served.label} ${view.name}`,
  url: `${view.plainHost ? served.plainUrl : served.url}/${view.search}`,
  marker: capturedOf(served, view.name).marker,
  log: served.log,
});

const staticTarget = (served: Served, view: View): Target => {
  const captured = capturedOf(served, view.name);
  return {
    label: `static copy ${view.name}`,
    url: `${served.url}${captured.staticPath}`,
    marker: captured.marker,
    log: served.log,
  };
};

/** The switch on `/` of a served build, from its report to `?year=2023`'s and back. */
function switchOf(served: Served): (browser: Browser) => Promise<Switches> {
  const ids = switchReports(served.data);
  const home = appTarget(served, views[0]!);
  const other = { reportId: ids.other, marker: capturedOf(served, '?year=2023').marker };
  return (browser) => measureSwitches(browser, home, other, ids.latest);
}

/**
 * One discarded run of each page (the server compresses on first request, Chromium warms up), then
 * `runs` runs, the order reversed every other run so a drift of the machine's speed weighs on
 * every page alike; the switch once a run for each build.
 */
async function measureAlternated(
  browser: Browser,
  targets: Target[],
  switches: { label: string; measure: (browser: Browser) => Promise<Switches> }[],
  runs: number,
): Promise<{ visits: Map<Target, Visits[]>; switches: Map<string, Switches[]> }> {
  const visits = new Map<Target, Visits[]>(targets.map((target) => [target, []]));
  const switchRuns = new Map<string, Switches[]>(switches.map((entry) => [entry.label, []]));
  console.log(`Measuring ${runs} runs of ${targets.length} pages and the period switch`);
  for (const target of targets) await measureVisits(browser, target);
  for (const entry of switches) await entry.measure(browser);
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) visits.get(target)!.push(await measureVisits(browser, target));
    const switchOrder = run % 2 === 0 ? switches : [...switches].reverse();
    for (const entry of switchOrder) switchRuns.get(entry.label)!.push(await entry.measure(browser));
    process.stdout.write(`  run ${run + 1}/${runs} done\n`);
  }
  return { visits, switches: switchRuns };
}

/** Median Lighthouse scores of the app's view in both forms, and of its static copy as a phone opens it. */
async function lighthouseOf(
  pair: { app: Target; copy: Target },
  options: Options,
): Promise<Pick<ViewResult, 'lighthouse' | 'staticCopyLighthouse'>> {
  const medianOf = async (url: string, form: FormFactor) => {
    const scores: LighthouseScores[] = [];
    for (let run = 0; run < options.lighthouseRuns; run += 1)
      scores.push(await runLighthouse(url, form, { stockLauncher: options.stockLauncher }));
    return medianScores(scores);
  };
  return {
    lighthouse: { mobile: await medianOf(pair.app.url, 'mobile'), desktop: await medianOf(pair.app.url, 'desktop') },
    staticCopyLighthouse: await medianOf(pair.copy.url, 'mobile'),
  };
}

function writeRaw(out: string, raw: unknown): void {
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify({ machine: machine(), viewport, ...(raw as object) }, null, 2));
  console.log(`\nRaw results: ${out}`);
}

const methodsNote =
  '"Painted": the view\'s first headline figure (elementtiming="headline-figure", Element Timing API) where it ' +
  'shows tiles, otherwise its largest text as Largest Contentful Paint reports it, read from the painted app; ' +
  "two animation frames after that text appeared where neither reported it. The static copy is the view's " +
  'markup as the app showed it once interactive, without scripts, module preloads or policy, served by the ' +
  "same server. The switch is timed by the click's Event Timing entry (the frame presented after its " +
  'handlers, once they had put the new figure in the page), or two frames after the figure appeared. ' +
  'Timings are medians with the first and third quartiles in brackets; kB = 1000 bytes, gzipped bodies.';

async function benchViews(options: Options, resources: Resources): Promise<void> {
  const data = dataDir();
  build(join(resources.work, 'app'), data);
  resources.browser = await launchChromium();
  const served = await serveBuild('app', join(resources.work, 'app'), data, options.views, resources);
  const pairs = options.views.map((view) => ({ view, app: appTarget(served, view), copy: staticTarget(served, view) }));
  const { visits, switches } = await measureAlternated(
    resources.browser,
    pairs.flatMap((pair) => [pair.app, pair.copy]),
    [{ label: 'app', measure: switchOf(served) }],
    options.runs,
  );
  await resources.browser.close();
  resources.browser = undefined;

  const results: ViewResult[] = [];
  for (const pair of pairs) {
    const lighthouse = options.lighthouseRuns > 0 ? await lighthouseOf(pair, options) : { lighthouse: {} };
    if (options.lighthouseRuns > 0) process.stdout.write(`  Lighthouse ${pair.view.name} done\n`);
    results.push({
      view: pair.view.name,
      app: summariseVisits(visits.get(pair.app)!),
      staticCopy: summariseVisits(visits.get(pair.copy)!),
      ...lighthouse,
    });
  }
  const switchSummary = summariseSwitches(switches.get('app')!);

  console.log(`\n${machine()}; viewport ${viewport.width}×${viewport.height}; ${options.runs} fresh-context runs`);
  console.log(
    `Lighthouse 12.8.2, median of ${options.lighthouseRuns} run(s) per view and form factor, ` +
      `${options.stockLauncher ? "the launcher's flags as they are" : "Chrome's RenderDocument on"}.\n${methodsNote}\n`,
  );
  console.log(viewsTable(results));
  console.log(`\n${loadTable(results)}`);
  console.log(`\n${switchTable(switchSummary)}`);
  const home = results.find((result) => result.view === '/');
  if (home) console.log(`\nJS before the figures of \`/\` painted: ${home.app.jsFiles.join(', ') || 'none'}`);
  writeRaw(options.out, {
    runs: options.runs,
    results,
    switch: switchSummary,
    raw: [...visits].map(([target, runs]) => ({ label: target.label, runs })),
  });
}

/** Bytes of the built folder, apart from HTML pages other than index.html (the prerendered views). */
function distSize(dir: string): { bytes: number; extraPages: number; extraBytes: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  let bytes = 0;
  let extraPages = 0;
  let extraBytes = 0;
  for (const file of files) {
    const path = join(file.parentPath, file.name);
    const size = statSync(path).size;
    if (file.name.endsWith('.html') && path !== join(dir, 'index.html')) {
      extraPages += 1;
      extraBytes += size;
    } else bytes += size;
  }
  return { bytes, extraPages, extraBytes };
}

const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

async function benchScale(options: Options, resources: Resources): Promise<void> {
  const history = join(resources.work, 'history');
  writeHistory(history);
  const datasets = [
    { label: 'shipped', data: dataDir(), dir: join(resources.work, 'build-shipped') },
    { label: 'history', data: history, dir: join(resources.work, 'build-history') },
  ];
  // Two builds of each, alternated: build time is one sample per build and the machine is shared.
  const buildTimes = new Map<string, BuildTime[]>(datasets.map((set) => [set.label, []]));
  for (const round of [0, 1])
    for (const set of round === 0 ? datasets : [...datasets].reverse())
      buildTimes.get(set.label)!.push(build(set.dir, set.data));
  const sizes = datasets.map((set) => distSize(set.dir));

  resources.browser = await launchChromium();
  const served: Served[] = [];
  for (const set of datasets) served.push(await serveBuild(set.label, set.dir, set.data, options.views, resources));
  const targets = options.views.flatMap((view) => served.map((build) => appTarget(build, view)));
  const { visits, switches } = await measureAlternated(
    resources.browser,
    targets,
    served.map((build) => ({ label: build.label, measure: switchOf(build) })),
    options.runs,
  );
  await resources.browser.close();
  resources.browser = undefined;

  const [shipped, generated] = served as [Served, Served];
  const summary = (build: Served, view: View) =>
    summariseVisits(visits.get(targets.find((t) => t.label === `${build.label} ${view.name}`)!)!);
  const switchSummaries = served.map((build) => summariseSwitches(switches.get(build.label)!));
  const rows: ScaleRow[] = options.views.flatMap((view) => {
    const [a, b] = [summary(shipped, view), summary(generated, view)];
    const fetched = (s: typeof a) => s.beforePaint.js + s.beforePaint.html + s.beforePaint.json;
    return [
      {
        name: `\`${view.name}\`: JS + data (HTML, JSON) before the figures painted`,
        shipped: fetched(a),
        history: fetched(b),
        show: kB,
      },
      {
        name: `\`${view.name}\`: figures painted, first visit`,
        shipped: a.first.median,
        history: b.first.median,
        show: ms,
      },
    ];
  });
  rows.push(
    // A list (the history) is timed two frames after the figures appeared, links by Event Timing: compare alike.
    {
      name: 'switch as soon as interactive (two frames after the figures appeared)',
      shipped: switchSummaries[0]!.earlyDoubleRaf,
      history: switchSummaries[1]!.earlyDoubleRaf,
      show: ms,
    },
    {
      name: `switch after ${settledSwitchQuietMs / 1000} s quiet (two frames after)`,
      shipped: switchSummaries[0]!.settledDoubleRaf,
      history: switchSummaries[1]!.settledDoubleRaf,
      show: ms,
    },
    {
      name: 'build time (`vite build`, median of 2), without rendering the view pages',
      shipped: median(buildTimes.get('shipped')!.map((time) => time.total - time.views)),
      history: median(buildTimes.get('history')!.map((time) => time.total - time.views)),
      show: seconds,
    },
    {
      name: `rendering the view pages (${sizes[0]!.extraPages + 1} / ${sizes[1]!.extraPages + 1} views, median of 2)`,
      shipped: median(buildTimes.get('shipped')!.map((time) => time.views)),
      history: median(buildTimes.get('history')!.map((time) => time.views)),
      show: seconds,
      compared: false,
    },
    {
      name: 'size of dist/, without the prerendered view pages',
      shipped: sizes[0]!.bytes,
      history: sizes[1]!.bytes,
      show: kB,
    },
    {
      name: `prerendered view pages: ${sizes[0]!.extraPages} / ${sizes[1]!.extraPages} HTML files besides index.html`,
      shipped: sizes[0]!.extraBytes,
      history: sizes[1]!.extraBytes,
      show: kB,
      compared: false,
    },
  );
  console.log(`\n${machine()}; viewport ${viewport.width}×${viewport.height}; ${options.runs} fresh-context runs`);
  console.log(
    `Scale: the build with the shipped reports against one with the generated history of 24.\n${methodsNote}\n`,
  );
  console.log(scaleTable(rows, ['2 reports (shipped)', '24 reports (generated)']));
  writeRaw(options.out, {
    runs: options.runs,
    scale: rows,
    buildTimes: [...buildTimes],
    sizes,
  });
}

async function main(): Promise<void> {
  const options = readOptions();
  const resources = acquireResources();
  try {
    await (options.scale ? benchScale(options, resources) : benchViews(options, resources));
  } finally {
    await cleanUp(resources);
  }
}

await main();
