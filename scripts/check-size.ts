import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `npm run size`: the size budget of the built JavaScript, checked after `vite build`
 * (deterministic: gzip level 9 of the files in dist/, as the bench's server sends them).
 *
 * - Before the first figures paint: where index.html holds the prerendered view
 *   (build/prerender-views.ts), only the entry chunk (src/boot.ts) and its static imports;
 *   otherwise everything the app needs to fetch and show data.
 * - Before the page is interactive: the entry, the app it starts (src/main.tsx) with
 *   its static imports, the embedded API's chunk (msw and the handlers) and its
 *   service worker scripts.
 * - Every chunk loaded later (charts, the presentation mode) has its own budget, and
 *   all JavaScript together has a total one.
 *
 * Usage: tsx scripts/check-size.ts [dist folder]. Exits 1 with the chunk, its gzipped
 * size and the budget it exceeds.
 */

const kB = 1000;
const budgets = {
  /** The issue's target for the JavaScript the figures wait for. */
  beforeFigures: 120 * kB,
  /**
   * React, the app, the data layer and the embedded API. 175 kB until the status palette, the
   * phone's menu, the source panel's dialog and the slides' summary table took it to 176.5 kB: the
   * figures paint from HTML before any of it runs, so it weighs on the takeover only.
   */
  beforeInteractive: 180 * kB,
  /** Any one chunk loaded after the page is interactive (recharts is the largest). */
  lateChunk: 120 * kB,
  /** All JavaScript of the build. */
  total: 320 * kB,
};

/** Modules the page needs before it is interactive, besides the entry. */
const neededBeforeInteractive = ['src/main.tsx', 'mocks/browser.ts'];
/** The service worker as built (src/embedded-api-worker.js, with the site's file list) and msw's, from public/. */
const serviceWorkerScripts = [
  { file: 'embedded-api-worker.js', source: 'src/embedded-api-worker.js' },
  { file: 'mockServiceWorker.js', source: 'public/' },
];

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[] };
type Chunk = { file: string; source: string; gzip: number };
type Stages = { prerendered: boolean; beforeFigures: Chunk[]; beforeInteractive: Chunk[]; later: Chunk[] };

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const show = (bytes: number) => `${(bytes / kB).toFixed(1)} kB`;

function measureBuild(dist: string): Stages {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`vite build\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  const missing = neededBeforeInteractive.filter((key) => !manifest[key]);
  if (entries.length === 0 || missing.length > 0) {
    throw new Error(`the build manifest has no ${entries.length === 0 ? 'entry' : missing.join(', ')}`);
  }
  // Each module with everything it imports statically, once.
  const closure = (starts: string[], seen = new Set<string>()) => {
    const follow = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const imported of manifest[key]?.imports ?? []) follow(imported);
    };
    starts.forEach(follow);
    return seen;
  };
  const chunk = (key: string): Chunk => {
    const { file, src, isEntry } = manifest[key]!;
    return { file, source: `${src ?? key}${isEntry ? ', the entry' : ''}`, gzip: gzipSize(join(dist, file)) };
  };
  const entryKeys = closure(entries);
  const interactiveKeys = closure([...entries, ...neededBeforeInteractive]);
  const workers = serviceWorkerScripts
    .filter(({ file }) => existsSync(join(dist, file)))
    .map(({ file, source }) => ({ file, source, gzip: gzipSize(join(dist, file)) }));
  const beforeInteractive = [...[...interactiveKeys].map(chunk), ...workers];

  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const prerendered = /<div id="root" data-prerendered>[\s\S]*elementtiming="headline-figure"/.test(html);
  const beforeFigures = prerendered ? [...entryKeys].map(chunk) : beforeInteractive;

  const early = new Set(beforeInteractive.map((item) => item.file));
  const later = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js') && !early.has(`assets/${name}`))
    .map((name) => {
      const key = Object.keys(manifest).find((candidate) => manifest[candidate]!.file === `assets/${name}`);
      return { file: `assets/${name}`, source: key ?? '?', gzip: gzipSize(join(dist, 'assets', name)) };
    });
  return { prerendered, beforeFigures, beforeInteractive, later };
}

function main(): void {
  const dist = resolve(process.argv[2] ?? 'dist');
  const { prerendered, beforeFigures, beforeInteractive, later } = measureBuild(dist);
  const sum = (chunks: Chunk[]) => chunks.reduce((total, item) => total + item.gzip, 0);
  const line = (item: Chunk) => `    ${item.file.padEnd(42)} ${show(item.gzip).padStart(9)}  (${item.source})`;
  const failures: string[] = [];

  /** One stage: prints its chunks, and fails when they outgrow its budget. */
  const stage = (name: string, chunks: Chunk[], budget: number) => {
    const size = sum(chunks);
    console.log(`${name} (gzip): ${show(size)} of ${show(budget)}`);
    chunks.forEach((item) => console.log(line(item)));
    if (size > budget) {
      const largest = [...chunks].sort((a, b) => b.gzip - a.gzip)[0]!;
      failures.push(
        `${name} is ${show(size)} gzipped, over its budget of ${show(budget)}; ` +
          `the largest part is ${largest.file} (${largest.source}) at ${show(largest.gzip)}.`,
      );
    }
    return size;
  };

  console.log(prerendered ? 'index.html holds the prerendered view.' : 'index.html holds no prerendered view.');
  stage('JavaScript before the first figures paint', beforeFigures, budgets.beforeFigures);
  const early = stage('JavaScript before the page is interactive', beforeInteractive, budgets.beforeInteractive);

  console.log(`Chunks loaded later (gzip), each within ${show(budgets.lateChunk)}:`);
  later.forEach((item) => console.log(line(item)));
  for (const item of later) {
    if (item.gzip > budgets.lateChunk) {
      failures.push(
        `${item.file} (${item.source}) is ${show(item.gzip)} gzipped, over the ${show(budgets.lateChunk)} budget of a chunk.`,
      );
    }
  }

  const total = early + sum(later);
  console.log(`All JavaScript (gzip): ${show(total)} of ${show(budgets.total)}`);
  if (total > budgets.total) {
    failures.push(`All JavaScript together is ${show(total)} gzipped, over its budget of ${show(budgets.total)}.`);
  }

  if (failures.length > 0) {
    console.error(`\nSize budget exceeded:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
    process.exit(1);
  }
  console.log('Size budget: ok');
}

main();
