import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveStatic } from '../support/serveStatic';

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

/**
 * Builds the app once into a temporary directory and serves it on two free ports; `127.0.0.1` and
 * `localhost` name different origins on each, which gives the host, bus and foreign origins.
 */
export async function serveTwoOrigins(): Promise<TwoOrigins> {
  const outDir = await mkdtemp(join(tmpdir(), 'dialer-kit-browser-'));
  await buildPages(outDir);
  const [host, bus] = await Promise.all([serveStatic(outDir), serveStatic(outDir)]);
  return {
    hostOrigin: `http://127.0.0.1:${host.port}`,
    busOrigin: `http://localhost:${bus.port}`,
    foreignOrigin: `http://127.0.0.1:${bus.port}`,
    async close() {
      await Promise.all([host.close(), bus.close()]);
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
