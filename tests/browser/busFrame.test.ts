import type { Browser, BrowserContext, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launchChromium';
import { FRAME_POLLING, type HostPage, newRecordingContext, openHostPage, PAGE_CHANGE_MS } from './hostPage';
import { serveTwoOrigins, type TwoOrigins } from './serveTwoOrigins';

let origins: TwoOrigins;
let browser: Browser;
let context: BrowserContext;
const attacks = { tried: 0, dropped: 0 };

beforeAll(async () => {
  [origins, browser] = await Promise.all([serveTwoOrigins(), launchChromium()]);
  context = await newRecordingContext(browser);
});

afterAll(async () => {
  console.log(`transport attacks: ${attacks.tried} tried, ${attacks.dropped} dropped`);
  await browser?.close();
  await origins?.close();
});

/** `expect.poll` with the time a page may take to change on a busy machine. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: PAGE_CHANGE_MS });

/** Runs `body` on a fresh host tab and always closes it. */
async function withHost(body: (host: HostPage) => Promise<void>, session: 'none' | 'restored' = 'restored') {
  const host = await openHostPage(context, origins, { session });
  try {
    await body(host);
  } finally {
    await host.close();
  }
}

const FORGED_EVENTS = [
  {
    type: 'DIALER.INCOMING',
    payload: { type: 'external', callUuid: `CA${'e'.repeat(32)}`, from: '+14155550666', to: '+14155550123' },
  },
  { type: 'DIALER.CALL_STATUS', payload: { status: 'connected', flow: 'regular' } },
  { type: 'AUTH.REFRESH_TOKEN_EXPIRED' },
];
const FORGED_COMMANDS = [
  { type: 'DIALER.DIAL', payload: { from: '+14155550123', to: '+14155550666' } },
  { type: 'BUS.REGISTER', payload: { origin: 'http://attacker.test', appName: 'x', release: '1' } },
];

/**
 * The REGISTERs the host page posted (from its `from`-th message on), after checking that none followed
 * an INIT. A bus page slow to answer may get more than one: the kit retries REGISTER until the first
 * answer (DECISIONS.md, "A slow bus may get REGISTER twice"), and stops then, before sending INIT.
 */
async function registersPosted(host: HostPage, from = 0): Promise<number> {
  const types = (await host.postedTypes(host.page.mainFrame())).slice(from);
  const registers = types.filter((type) => type === 'BUS.REGISTER').length;
  expect(registers).toBeGreaterThanOrEqual(1);
  expect(types.lastIndexOf('BUS.REGISTER')).toBeLessThan(types.indexOf('BUS.INIT'));
  return registers;
}

/** Posts `messages` from `frame` to its parent (the host page), targeting `targetOrigin`. */
const postToHost = (frame: Frame, messages: readonly unknown[], targetOrigin: string) =>
  frame.evaluate(
    ([list, target]) => {
      for (const message of list) window.parent.postMessage(message, target);
    },
    [messages, targetOrigin] as const,
  );

/** Posts `messages` from `frame` straight into the bus iframe (the host's first frame). */
const postToBus = (frame: Frame, messages: readonly unknown[], busOrigin: string) =>
  frame.evaluate(
    ([list, target]) => {
      const busWindow = window.parent.frames[0];
      for (const message of list) busWindow?.postMessage(message, target);
    },
    [messages, busOrigin] as const,
  );

describe('the kit and the bus iframe on two origins', () => {
  it('logs in and reaches ready', async () => {
    await withHost(async (host) => {
      await host.waitFor('connection', 'needs-login');
      await host.page.getByLabel('Email').fill('jane.agent@example.com');
      await host.page.getByLabel('Password').fill('secret');
      await host.page.getByRole('button', { name: 'Log in' }).click();
      await host.waitFor('connection', 'ready');
      expect(await host.busCount('AUTH.EMAIL_AND_PASSWORD')).toBe(1);
      expect(await host.busCount('BUS.INIT')).toBe(1);
    }, 'none');
  });

  // One REGISTER under StrictMode is proven without timing by DialerProvider.test.tsx; here a busy machine
  // can make the bus page answer after the kit's first retry (500 ms), which is allowed.
  it('mounts in StrictMode with one INIT and no DESTROY, registering until the bus answers', async () => {
    await withHost(async (host) => {
      await host.waitFor('connection', 'ready');
      expect(await host.busCount('BUS.REGISTER')).toBe(await registersPosted(host));
      expect(await host.busCount('BUS.INIT')).toBe(1);
      expect(await host.busCount('BUS.DESTROY')).toBe(0);
      // The frame's first load is not mistaken for a reload.
      expect(await host.connections()).toEqual(['connecting', 'ready']);
    });
  });

  it('posts nothing with "*": the host targets the bus origin, the bus the host origin', async () => {
    await withHost(async (host) => {
      await host.waitFor('connection', 'ready');
      await host.dial();
      await host.waitFor('call-status', 'ringing');
      await host.bus.getByRole('button', { name: 'Remote answers' }).click();
      await host.waitFor('call-status', 'connected');
      const hostTargets = await host.postedTargets(host.page.mainFrame());
      const busTargets = await host.postedTargets(host.bus);
      expect(hostTargets.length).toBeGreaterThanOrEqual(3);
      expect(busTargets.length).toBeGreaterThanOrEqual(5);
      expect(new Set(hostTargets)).toEqual(new Set([origins.busOrigin]));
      expect(new Set(busTargets)).toEqual(new Set([origins.hostOrigin]));
    });
  });

  it('drops forged messages of foreign frames and origins, on both sides, and keeps its state', async () => {
    await withHost(async (host) => {
      await host.waitFor('connection', 'ready');
      const spies = {
        busOrigin: await host.addFrame(`${origins.busOrigin}/foreign.html`, 'spy-bus-origin'),
        foreignOrigin: await host.addFrame(`${origins.foreignOrigin}/foreign.html`, 'spy-foreign-origin'),
        hostOrigin: await host.addFrame(`${origins.hostOrigin}/foreign.html`, 'spy-host-origin'),
      };
      const before = { host: await host.hostDropped(), bus: await host.busDropped() };
      // To the host: a frame on the bus origin (wrong source), frames on other origins, the page itself.
      await postToHost(spies.busOrigin, FORGED_EVENTS, origins.hostOrigin);
      await postToHost(spies.foreignOrigin, FORGED_EVENTS, origins.hostOrigin);
      await postToHost(spies.hostOrigin, FORGED_EVENTS, origins.hostOrigin);
      await host.page.evaluate((list) => {
        for (const message of list) window.postMessage(message, window.location.origin);
      }, FORGED_EVENTS);
      // To the bus: a foreign origin, and a frame on the registered origin that is not the bus's parent.
      await postToBus(spies.foreignOrigin, FORGED_COMMANDS, origins.busOrigin);
      await postToBus(spies.hostOrigin, FORGED_COMMANDS, origins.busOrigin);
      const toHost = 4 * FORGED_EVENTS.length;
      const toBus = 2 * FORGED_COMMANDS.length;
      attacks.tried += toHost + toBus;

      await poll(() => host.hostDropped()).toBe(before.host + toHost);
      await poll(() => host.busDropped()).toBe(before.bus + toBus);
      attacks.dropped += (await host.hostDropped()) - before.host + (await host.busDropped()) - before.bus;
      // The readout is rendered by React after the transport counted: it may lag a frame behind.
      await poll(() => host.readout('dropped')).toBe(String(before.host + toHost));
      expect(await host.readout('connection')).toBe('ready');
      expect(await host.readout('call-status')).toBe('idle');
      expect(await host.page.getByRole('button', { name: /answer|accept/i }).count()).toBe(0);
      expect(await host.busCount('DIALER.DIAL')).toBe(0);
      // Only the host's own REGISTERs were accepted: the forged ones were dropped.
      expect(await host.busCount('BUS.REGISTER')).toBe(await registersPosted(host));
    });
  });

  it('tells a hijacked bus frame nothing and does not listen to it', async () => {
    await withHost(async (host) => {
      await host.waitFor('connection', 'ready');
      const sentBefore = (await host.postedTargets(host.page.mainFrame())).length;
      await host.page.evaluate(
        (url) => (window as unknown as { __host: { navigateBus(u: string): void } }).__host.navigateBus(url),
        `${origins.foreignOrigin}/foreign.html`,
      );
      // The frame reloaded: the kit re-registers (and retries) with the bus origin as target.
      await host.waitFor('connection', 'reconnecting');
      const sent = async () => (await host.postedTargets(host.page.mainFrame())).length;
      await poll(sent).toBeGreaterThan(sentBefore + 1);
      const hijacker = host.bus;
      await hijacker.waitForFunction(() => '__foreign' in window, undefined, FRAME_POLLING);
      expect(
        await hijacker.evaluate(
          () => (window as unknown as { __foreign: { received: unknown[] } }).__foreign.received,
        ),
      ).toEqual([]);

      const before = await host.hostDropped();
      await postToHost(
        hijacker,
        [...FORGED_EVENTS, { type: 'BUS.REGISTER_FULFILLED', payload: {} }],
        origins.hostOrigin,
      );
      attacks.tried += FORGED_EVENTS.length + 1;
      await poll(() => host.hostDropped()).toBe(before + FORGED_EVENTS.length + 1);
      attacks.dropped += (await host.hostDropped()) - before;
      expect(await host.readout('connection')).toBe('reconnecting');
    });
  });

  describe('when the bus frame reloads', () => {
    /** Reloads the bus frame and waits until the kit went through reconnecting back to ready. */
    const reloadBus = async (host: HostPage) => {
      await host.bus.evaluate(() => setTimeout(() => window.location.reload(), 0));
      const lastThree = async () => (await host.connections()).slice(-3);
      await poll(lastThree).toEqual(['ready', 'reconnecting', 'ready']);
      await host.bus.waitForFunction(() => '__bus' in window, undefined, FRAME_POLLING);
    };

    it('reconnects to the new bus page, and a call started afterwards works', async () => {
      await withHost(async (host) => {
        await host.waitFor('connection', 'ready');
        const postedBefore = (await host.postedTypes(host.page.mainFrame())).length;
        await reloadBus(host);
        expect(await host.readout('connection')).toBe('ready');
        // The new page counts from its load: it got every REGISTER posted since, and one INIT.
        expect(await host.busCount('BUS.REGISTER')).toBe(await registersPosted(host, postedBefore));
        expect(await host.busCount('BUS.INIT')).toBe(1);

        await host.dial();
        await host.waitFor('call-status', 'ringing');
        await host.bus.getByRole('button', { name: 'Remote answers' }).click();
        await host.waitFor('call-status', 'connected');
        expect(await host.busCount('DIALER.DIAL')).toBe(1);
      });
    });

    it('stops showing the call the reloaded bus no longer has, and can call again', async () => {
      await withHost(async (host) => {
        await host.waitFor('connection', 'ready');
        await host.dial();
        await host.bus.getByRole('button', { name: 'Remote answers' }).click();
        await host.waitFor('call-status', 'connected');

        await reloadBus(host);
        await host.waitFor('call-status', 'idle');
        await host.dial();
        await host.waitFor('call-status', 'ringing');
      });
    });
  });
});
