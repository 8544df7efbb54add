import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, searchForWorkspaceRoot } from 'vite';
import { defineConfig } from 'vitest/config';
import { checkDataAtBuildStart } from './build/check-data.ts';
import { dataDir, datasetAlias } from './build/data-dir.ts';
import { contentSecurityPolicy } from './build/content-security-policy.ts';
import { embeddedApiWorkerScript } from './build/embedded-api-worker.ts';
import { inlineEntryStylesheet } from './build/inline-entry-stylesheet.ts';
import { loadFailureNoticeScript } from './build/load-failure-notice.ts';
import { prerenderViews } from './build/prerender-views.ts';
import { staticApiFiles } from './build/static-api-files.ts';
import { viewPagesInPreview } from './build/view-page-server.ts';

// The plugins live in build/, one module each, with the reason it exists. Their order matters:
// the policy is filled in first ('pre'), then the 'post' steps add what they inline to it.
export default defineConfig(({ mode, command }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const apiBaseUrl = env.VITE_API_BASE_URL;
  return {
    plugins: [
      react(),
      checkDataAtBuildStart(),
      contentSecurityPolicy(apiBaseUrl),
      prerenderViews(!apiBaseUrl),
      viewPagesInPreview(),
      loadFailureNoticeScript(),
      inlineEntryStylesheet(),
      embeddedApiWorkerScript(),
      staticApiFiles(apiBaseUrl, Boolean(env.VITE_API_STATIC_FILES)),
    ],
    resolve: {
      // Production build only: msw's cookie jar asks tldts for registrable domains, and tldts
      // ships the public-suffix list (~110 kB gzipped). The embedded API uses no cookies;
      // src/lib/tldts-shim.ts explains what the stand-in does. Dev and tests keep tldts.
      alias: [
        datasetAlias(),
        ...(command === 'build'
          ? [{ find: /^tldts$/, replacement: fileURLToPath(new URL('./src/lib/tldts-shim.ts', import.meta.url)) }]
          : []),
      ],
    },
    // A dataset outside the repository (KPI_DATA_DIR) is served to the dev server's embedded API too.
    server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), dataDir()] } },
    // The manifest lets scripts/check-size.ts follow the chunk graph from the entry.
    build: { target: 'es2022', manifest: true },
    test: {
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      css: false,
      projects: [
        { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
        {
          extends: true,
          test: {
            name: 'integration',
            include: ['tests/integration/**/*.test.tsx'],
            // These render the whole app in jsdom: the slowest took 11 s in a full run on a 2-core
            // machine, where vitest's default of 5 s had failed it. 60 s is far above what load does,
            // and above the 15 s a findBy* waits (tests/setup.ts), so a wait fails with its own message.
            testTimeout: 60_000,
          },
        },
      ],
    },
  };
});
