import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateHistory } from './history';

/**
 * `npm run data:generate-history -- --out <dir> [--seed N]`: writes a data directory (indicators.json
 * and reports/) holding the simulated history of 24 reports, for `KPI_DATA_DIR=<dir> npm run build` and
 * `npm run bench -- --scale`. Its reports replace whatever reports/ held; it never writes into mocks/data.
 */
export function writeHistory(out: string, seed?: number): string[] {
  const shipped = join(import.meta.dirname, '../../mocks/data');
  if (resolve(out) === resolve(shipped)) throw new Error('simulated reports never go into mocks/data');
  const reportsDir = join(out, 'reports');
  mkdirSync(reportsDir, { recursive: true });
  for (const name of readdirSync(reportsDir)) if (name.endsWith('.json')) rmSync(join(reportsDir, name));
  copyFileSync(join(shipped, 'indicators.json'), join(out, 'indicators.json'));
  const files = generateHistory(seed);
  for (const { name, report } of files) writeFileSync(join(reportsDir, name), `${JSON.stringify(report, null, 2)}\n`);
  return files.map((file) => file.name);
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, seed: { type: 'string' } } });
  if (!values.out) {
    console.error('Usage: npm run data:generate-history -- --out <dir> [--seed N]');
    process.exit(2);
  }
  const names = writeHistory(values.out, values.seed === undefined ? undefined : Number(values.seed));
  console.log(`Wrote ${names.length} simulated reports to ${join(values.out, 'reports')}`);
}
