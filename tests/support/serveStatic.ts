import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** A static file server listening on a free port of 127.0.0.1. */
export interface StaticServer {
  readonly port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

function handle(dir: string, ready: Promise<unknown>): Server {
  return createServer(async (request, response) => {
    try {
      await ready;
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
      return;
    }
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            // Hashed bundles never change during a run: every tab reuses the parsed scripts.
            'cache-control': path.includes('/assets/') ? 'max-age=3600, immutable' : 'no-cache',
          })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
}

/**
 * Serves `dir` (an absolute path) on a free port; `/` and every `.../` serve `index.html`. With `ready` (a
 * build filling `dir`), requests wait for it, and are answered 500 with its error if it fails.
 */
export function serveStatic(dir: string, ready: Promise<unknown> = Promise.resolve()): Promise<StaticServer> {
  const server = handle(dir, ready);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
