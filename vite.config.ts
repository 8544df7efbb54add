import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * index.html declares the Content-Security-Policy. The build fills in the origin
 * of a configured real API (VITE_API_BASE_URL); the dev server drops the policy,
 * because its hot reload needs inline scripts and a websocket.
 */
function contentSecurityPolicy(apiBaseUrl: string | undefined): Plugin {
  const apiOrigin = apiBaseUrl && /^https?:\/\//.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : '';
  return {
    name: 'content-security-policy',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (context.server) return html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        return html.replace(' __API_ORIGIN__', apiOrigin ? ` ${apiOrigin}` : '');
      },
    },
  };
}

/**
 * src/main.tsx imports the embedded API (msw and the handlers) once the entry runs;
 * a modulepreload link lets the browser fetch and compile that chunk alongside the
 * entry instead of after it. Not with a real API, whose builds never load it.
 */
function preloadEmbeddedApi(enabled: boolean): Plugin {
  let base = '/';
  return {
    name: 'preload-embedded-api',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const api = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/mocks/browser.ts'));
        if (!enabled || !api) return [];
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        return [api.fileName, ...api.imports]
          .filter((file) => !entries.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig(({ mode, command }) => {
  const apiBaseUrl = loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL;
  return {
    plugins: [react(), contentSecurityPolicy(apiBaseUrl), preloadEmbeddedApi(!apiBaseUrl)],
    resolve: {
      // Production build only: msw's cookie jar asks tldts for registrable domains, and tldts
      // ships the public-suffix list (~110 kB gzipped). The embedded API uses no cookies;
      // src/lib/tldts-shim.ts explains what the stand-in does. Dev and tests keep tldts.
      alias:
        command === 'build'
          ? [{ find: /^tldts$/, replacement: fileURLToPath(new URL('./src/lib/tldts-shim.ts', import.meta.url)) }]
          : [],
    },
    // The manifest lets scripts/check-size.ts follow the chunk graph from the entry.
    build: { target: 'es2022', manifest: true },
    test: {
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.tsx'],
      css: false,
    },
  };
});
