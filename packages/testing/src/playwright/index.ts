import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { BusCommand, BusCommandOf, BusCommandType } from '@dialer-kit/core';
import type { BusQuery, FaultableOperation, IncomingCallOptions } from '@dialer-kit/simulator';
import { writeBusQuery } from '@dialer-kit/simulator';
import type { Agent } from '../agents';
import type { FarSide } from '../createTestBus';
import type { PlaywrightFrame, PlaywrightPage } from './playwrightTypes';

/** The bus page, served by {@link serveTestBus}. */
export interface TestBusServer {
  /** The page's origin: `http://127.0.0.1:<port>`, another origin than the app's. */
  readonly origin: string;
  /**
   * The bus page's address for the app's bus iframe. The test bus is logged in unless `session: 'none'`;
   * `mandatoryTagging` makes every line require tags; `latencyMs` and `wrapUpSeconds` as the simulator's.
   */
  url(query?: Partial<BusQuery>): string;
  close(): Promise<void>;
}

/** Where the built bus page is, next to this file in the package's `dist/`. */
const pageDir = (): URL => new URL('./bus-page/', import.meta.url);

const FILES: Readonly<Record<string, { readonly name: string; readonly type: string }>> = {
  '/': { name: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { name: 'index.html', type: 'text/html; charset=utf-8' },
  '/bus-page.global.js': { name: 'bus-page.global.js', type: 'text/javascript; charset=utf-8' },
};

/**
 * Serves the test bus as a real page on a free port of 127.0.0.1, for the app's bus iframe: a second
 * origin, real `postMessage`, the simulator behind it. Close it after the tests.
 * @example
 * const busServer = await serveTestBus();
 * await page.goto(`http://localhost:5173/?busUrl=${encodeURIComponent(busServer.url({ mandatoryTagging: true }))}`);
 * const bus = await testBusFrame(page, busServer);
 * await bus.remoteAnswers();
 */
export async function serveTestBus(): Promise<TestBusServer> {
  const dir = pageDir();
  const server = createServer((request, response) => {
    const file = FILES[new URL(request.url ?? '/', 'http://bus.invalid').pathname];
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    readFile(fileURLToPath(new URL(file.name, dir))).then(
      (body) => response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-cache' }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url(query = {}) {
      const params = new URLSearchParams();
      writeBusQuery(
        {
          session: query.session ?? 'restored',
          latencyMs: query.latencyMs,
          mandatoryTagging: query.mandatoryTagging ?? false,
          wrapUpSeconds: query.wrapUpSeconds,
        },
        params,
      );
      return `${origin}/?${params}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The test bus in the app's iframe: its far-side verbs, and what the app sent it. */
export interface TestBusFrame extends FarSide {
  readonly frame: PlaywrightFrame;
  /** Every command the bus received from the app, in order; with `type`, only those. */
  sent(): Promise<BusCommand[]>;
  sent<T extends BusCommandType>(type: T): Promise<BusCommandOf<T>[]>;
}

interface BusWindow {
  readonly __dialerTestBus: Record<string, (...args: unknown[]) => unknown>;
}

/**
 * The bus page served by `server` inside `page` (its iframe), once it is loaded (within twice `timeoutMs`):
 * the far-side verbs run in the page and resolve once their messages were posted to the app. A verb the bus
 * refuses is tried again until `timeoutMs` (what the app sent may still be on its way, as the app's own UI
 * is for Playwright), then rejects with the bus's reason.
 */
export async function testBusFrame(
  page: PlaywrightPage,
  server: Pick<TestBusServer, 'origin'>,
  timeoutMs = 5_000,
): Promise<TestBusFrame> {
  const deadline = Date.now() + 2 * timeoutMs;
  let frame = page.frames().find((candidate) => candidate.url().startsWith(server.origin));
  while (frame === undefined) {
    if (Date.now() > deadline) throw new Error(`testBusFrame: no frame from ${server.origin} in the page`);
    await page.waitForTimeout(50);
    frame = page.frames().find((candidate) => candidate.url().startsWith(server.origin));
  }
  const busFrame: PlaywrightFrame = frame;
  // The page may still be loading on a busy machine: wait for its script until the same deadline. Checked
  // every 50 ms, not at each animation frame (Playwright's default): Chromium runs none in a hidden or
  // off-screen frame of another origin (the README hides the bus iframe), so a check made before the
  // script ran was never made again, and the wait timed out.
  await busFrame.waitForFunction(() => '__dialerTestBus' in window, undefined, {
    timeout: Math.max(1, deadline - Date.now()),
    polling: 50,
  });
  const call = (name: string, ...args: unknown[]): Promise<unknown> =>
    busFrame.evaluate(
      ([verb, values]) => (window as unknown as BusWindow).__dialerTestBus[verb]?.(...values),
      [name, args] as const,
    );
  const eventually = async (name: string, args: readonly unknown[]): Promise<unknown> => {
    const giveUp = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await call(name, ...args);
      } catch (error) {
        if (!String(error).includes('the bus refused') || Date.now() > giveUp) throw error;
        await page.waitForTimeout(50);
      }
    }
  };
  const verb =
    <A extends unknown[]>(name: string) =>
    async (...args: A): Promise<void> => {
      await eventually(name, args);
    };
  return {
    frame: busFrame,
    sent: (async (type?: BusCommandType) =>
      (await call('sent', ...(type === undefined ? [] : [type]))) as BusCommand[]) as TestBusFrame['sent'],
    incomingCall: async (options?: IncomingCallOptions) =>
      (await eventually('incomingCall', options === undefined ? [] : [options])) as string,
    remoteAnswers: verb('remoteAnswers'),
    remoteNoAnswer: verb('remoteNoAnswer'),
    remoteBusy: verb('remoteBusy'),
    remoteHangsUp: verb<[legId?: string]>('remoteHangsUp'),
    transfereeAnswers: verb('transfereeAnswers'),
    transfereeDeclines: verb('transfereeDeclines'),
    dropCall: verb('dropCall'),
    failNext: verb<[operation: FaultableOperation]>('failNext'),
    expireSession: verb('expireSession'),
    setTeammateAvailability: verb('setTeammateAvailability'),
    settle: verb('settle'),
    advance: verb<[ms: number]>('advance'),
  };
}

/**
 * The agent acting through the app's page with Playwright, by role and name (the kit's default words).
 * @example const day = agentDay({ bus: await testBusFrame(page, busServer), agent: playwrightAgent(page) });
 */
export function playwrightAgent(page: PlaywrightPage): Agent {
  const press = (name: string) => page.getByRole('button', { name, exact: true }).click();
  const fill = (label: string, text: string) =>
    page.getByRole('textbox', { name: label, exact: true }).fill(text);
  return {
    async dial(to) {
      const dialPad = page.getByRole('form', { name: 'Dial pad' });
      // Until the kit is connected (and between calls) the pad says why it cannot call yet.
      await dialPad.and(page.locator('[data-state="ready"]')).waitFor();
      await fill('Phone number', to);
      await dialPad.getByRole('button', { name: 'Call', exact: true }).click();
    },
    accept: () => press('Accept'),
    reject: () => press('Reject'),
    hangUp: () => press('Hang up'),
    hold: () => press('Hold'),
    // Hold is a toggle (aria-pressed while held): resuming presses it again.
    resume: () => press('Hold'),
    async startWarmTransfer(to) {
      await fill('Transfer to', to);
      await press('Start transfer');
    },
    swap: () => press('Swap'),
    merge: () => press('Merge'),
    async tag(tagNames) {
      const dialog = page.getByRole('dialog', { name: 'Tag this call' });
      for (const name of tagNames) await dialog.getByRole('checkbox', { name, exact: true }).check();
      await dialog.getByRole('button', { name: 'Save tags', exact: true }).click();
    },
    done: () => press('Done'),
  };
}

export type { PlaywrightFrame, PlaywrightLocator, PlaywrightPage } from './playwrightTypes';
