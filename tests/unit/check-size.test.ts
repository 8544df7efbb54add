import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * `npm run size` is what makes CI fail when the JavaScript outgrows its budget.
 * It runs here on made-up builds whose chunks are random bytes (gzip cannot shrink
 * them), so each chunk's gzipped size is known to within a few bytes.
 */

const kB = 1000;
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

type Sizes = { entry: number; main: number; api: number; charts: number };

function fakeBuild(sizes: Sizes, prerendered: boolean): string {
  const dist = mkdtempSync(join(tmpdir(), 'size-budget-'));
  folders.push(dist);
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  const files = { entry: 'index-a.js', main: 'main-b.js', api: 'browser-c.js', charts: 'TargetChart-d.js' };
  for (const [part, file] of Object.entries(files)) {
    writeFileSync(join(dist, 'assets', file), randomBytes(sizes[part as keyof Sizes]));
  }
  const manifest = {
    'index.html': { file: `assets/${files.entry}`, src: 'index.html', isEntry: true },
    'src/main.tsx': { file: `assets/${files.main}`, src: 'src/main.tsx' },
    'mocks/browser.ts': { file: `assets/${files.api}`, src: 'mocks/browser.ts' },
    '_TargetChart-d.js': { file: `assets/${files.charts}` },
  };
  writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
  const root = prerendered
    ? '<div id="root" data-prerendered><p><span elementtiming="headline-figure">1</span></p></div>'
    : '<div id="root"></div>';
  writeFileSync(join(dist, 'index.html'), `<!doctype html><html><body>${root}</body></html>`);
  return dist;
}

function checkSize(dist: string): { status: number | null; output: string } {
  const result = spawnSync('npx', ['tsx', 'scripts/check-size.ts', dist], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const withinBudget: Sizes = { entry: 2 * kB, main: 100 * kB, api: 50 * kB, charts: 110 * kB };

// Each test starts tsx in a child process: seconds on a loaded machine, past vitest's default 5 s.
describe('npm run size', { timeout: 60_000 }, () => {
  it('passes a prerendered build within budget, and counts only the entry before the figures', () => {
    const { status, output } = checkSize(fakeBuild(withinBudget, true));
    expect(output).toMatch(/JavaScript before the first figures paint \(gzip\): 2\.\d kB of 120\.0 kB/);
    expect(output).toMatch(/JavaScript before the page is interactive \(gzip\): 15\d\.\d kB of 180\.0 kB/);
    expect(status).toBe(0);
  });

  it('fails when a chunk loaded later outgrows its budget, naming it', () => {
    const { status, output } = checkSize(fakeBuild({ ...withinBudget, charts: 125 * kB }, true));
    expect(status).toBe(1);
    expect(output).toMatch(
      /assets\/TargetChart-d\.js \(_TargetChart-d\.js\) is 12\d\.\d kB gzipped, over the 120\.0 kB budget/,
    );
  });

  it('fails when the app before interaction outgrows its budget, naming the largest part', () => {
    const { status, output } = checkSize(fakeBuild({ ...withinBudget, main: 140 * kB }, true));
    expect(status).toBe(1);
    expect(output).toMatch(/before the page is interactive is 19\d\.\d kB gzipped.*largest part is assets\/main-b\.js/);
  });

  it('counts the whole app before the figures when index.html holds no prerendered view', () => {
    const { status, output } = checkSize(fakeBuild(withinBudget, false));
    expect(output).toContain('index.html holds no prerendered view.');
    expect(output).toMatch(
      /JavaScript before the first figures paint is 15\d\.\d kB gzipped, over its budget of 120\.0 kB/,
    );
    expect(status).toBe(1);
  });
});
