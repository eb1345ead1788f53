// The page of the Chromium figures (page.tsx), bundled with esbuild, and how to run it in Debian's Chromium.
// Used by browser.ts (`pnpm bench`) and by the commit budget test.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';

// Resolved from this file in bench/src and from its bundle in bench/dist alike.
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Commits and wasted commits of one component (see page.tsx). */
export interface CommitCount {
  readonly commits: number;
  readonly wasted: number;
}

/** Percentiles of one latency sample, in ms. */
export interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly count: number;
}

/** What page.tsx puts on `window.bench`. */
export interface PageBench {
  wastedCommits(calls: number): Promise<Record<string, CommitCount>>;
  latency(
    events: number,
  ): Promise<{ all: Latency; tagDialog: Latency; other: Latency; showModal: Latency; floor: Latency }>;
}

/**
 * Bundles page.tsx for the browser with React's production build, or its profiling build (production code
 * whose `<Profiler>` still reports commits). `kit: 'dist'` takes the kit from the built packages (what
 * ships, as `pnpm bench` measures it); `'source'` from their TypeScript sources (tests, which may run
 * before any build).
 */
export async function buildPage(options: { profiling: boolean; kit: 'dist' | 'source' }): Promise<string> {
  const dist = (pkg: string, entry = 'index'): string => here(`../../packages/${pkg}/dist/${entry}.js`);
  const result = await build({
    entryPoints: [here('../src/page.tsx')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: {
      ...(options.profiling ? { 'react-dom/client': 'react-dom/profiling' } : {}),
      ...(options.kit === 'dist'
        ? {
            '@dialer-kit/core': dist('core'),
            // The core's subpaths, each its own built entry (the longer name wins over the one above).
            '@dialer-kit/core/protocol': dist('core', 'protocol'),
            '@dialer-kit/core/testing': dist('core', 'testing'),
            '@dialer-kit/react': dist('react'),
            '@dialer-kit/simulator': dist('simulator'),
          }
        : {}),
    },
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no page');
  return output.text;
}

/**
 * Serves one empty page, cross-origin isolated: there `performance.now()` ticks in microseconds (elsewhere
 * Chromium coarsens it to 100 µs, too coarse for latencies of a fraction of a millisecond).
 */
function serveIsolatedPage(): Promise<{ readonly url: string; close(): void }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    response.end('<!doctype html><html lang="en"><title>bench</title><body></body></html>');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    });
  });
}

/** Opens a fresh isolated page running `code` (a bundle of page.tsx) and returns `window.bench[run](arg)`. */
export async function inPage<K extends keyof PageBench>(
  browser: Browser,
  code: string,
  run: K,
  arg: number,
): Promise<Awaited<ReturnType<PageBench[K]>>> {
  const served = await serveIsolatedPage();
  const page = await browser.newPage();
  try {
    page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
    await page.goto(served.url);
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('the bench page is not isolated');
    await page.addScriptTag({ content: code });
    const result: unknown = await page.evaluate(
      ([name, value]) =>
        (window as unknown as { bench: Record<string, (n: number) => Promise<unknown>> }).bench[name]?.(
          value,
        ),
      [run, arg] as const,
    );
    return result as Awaited<ReturnType<PageBench[K]>>;
  } finally {
    await page.close();
    served.close();
  }
}
