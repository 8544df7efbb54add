import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The production build, inside the repository: tests never read outside it. */
export const distDir = fileURLToPath(new URL('../../../dist', import.meta.url));

export type StaticServer = { url: string; port: number; close: () => Promise<void> };

/**
 * Serves a built folder on loopback as a plain static host would: unknown paths,
 * /api/... included, get index.html with status 200.
 */
export async function serveStatic(folder: string): Promise<StaticServer> {
  const root = resolve(folder);
  const index = resolve(root, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: build the app first (npx vite build).`);
  }
  const server: Server = createServer(async (request, response) => {
    let pathname = '/';
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      // Malformed escapes: treated as an unknown path.
    }
    const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    // Never serve anything outside the folder.
    const body = file.startsWith(root + sep) ? await readFile(file).catch(() => null) : null;
    if (body) {
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
      return;
    }
    response.writeHead(200, { 'content-type': types['.html'] });
    response.end(await readFile(index));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((done) => {
        // Keep-alive connections from Chromium would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The production build in dist/, served on 127.0.0.1. */
export const serveDist = (): Promise<StaticServer> => serveStatic(distDir);
