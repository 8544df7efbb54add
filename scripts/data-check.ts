// Validates every data file: `npm run data:check [data directory]`; without one, the build's (build/data-dir.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dataDir as buildDataDir } from '../build/data-dir';
import { checkDataset, type DataFile } from '../mocks/check-data';

const dataDir = process.argv[2] ?? buildDataDir();
const read = (path: string): DataFile => ({ file: relative(process.cwd(), path), text: readFileSync(path, 'utf8') });
const reportsDir = join(dataDir, 'reports');
const reportFiles = readdirSync(reportsDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => read(join(reportsDir, name)));

const problems = checkDataset(read(join(dataDir, 'indicators.json')), reportFiles);
if (problems.length > 0) {
  for (const problem of problems) console.error(`${problem.file}: ${problem.path}: ${problem.message}`);
  console.error(`data:check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`data:check: ${reportFiles.length} report file(s) valid: ${reportFiles.map((f) => f.file).join(', ')}`);
