import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `npm run size`: the size budget of the built JavaScript, checked after `vite build`
 * (deterministic: gzip level 9 of the files in dist/, as the bench's server sends them).
 *
 * - Before the first figures paint, the browser needs the entry chunk and its static
 *   imports, the embedded API's chunk (msw and the handlers, imported by src/main.tsx
 *   before any data can be fetched) with its imports, and the service worker script.
 * - Every chunk loaded later (charts, the presentation mode) has its own budget, and
 *   all JavaScript together has a total one.
 *
 * Usage: tsx scripts/check-size.ts [dist folder]. Exits 1 with the chunk, its gzipped
 * size and the budget it exceeds.
 */

const kB = 1000;
const budgets = {
  /** Entry + everything before the figures paint. The target is 120 kB (see README, Performance). */
  beforeFigures: 185 * kB,
  /** Any one chunk loaded after the figures (recharts is the largest). */
  lateChunk: 120 * kB,
  /** All JavaScript of the build. */
  total: 320 * kB,
};
const beforeFiguresTarget = 120 * kB;

/** Dynamic imports the figures wait for (their chunks load before the first data request). */
const neededBeforeFigures = ['mocks/browser.ts'];
const serviceWorker = 'mockServiceWorker.js';

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
type Chunk = { file: string; source: string; gzip: number };

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const show = (bytes: number) => `${(bytes / kB).toFixed(1)} kB`;

function measureBuild(dist: string): { beforeFigures: Chunk[]; later: Chunk[] } {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`vite build\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  const starts = [...entries.map(([key]) => key), ...neededBeforeFigures];
  const missing = starts.filter((key) => !manifest[key]);
  if (entries.length === 0 || missing.length > 0) {
    throw new Error(`the build manifest has no ${entries.length === 0 ? 'entry' : missing.join(', ')}`);
  }
  // The entry and the embedded API, with everything they import statically.
  const needed = new Set<string>();
  const follow = (key: string) => {
    if (needed.has(key)) return;
    needed.add(key);
    for (const imported of manifest[key]?.imports ?? []) follow(imported);
  };
  starts.forEach(follow);
  const chunk = (key: string): Chunk => {
    const { file, src, isEntry } = manifest[key]!;
    return { file, source: `${src ?? key}${isEntry ? ', the entry' : ''}`, gzip: gzipSize(join(dist, file)) };
  };
  const beforeFigures = [...needed].map(chunk);
  if (existsSync(join(dist, serviceWorker))) {
    beforeFigures.push({ file: serviceWorker, source: 'public/', gzip: gzipSize(join(dist, serviceWorker)) });
  }
  const neededFiles = new Set(beforeFigures.map((item) => item.file));
  const later = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js') && !neededFiles.has(`assets/${name}`))
    .map((name) => {
      const key = Object.keys(manifest).find((candidate) => manifest[candidate]!.file === `assets/${name}`);
      return { file: `assets/${name}`, source: key ?? '?', gzip: gzipSize(join(dist, 'assets', name)) };
    });
  return { beforeFigures, later };
}

function main(): void {
  const dist = resolve(process.argv[2] ?? 'dist');
  const { beforeFigures, later } = measureBuild(dist);
  const sum = (chunks: Chunk[]) => chunks.reduce((total, item) => total + item.gzip, 0);
  const line = (item: Chunk) => `    ${item.file.padEnd(42)} ${show(item.gzip).padStart(9)}  (${item.source})`;
  const failures: string[] = [];

  const before = sum(beforeFigures);
  console.log(`JavaScript before the first figures paint (gzip): ${show(before)} of ${show(budgets.beforeFigures)}`);
  beforeFigures.forEach((item) => console.log(line(item)));
  if (before > budgets.beforeFigures) {
    const largest = [...beforeFigures].sort((a, b) => b.gzip - a.gzip)[0]!;
    failures.push(
      `JavaScript before the first figures paint is ${show(before)} gzipped, over its budget of ${show(budgets.beforeFigures)}; ` +
        `the largest part is ${largest.file} (${largest.source}) at ${show(largest.gzip)}.`,
    );
  }
  if (before > beforeFiguresTarget) {
    console.log(`  (the target is ${show(beforeFiguresTarget)}: ${show(before - beforeFiguresTarget)} to go)`);
  }

  console.log(`Chunks loaded after the figures (gzip), each within ${show(budgets.lateChunk)}:`);
  later.forEach((item) => console.log(line(item)));
  for (const item of later) {
    if (item.gzip > budgets.lateChunk) {
      failures.push(
        `${item.file} (${item.source}) is ${show(item.gzip)} gzipped, over the ${show(budgets.lateChunk)} budget of a chunk.`,
      );
    }
  }

  const total = before + sum(later);
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
