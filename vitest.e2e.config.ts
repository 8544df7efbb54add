import { defineConfig } from 'vitest/config';
import { datasetAlias } from './build/data-dir.ts';

// Browser tests: Chromium against the production build in dist/ (built first by `npm run test:e2e`).
export default defineConfig({
  // Some support modules use the embedded API's handlers, which import the dataset through this alias.
  resolve: { alias: [datasetAlias()] },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/require-chromium.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
