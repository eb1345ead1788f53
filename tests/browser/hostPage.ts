import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { recordPostMessage } from './recordPostMessage';
import type { TwoOrigins } from './serveTwoOrigins';

/**
 * How long a page may take to show what the test waits for: a reload of the bus frame and two round trips
 * on a busy 2-core machine take seconds, far more than `expect.poll`'s default second (with two copies of the
 * suite at once a dial's answer once took more than 10 s).
 */
export const PAGE_CHANGE_MS = 20_000;

/**
 * How a wait in a frame of another origin re-checks: every 50 ms. Playwright's default, at each animation
 * frame, never re-checks where Chromium runs none: a hidden or off-screen frame of another origin, or any
 * frame of a background tab (see tests/browser/testBusFrame.test.ts).
 */
export const FRAME_POLLING = { polling: 50 } as const;

/** The host page under test, its bus frame and helpers to read both. */
export interface HostPage {
  readonly page: Page;
  /** The bus iframe (same `Frame` across reloads). */
  readonly bus: Frame;
  /** Text of a `data-testid` cell of the host's status readout. */
  readout(id: ReadoutCell): Promise<string>;
  /** Waits until the readout cell shows `value`. */
  waitFor(id: ReadoutCell, value: string): Promise<void>;
  /** Clicks Call once the kit may dial: its lines arrive after `ready`, and a dial before them is refused. */
  dial(): Promise<void>;
  /** Accepted messages of `type` the bus page received since it loaded. */
  busCount(type: string): Promise<number>;
  /** Messages the bus page refused since it loaded. */
  busDropped(): Promise<number>;
  /** Messages the host transport dropped. */
  hostDropped(): Promise<number>;
  /** Every connection state the host's store went through, in order. */
  connections(): Promise<string[]>;
  /** Adds a frame at `url` to the host page and returns it once loaded. */
  addFrame(url: string, name: string): Promise<Frame>;
  /** Every `targetOrigin` a frame posted with (see `recordPostMessage`). */
  postedTargets(frame: Frame): Promise<string[]>;
  /** The `type` of every message a frame posted, in order (`''` for a message without one). */
  postedTypes(frame: Frame): Promise<string[]>;
  close(): Promise<void>;
}

/** The `data-testid` cells of the host's status readout (`apps/bus-simulator/src/host/StatusReadout.tsx`). */
export type ReadoutCell = 'connection' | 'call-status' | 'call-flow' | 'dial' | 'dropped';

/** A browser context whose every frame records its `postMessage` target origins. */
export async function newRecordingContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(recordPostMessage);
  return context;
}

/** Opens `host.html` in a new tab, with the bus iframe on the bus origin (`session`, `tagging` configure it). */
export async function openHostPage(
  context: BrowserContext,
  origins: TwoOrigins,
  options: {
    readonly session?: 'none' | 'restored';
    readonly tagging?: 'mandatory';
    /** The kit's watchdog limit (ms; the host page's `silence`), default the kit's 30 s. */
    readonly silenceMs?: number;
  } = {},
): Promise<HostPage> {
  const page = await context.newPage();
  const tagging = options.tagging === undefined ? '' : `&tagging=${options.tagging}`;
  const busUrl = `${origins.busOrigin}/?session=${options.session ?? 'restored'}${tagging}`;
  const silence = options.silenceMs === undefined ? '' : `&silence=${options.silenceMs}`;
  await page.goto(`${origins.hostOrigin}/host.html?bus=${encodeURIComponent(busUrl)}${silence}`);
  await page.waitForFunction(() => '__host' in window);
  const found = page.frame({ name: 'bus' });
  if (found === null) throw new Error('the host page has no bus frame');
  const bus: Frame = found;
  await bus.waitForFunction(() => '__bus' in window, undefined, FRAME_POLLING);
  const readout = async (id: string) => (await page.getByTestId(id).textContent()) ?? '';
  const waitFor = async (id: ReadoutCell, value: string) => {
    await expect.poll(() => readout(id), { timeout: PAGE_CHANGE_MS }).toBe(value);
  };
  return {
    page,
    bus,
    readout,
    waitFor,
    async dial() {
      await waitFor('dial', 'yes');
      await page.getByRole('button', { name: 'Call' }).click();
    },
    busCount: (type) => bus.evaluate((t) => (window as unknown as BusWindow).__bus.counts[t] ?? 0, type),
    busDropped: () => bus.evaluate(() => (window as unknown as BusWindow).__bus.dropped),
    hostDropped: () => page.evaluate(() => (window as unknown as HostWindow).__host.dropped),
    connections: () => page.evaluate(() => [...(window as unknown as HostWindow).__host.connections]),
    async addFrame(url, name) {
      await page.evaluate(([u, n]) => (window as unknown as HostWindow).__host.addFrame(u, n), [
        url,
        name,
      ] as const);
      const frame = page.frame({ name });
      if (frame === null) throw new Error(`no frame named ${name}`);
      return frame;
    },
    postedTargets: (frame) =>
      frame.evaluate(() => [...(window as unknown as RecordedWindow).__postedTargets]),
    postedTypes: (frame) => frame.evaluate(() => [...(window as unknown as RecordedWindow).__postedTypes]),
    close: () => page.close(),
  };
}

/** What the bus page exposes (`apps/bus-simulator/src/main.ts`). */
interface BusWindow {
  readonly __bus: { readonly counts: Record<string, number>; readonly dropped: number };
}
/** What the host page exposes (`apps/bus-simulator/src/host/exposeHostHooks.ts`). */
interface HostWindow {
  readonly __host: {
    readonly dropped: number;
    readonly connections: readonly string[];
    addFrame(url: string, name: string): Promise<void>;
  };
}
interface RecordedWindow {
  readonly __postedTargets: string[];
  readonly __postedTypes: string[];
}
