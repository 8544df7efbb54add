import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { dataDir } from './data-dir.ts';
import { projectRoot } from './project.ts';

/** tsx runs scripts/data-check.ts, as `npm run data:check` does. */
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

/**
 * Why: invalid data must stop the build with data:check's words (file, field, what is wrong),
 * not with a stack trace from the prerender. Run before the bundler starts: an error there
 * would come wrapped in its stack trace.
 */
export function checkDataAtBuildStart(): Plugin {
  return {
    name: 'check-data',
    apply: 'build',
    config() {
      const check = spawnSync(process.execPath, [tsxCli, 'scripts/data-check.ts', dataDir()], {
        cwd: projectRoot,
        encoding: 'utf8',
      });
      if (check.status === 0) return;
      console.error(`${check.stderr.trim() || check.error?.message}\nThe build stops: the data is invalid.`);
      process.exit(1);
    },
  };
}
