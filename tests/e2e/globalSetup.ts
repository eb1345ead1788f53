import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../support/launchChromium';
import { serveStatic } from '../support/serveStatic';
import { buildDemo, demoDirs } from './buildDemo';

/** The two origins the demo is served on for one e2e run. */
export interface DemoOrigins {
  /** The agent desktop: `http://127.0.0.1:<A>`. */
  readonly desktop: string;
  /** The bus simulator page: `http://localhost:<B>` (another port and host name: another origin). */
  readonly bus: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    demo: DemoOrigins;
    /** The shared Chromium's websocket endpoint, for `chromium.connect`. */
    chromium: string;
  }
}

/**
 * Once for the whole e2e project: starts building both apps, serves them on two origins, starts Chromium,
 * and provides the origins as `demo` and the browser's endpoint as `chromium`. It does not wait for the
 * build: the servers answer once it is done (or with its error), so the build runs while the other projects
 * set up (the packed packages of the consumer proof) instead of before them.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = await mkdtemp(join(tmpdir(), 'dialer-kit-e2e-'));
  const { desktopDir, busDir } = demoDirs(outDir);
  const built = buildDemo(outDir);
  // Reported once here; every page load of the run then fails with the same error.
  built.catch((error: unknown) => console.error('e2e: the demo did not build', error));
  const [browser, desktop, bus] = await Promise.all([
    launchChromiumServer(),
    serveStatic(desktopDir, built),
    serveStatic(busDir, built),
  ]);
  project.provide('demo', {
    desktop: `http://127.0.0.1:${desktop.port}`,
    bus: `http://localhost:${bus.port}`,
  });
  project.provide('chromium', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await Promise.all([desktop.close(), bus.close()]);
    try {
      // A failed build fails the run here too, even if no journey loaded a page.
      await built;
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  };
}
