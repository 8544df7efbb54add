import { defineConfig } from 'vitest/config';

// Browser tests: Chromium against the production build in dist/ (built first by `npm run test:e2e`).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/require-chromium.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
