import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { viewPageKey, viewPagePath, viewTablePath, type ViewTable } from '../src/lib/view-pages.ts';

/**
 * For a server that rewrites addresses: the file of the prerendered page that shows the view
 * `url` names (`/?year=2023&lang=en`), read from a build in `folder`; undefined where the build
 * wrote none (the default view is index.html itself, an unknown value has no page). Serving it
 * at the address saves the round trip of index.html's own redirect.
 */
export function viewPageFile(folder: string, url: string): string | undefined {
  const { pathname, search } = new URL(url, 'http://host');
  const tableFile = join(folder, viewTablePath);
  if (pathname !== '/' || !search || !existsSync(tableFile)) return undefined;
  const key = viewPageKey(search, JSON.parse(readFileSync(tableFile, 'utf8')) as ViewTable);
  const file = key === null ? undefined : join(folder, viewPagePath(key));
  return file && existsSync(file) ? file : undefined;
}

/** `vite preview` serves each view's page at its address, as a host configured for the site does. */
export function viewPagesInPreview(): Plugin {
  return {
    name: 'view-pages-in-preview',
    configurePreviewServer(server) {
      const folder = join(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, response, next) => {
        const file = viewPageFile(folder, request.url ?? '/');
        if (!file) return next();
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(readFileSync(file));
      });
    },
  };
}
