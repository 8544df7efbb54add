import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { datasetAlias } from './data-dir.ts';

/** The repository's root folder (this module lives one level below it). */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** A file of this repository, as text; `path` is relative to the root. */
export const projectFile = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8');

/** A source expression of the Content-Security-Policy allowing exactly `text`. */
export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Runs `run` with a module of the app (`path` from the root, e.g. "/src/prerender.tsx") loaded by a
 * Vite server of its own, which resolves what Node cannot (import.meta.glob, JSX); then closes it.
 */
export async function withAppModule<Module, Result>(
  path: string,
  run: (module: Module) => Promise<Result>,
): Promise<Result> {
  const server = await createServer({
    root: projectRoot,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    plugins: [react()],
    resolve: { alias: [datasetAlias()] },
  });
  try {
    return await run((await server.ssrLoadModule(path)) as Module);
  } finally {
    await server.close();
  }
}
