import { resolve } from 'node:path';

/**
 * The one place the dataset's folder (indicators.json and reports/) is resolved: `mocks/data`, or
 * the folder named by KPI_DATA_DIR (relative to the repository's root, or absolute). Why: the scale
 * bench builds the app with a generated history of reports, which must never be copied into
 * mocks/data. The build's data check reads it, and the embedded API imports the files through the
 * `@dataset` alias (vite.config.ts, and the Vite server of build/project.ts).
 */
export const dataDirVariable = 'KPI_DATA_DIR';

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(import.meta.dirname, '..', env[dataDirVariable] || 'mocks/data');
}

/** The alias the embedded API's imports go through (`@dataset/reports/*.json`). */
export const datasetAlias = () => ({ find: '@dataset', replacement: dataDir() });
