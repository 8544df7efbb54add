import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { projectFile } from './project.ts';

/**
 * The service worker (src/embedded-api-worker.js), with `site` ahead of it: the build's id and every
 * file of the build, which it saves as the copy for a room with no network.
 */
const embeddedApiWorker = projectFile('src/embedded-api-worker.js');
const workerFor = (site: { build: string; files: string[] }) =>
  `const site = ${JSON.stringify(site)};\n${embeddedApiWorker}`;

/**
 * Why: the worker must know which files to save for offline use, and only the build knows them.
 * A new build is a new worker, so browsers install it and save the new copy. The dev server's
 * worker saves nothing.
 */
export function embeddedApiWorkerScript(): Plugin {
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
