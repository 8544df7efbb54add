import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/lib/report-schema';

const root = join(import.meta.dirname, '../..');
const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/report-draft/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

// Each run starts tsx afresh: a few seconds on a slow machine.
describe('npm run report:draft', { timeout: 60_000 }, () => {
  it('prints its usage with --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--out');
  });

  it('exits 2 on wrong arguments and 1 on a missing or empty file, saying why', () => {
    expect(run().status).toBe(2);
    const missing = run('no-such-report.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read no-such-report.txt');
    const dir = mkdtempSync(join(tmpdir(), 'report-draft-'));
    writeFileSync(join(dir, 'empty.txt'), '\n  \n');
    const empty = run(join(dir, 'empty.txt'));
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('is empty');
  });

  it('writes the draft, its review sheet and the proposed catalogue entries, making their folder', () => {
    // The folder does not exist yet, as drafts/ on a fresh clone.
    const dir = join(mkdtempSync(join(tmpdir(), 'report-draft-')), 'drafts');
    const out = join(dir, 'quy-1.json');
    const result = run('tests/fixtures/report-texts/phuong-an-bien-quy-1-2025.txt', '--out', out);
    expect(result.status).toBe(0);
    expect(Report.safeParse(JSON.parse(readFileSync(out, 'utf8'))).success).toBe(true);
    expect(readFileSync(join(dir, 'quy-1.review.md'), 'utf8')).toContain('Phường An Biên');
    expect(existsSync(join(dir, 'quy-1.proposed-indicators.json'))).toBe(true);
  });
});
