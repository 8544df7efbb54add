import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** index.html's Content-Security-Policy element. */
const policyElement = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/;

/** The policy with `sources` added to one of its directives (`script-src 'self'` → `script-src 'self' …`). */
function allowInPolicy(html: string, directive: 'script-src' | 'style-src', sources: string[]): string {
  return html.replace(`${directive} 'self'`, [`${directive} 'self'`, ...sources].join(' '));
}

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
        if (context.server) return html.replace(new RegExp(`\\s*${policyElement.source}`), '');
        return html.replace(' __API_ORIGIN__', apiOrigin ? ` ${apiOrigin}` : '');
      },
    },
  };
}

/** tsx runs scripts/data-check.ts, as `npm run data:check` does. */
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

/** A file of this repository, as text. */
const projectFile = (path: string) => readFileSync(fileURLToPath(new URL(`./${path}`, import.meta.url)), 'utf8');

/** A source expression of the Content-Security-Policy allowing exactly `text`. */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * `script` inline, right after the policy and allowed in it by its hash: ahead of the stylesheet
 * (a script after it would wait for it) and of every module script. Without a policy (the dev
 * server drops it), first in the head.
 */
function withInlineScript(html: string, script: string): string {
  const element = `<script>${script}</script>`;
  return policyElement.test(html)
    ? allowInPolicy(html, 'script-src', [sha256(script)]).replace(
        policyElement,
        (policy) => `${policy}\n    ${element}`,
      )
    : html.replace('<head>', () => `<head>\n    ${element}`);
}

/**
 * The entry's stylesheet goes into index.html: the first paint waits for the styles,
 * and a separate file is one more round trip before it. The policy allows exactly
 * that stylesheet, by its hash.
 */
function inlineEntryStylesheet(): Plugin {
  return {
    name: 'inline-entry-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const hashes: string[] = [];
        const inlined = html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)">/g, (link, fileName: string) => {
          const asset = bundle?.[fileName];
          if (asset?.type !== 'asset' || typeof asset.source !== 'string') return link;
          hashes.push(sha256(asset.source));
          return `<style>${asset.source}</style>`;
        });
        return allowInPolicy(inlined, 'style-src', hashes);
      },
    },
  };
}

/**
 * The default view's first screen is rendered into index.html at build time
 * (src/prerender.tsx), so the figures paint with the HTML. Its markup is shown only
 * at the address it was rendered for: a small inline script, allowed by its hash in
 * the policy, marks the page when the address has no parameters; any other address
 * (?year=2023, ?lang=en…) keeps it hidden until the app renders the view asked for.
 * Not with a real API, whose figures are not known when the app is built.
 */
const prerenderedViewScript = "if (!location.search) document.documentElement.dataset.prerenderedView = 'shown';";

/**
 * The page's notice for its own code failing to load (src/load-failure-notice.js), inline ahead of
 * every module script, so that it runs even when the entry cannot be fetched. The build allows it in
 * the policy by its hash; the dev server, which drops the policy, puts it first in the head.
 */
const loadFailureNotice = projectFile('src/load-failure-notice.js')
  .replace(/^\/\*\*[\s\S]*?\*\/\s*/, '')
  .trim();

function loadFailureNoticeScript(): Plugin {
  return {
    name: 'load-failure-notice',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withInlineScript(html, loadFailureNotice),
    },
  };
}

/**
 * The service worker (src/embedded-api-worker.js), with `site` ahead of it: the build's id and every
 * file of the build, which it saves as the copy for a room with no network. A new build is a new
 * worker, so browsers install it and save the new copy. The dev server's worker saves nothing.
 */
const embeddedApiWorker = projectFile('src/embedded-api-worker.js');
const workerFor = (site: { build: string; files: string[] }) =>
  `const site = ${JSON.stringify(site)};\n${embeddedApiWorker}`;

function embeddedApiWorkerScript(): Plugin {
  return {
    name: 'embedded-api-worker',
    configureServer(server) {
      server.middlewares.use('/embedded-api-worker.js', (_request, response) => {
        response.setHeader('content-type', 'text/javascript; charset=utf-8');
        response.end(workerFor({ build: 'dev', files: [] }));
      });
    },
    // After the bundle is written, when index.html is final: a change to it alone is a new build too.
    writeBundle({ dir }, bundle) {
      const files = Object.keys(bundle)
        .filter((file) => file.startsWith('assets/'))
        .sort();
      const page = bundle['index.html'];
      const build = createHash('sha256')
        .update(files.join('\n'))
        .update(page?.type === 'asset' ? page.source : '')
        .digest('hex')
        .slice(0, 16);
      writeFileSync(join(dir!, 'embedded-api-worker.js'), workerFor({ build, files }));
    },
  };
}

// Invalid data must stop the build with data:check's words (file, field, what is wrong), not a stack trace from the prerender.
function checkDataAtBuildStart(): Plugin {
  return {
    name: 'check-data',
    apply: 'build',
    // Before the bundler starts: an error there would come wrapped in its stack trace.
    config() {
      const check = spawnSync(process.execPath, [tsxCli, 'scripts/data-check.ts', 'mocks/data'], {
        cwd: fileURLToPath(new URL('.', import.meta.url)),
        encoding: 'utf8',
      });
      if (check.status === 0) return;
      console.error(`${check.stderr.trim() || check.error?.message}\nThe build stops: the data is invalid.`);
      process.exit(1);
    },
  };
}

function prerenderFirstScreen(enabled: boolean): Plugin {
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!enabled) return html;
        const server = await createServer({
          root: fileURLToPath(new URL('.', import.meta.url)),
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          plugins: [react()],
        });
        try {
          const { renderDefaultView } = (await server.ssrLoadModule(
            '/src/prerender.tsx',
          )) as typeof import('./src/prerender');
          const markup = await renderDefaultView();
          // React writes bar widths as style attributes; the policy allows exactly those (CSP 'unsafe-hashes').
          const styles = [...new Set(Array.from(markup.matchAll(/ style="([^"]*)"/g), (match) => match[1]!))];
          const styleHashes = styles.length > 0 ? ["'unsafe-hashes'", ...styles.map(sha256)] : [];
          return withInlineScript(allowInPolicy(html, 'style-src', styleHashes), prerenderedViewScript).replace(
            '<div id="root"></div>',
            () => `<div id="root" data-prerendered>${markup}</div>`,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}

export default defineConfig(({ mode, command }) => {
  const apiBaseUrl = loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL;
  return {
    plugins: [
      react(),
      checkDataAtBuildStart(),
      contentSecurityPolicy(apiBaseUrl),
      prerenderFirstScreen(!apiBaseUrl),
      loadFailureNoticeScript(),
      inlineEntryStylesheet(),
      embeddedApiWorkerScript(),
    ],
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
