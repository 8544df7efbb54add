import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser';
import { serveStatic, type ServedResponse, type StaticServer } from '../../tests/e2e/support/static-server';
import { floorHtml, floorPeriods } from './floor';
import { runLighthouse, type LighthouseScores } from './lighthouse';
import { measure, viewport, type Headlines, type Run, type Target } from './measure';
import { machine, median, printReport, summarise, type Summary } from './report';

/**
 * `npm run bench`: builds the app, serves it on 127.0.0.1 (gzip, cache headers) next to
 * a floor page (the headline tiles as plain HTML, floor.ts), and measures both in
 * Chromium, alternating, each run in a fresh browser context (measure.ts). Medians are
 * printed beside the floor's with the ratio, then Lighthouse scores (report.ts). Options:
 *   --runs N            runs of each page (default 7, at least 7 for docs/performance.md)
 *   --app label=dir     also measure another build (e.g. the one before a change), alternated with the rest
 *   --no-build          measure only the --app builds
 *   --lighthouse-runs N Lighthouse runs per page and form factor, median taken (default 1; 0 skips)
 *   --out file          where the raw results go (default test-results/bench.json)
 */

type Options = { runs: number; lighthouseRuns: number; apps: string[]; build: boolean; out: string };

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      app: { type: 'string', multiple: true, default: [] },
      'no-build': { type: 'boolean', default: false },
      'lighthouse-runs': { type: 'string', default: '1' },
      out: { type: 'string', default: 'test-results/bench.json' },
    },
  });
  return {
    runs: Number(values.runs),
    lighthouseRuns: Number(values['lighthouse-runs']),
    apps: values.app,
    build: !values['no-build'],
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

function build(outDir: string): void {
  console.log(`Building the app into ${outDir}`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** The builds to measure: every --app label=dir, then this tree's, built into the work folder. */
function buildsToMeasure(options: Options, work: string): { label: string; dir: string }[] {
  const builds = options.apps.map((spec) => {
    const [label, dir] = spec.split('=');
    if (!label || !dir) throw new Error(`--app wants label=dir, got "${spec}"`);
    return { label, dir: resolve(dir) };
  });
  if (options.build) {
    build(join(work, 'app'));
    builds.push({ label: 'app', dir: join(work, 'app') });
  }
  if (builds.length === 0) throw new Error('nothing to measure: give --app label=dir or drop --no-build');
  return builds;
}

/**
 * Each build served from a copy with the floor page beside it (gzip, cache headers); the floor is
 * served by the last build's server: same server, same options.
 */
async function serveTargets(
  builds: { label: string; dir: string }[],
  resources: Resources,
): Promise<{ floor: Target; targets: Target[]; headlines: Headlines }> {
  const periods = floorPeriods('mocks/data');
  const [other, latest] = periods.slice(-2);
  if (!latest || !other || !latest.tiles[0] || !other.tiles[0]) throw new Error('the bench needs two periods');
  const headlines: Headlines = { first: latest.tiles[0].value, other: other.tiles[0].value, otherLabel: other.label };
  const floorPage = floorHtml(periods);

  const targets: Target[] = [];
  for (const [index, { label, dir }] of builds.entries()) {
    const served = join(resources.work, `served-${index}`);
    cpSync(dir, served, { recursive: true });
    writeFileSync(join(served, 'floor.html'), floorPage);
    const log: ServedResponse[] = [];
    const server = await serveStatic(served, { gzip: true, cache: true, onResponse: (entry) => log.push(entry) });
    resources.servers.push(server);
    targets.push({ label, url: `${server.url}/`, log });
  }
  const last = targets.at(-1)!;
  return { floor: { label: 'floor', url: `${last.url}floor.html`, log: last.log }, targets, headlines };
}

/**
 * One discarded run of each page (the server compresses on first request, Chromium warms up),
 * then `runs` runs of each, in an order that alternates so a drift of the machine's speed weighs
 * on every page alike.
 */
async function measureAlternated(
  browser: Browser,
  floor: Target,
  targets: Target[],
  headlines: Headlines,
  runs: number,
): Promise<Map<Target, Run[]>> {
  const results = new Map<Target, Run[]>([floor, ...targets].map((target) => [target, []]));
  console.log(`Measuring ${runs} runs of: floor, ${targets.map((target) => target.label).join(', ')}`);
  for (const target of [floor, ...targets]) await measure(browser, target, headlines);
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? [floor, ...targets] : [...targets, floor];
    for (const target of order) results.get(target)!.push(await measure(browser, target, headlines));
    process.stdout.write(`  run ${run + 1}/${runs} done\n`);
  }
  return results;
}

/** Lighthouse's median scores per form factor, added to each page's summary. */
async function addLighthouseScores(summaries: Map<Target, Summary>, lighthouseRuns: number): Promise<void> {
  for (const form of ['mobile', 'desktop'] as const) {
    for (const [target, summary] of summaries) {
      const scores: LighthouseScores[] = [];
      for (let run = 0; run < lighthouseRuns; run += 1) scores.push(await runLighthouse(target.url, form));
      summary.lighthouse[form] = {
        performance: median(scores.map((score) => score.performance)),
        accessibility: median(scores.map((score) => score.accessibility)),
        bestPractices: median(scores.map((score) => score.bestPractices)),
      };
      process.stdout.write(`  Lighthouse ${form} ${target.label} done\n`);
    }
  }
}

function writeRawResults(out: string, runs: number, summaries: Map<Target, Summary>, results: Map<Target, Run[]>) {
  mkdirSync(resolve(out, '..'), { recursive: true });
  const raw = [...results].map(([target, targetRuns]) => ({ label: target.label, runs: targetRuns }));
  writeFileSync(
    out,
    JSON.stringify({ machine: machine(), runs, viewport, summaries: [...summaries.values()], raw }, null, 2),
  );
  console.log(`\nRaw results: ${out}`);
}

async function main(): Promise<void> {
  const options = readOptions();
  const resources = acquireResources();
  try {
    const builds = buildsToMeasure(options, resources.work);
    const { floor, targets, headlines } = await serveTargets(builds, resources);

    resources.browser = await launchChromium();
    const results = await measureAlternated(resources.browser, floor, targets, headlines, options.runs);
    await resources.browser.close();
    resources.browser = undefined;

    const summaries = new Map<Target, Summary>(
      [...results].map(([target, runs]) => [target, { ...summarise(target.label, runs), lighthouse: {} }]),
    );
    if (options.lighthouseRuns > 0) await addLighthouseScores(summaries, options.lighthouseRuns);

    const apps = targets.map((target) => summaries.get(target)!);
    printReport(summaries.get(floor)!, apps, options.runs);
    writeRawResults(options.out, options.runs, summaries, results);
  } finally {
    await cleanUp(resources);
  }
}

await main();
