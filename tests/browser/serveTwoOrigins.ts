import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The origins the bus-simulator app is served on for one browser test run. */
export interface TwoOrigins {
  /** Where the kit's host page runs: `http://127.0.0.1:<A>`. */
  readonly hostOrigin: string;
  /** Where the bus iframe runs: `http://localhost:<B>`. */
  readonly busOrigin: string;
  /** A third origin for hostile frames: `http://127.0.0.1:<B>` (same port as the bus, other host name). */
  readonly foreignOrigin: string;
  close(): Promise<void>;
}

const appRoot = fileURLToPath(new URL('../../apps/bus-simulator/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Builds the bus page, the host page and the foreign page, with development React (StrictMode checks on). */
async function buildPages(outDir: string): Promise<void> {
  await build({
    configFile: `${appRoot}vite.config.ts`,
    root: appRoot,
    logLevel: 'warn',
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: {
          bus: `${appRoot}index.html`,
          host: `${appRoot}host.html`,
          foreign: `${appRoot}foreign.html`,
        },
      },
    },
  });
}

function serveStatic(dir: string): Server {
  return createServer((request, response) => {
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
            // Hashed bundles never change during a run: let each tab reuse the parsed scripts.
            'cache-control': path.startsWith('/assets/') ? 'max-age=3600, immutable' : 'no-cache',
          })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/**
 * Builds the app once into a temporary directory and serves it on two free ports; `127.0.0.1` and
 * `localhost` name different origins on each, which gives the host, bus and foreign origins.
 */
export async function serveTwoOrigins(): Promise<TwoOrigins> {
  const outDir = await mkdtemp(join(tmpdir(), 'dialer-kit-browser-'));
  await buildPages(outDir);
  const host = serveStatic(outDir);
  const bus = serveStatic(outDir);
  const [hostPort, busPort] = await Promise.all([listen(host), listen(bus)]);
  return {
    hostOrigin: `http://127.0.0.1:${hostPort}`,
    busOrigin: `http://localhost:${busPort}`,
    foreignOrigin: `http://127.0.0.1:${busPort}`,
    async close() {
      await Promise.all([stop(host), stop(bus)]);
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
