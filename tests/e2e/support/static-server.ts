import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { viewPageFile } from '../../../build/view-page-server';

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

/** One answered request, as the response log reports it. */
export type ServedResponse = {
  path: string;
  status: number;
  contentType: string;
  /** Bytes written to the socket for this response: status line, headers and (possibly gzipped) body. */
  bytes: number;
  /** Body bytes as sent (gzipped when `encoding` is "gzip"). */
  bodyBytes: number;
  encoding: 'gzip' | 'identity';
  /** Wall-clock time (Date.now()) the request arrived and the response was finished. */
  receivedAt: number;
  finishedAt: number;
};

/** Opt-in behaviour of a production host; the defaults serve files as they are, uncompressed and uncached. */
export type ServeOptions = {
  /** Gzip text (HTML, JS, CSS, JSON, SVG) when the request accepts it; each file is compressed once (files must not change while served). */
  gzip?: boolean;
  /** Hashed files under assets/ are cached for a year; everything else is revalidated by ETag (304). */
  cache?: boolean;
  /** Called for every response once it is sent. */
  onResponse?: (entry: ServedResponse) => void;
  /**
   * Lets a test change the host's answer to a path: 'hang' never answers (a network that hangs rather
   * than refusing); 'notFound' answers 404 with the host's own page, as a host without the file does;
   * `{ html }` is sent in place of the file, as a page of another build would be.
   */
  intercept?: (pathname: string) => 'hang' | 'notFound' | { html: string } | undefined;
  /**
   * Serve each prerendered view's page at its address (build/view-page-server.ts), as a host set up
   * for the site does; false: a plain host, where index.html's own script goes to the view's page.
   */
  rewriteViews?: boolean;
};

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** Serves one file (or index.html for an unknown path) with the options' headers. */
function sendFile(
  response: ServerResponse,
  file: string,
  body: Buffer,
  options: ServeOptions & { acceptsGzip: boolean; ifNoneMatch: string | undefined; gzipped: Map<string, Buffer> },
): void {
  response.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
  if (options.cache) {
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const hashed = file.includes(`${sep}assets${sep}`);
    response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    response.setHeader('etag', etag);
    if (options.ifNoneMatch === etag) {
      response.writeHead(304);
      response.end();
      return;
    }
  }
  let sent = body;
  if (options.gzip && compressible.has(extname(file))) {
    response.setHeader('vary', 'Accept-Encoding');
    if (options.acceptsGzip) {
      sent = options.gzipped.get(file) ?? gzipSync(body, { level: 9 });
      options.gzipped.set(file, sent);
      response.setHeader('content-encoding', 'gzip');
    }
  }
  response.setHeader('content-length', sent.length);
  response.writeHead(200);
  response.end(sent);
}

/**
 * Serves a built folder on loopback as a plain static host would: unknown paths,
 * /api/... included, get index.html with status 200.
 */
export async function serveStatic(folder: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(folder);
  const index = resolve(root, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: build the app first (npx vite build).`);
  }
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    const receivedAt = Date.now();
    const socket = request.socket;
    const writtenBefore = socket.bytesWritten;
    let pathname = '/';
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      // Malformed escapes: treated as an unknown path.
    }
    if (options.onResponse) {
      const report = options.onResponse;
      response.on('finish', () =>
        report({
          path: pathname,
          status: response.statusCode,
          contentType: String(response.getHeader('content-type') ?? ''),
          bytes: socket.bytesWritten - writtenBefore,
          bodyBytes: Number(response.getHeader('content-length') ?? 0),
          encoding: response.getHeader('content-encoding') === 'gzip' ? 'gzip' : 'identity',
          receivedAt,
          finishedAt: Date.now(),
        }),
      );
    }
    const interception = options.intercept?.(pathname);
    if (interception === 'hang') return;
    if (interception === 'notFound') {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>404 Not Found</title><h1>Not Found</h1>');
      return;
    }
    const sendOptions = {
      ...options,
      acceptsGzip: /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')),
      ifNoneMatch: request.headers['if-none-match'],
      gzipped,
    };
    if (interception) {
      // Not index.html's bytes: kept out of the compressed files' cache.
      sendFile(response, index, Buffer.from(interception.html), { ...sendOptions, gzipped: new Map() });
      return;
    }
    const viewPage = options.rewriteViews === false ? undefined : viewPageFile(root, request.url ?? '/');
    const file = viewPage ?? resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    // Never serve anything outside the folder.
    const body = file.startsWith(root + sep) ? await readFile(file).catch(() => null) : null;
    if (body) {
      sendFile(response, file, body, sendOptions);
      return;
    }
    sendFile(response, index, await readFile(index), sendOptions);
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
export const serveDist = (options: ServeOptions = {}): Promise<StaticServer> => serveStatic(distDir, options);
