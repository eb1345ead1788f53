import type { CallFlow, CallStatus, DialerState, DialerStore, DialerStoreOptions } from '@dialer-kit/core';
import { createDialerStore } from '@dialer-kit/core';
import { createSimulatedBus, type SimulatedBus, type SimulatedBusOptions } from '@dialer-kit/simulator';
import { createStoryClock } from './storyClock';

/** Simulator settings of a story (its clock is the kit's: see `createStoryClock`). */
export type StoryBusSettings = Omit<SimulatedBusOptions, 'clock'>;

/** Store options a story may change (e.g. a short command timeout to show a timeout quickly). */
export type StoryStoreOptions = Pick<DialerStoreOptions, 'commandTimeoutMs' | 'requestTimeoutMs'>;

/** A live simulated bus and a started store, shared by a story's seed, render and `play`. */
export interface StoryKit {
  readonly bus: SimulatedBus;
  readonly store: DialerStore;
  /** Resolves once `predicate` holds for the store's state; rejects after `timeoutMs` (story clock) naming `what`. */
  until(what: string, predicate: (state: DialerState) => boolean, timeoutMs?: number): Promise<void>;
  /** Resolves once the call has `status` (and `flow`, when given). */
  untilCall(status: CallStatus, flow?: CallFlow): Promise<void>;
  /**
   * Ends the seeding: until now the bus and the store ran ahead of real time (a seed waits for nothing,
   * see `createStoryClock`); from now on they move with real time, for the render and `play`.
   */
  goLive(): void;
  /** Sends DESTROY, stops the store's timers and drops every message the bus still holds back. */
  dispose(): void;
}

const DEFAULT_TIMEOUT_MS = 4_000;

/**
 * The store's command and request limits in a story unless it sets its own (a story about a timeout does):
 * once live, a story's clock is real time, and a story that shows a command pending must still show it
 * when its `play` runs on a loaded machine (two suites at once took past the kit's 10 s default).
 */
const STORY_STORE_DEFAULTS: StoryStoreOptions = { commandTimeoutMs: 60_000, requestTimeoutMs: 60_000 };

/**
 * Creates a simulated bus (logged in, short latency) and a store on it, starts the store and waits until
 * the connection is ready. Stories seed their state from here, through the same paths an app uses, ahead
 * of real time until `goLive`.
 */
export async function createStoryKit(
  settings: StoryBusSettings = {},
  storeOptions: StoryStoreOptions = {},
): Promise<StoryKit> {
  // Bus and store share one clock, so the kit's timeouts and the bus's delays keep their order.
  const clock = createStoryClock();
  const bus = createSimulatedBus({ session: 'restored', latencyMs: 5, ...settings, clock });
  const store = createDialerStore({
    transport: bus.transport,
    appName: 'storybook',
    release: '0.0.0',
    ...STORY_STORE_DEFAULTS,
    ...storeOptions,
    now: clock.now,
    setTimeout: (fn, ms) => clock.schedule(ms, fn),
    clearTimeout: (cancel) => (cancel as () => void)(),
  });

  const until: StoryKit['until'] = (what, predicate, timeoutMs = DEFAULT_TIMEOUT_MS) =>
    new Promise((resolve, reject) => {
      if (predicate(store.getState())) {
        resolve();
        return;
      }
      // On the story's clock: while seeding, the time limit is the bus's time, not the wall clock's.
      const cancelTimeout = clock.schedule(timeoutMs, () => {
        unsubscribe();
        const { call, connection } = store.getState();
        reject(
          new Error(
            `Story seed: no "${what}" after ${timeoutMs} ms (connection ${connection}, call ${call.status}/${call.flow ?? '-'})`,
          ),
        );
      });
      const unsubscribe = store.subscribe((state) => {
        if (!predicate(state)) return;
        cancelTimeout();
        unsubscribe();
        resolve();
      });
    });

  // The store stops first (DESTROY, timers); restarting the bus then drops what it still holds back.
  const dispose = (): void => {
    store.dispose();
    bus.restart();
    clock.dispose();
  };
  store.start();
  try {
    // Ready means the bring-up is over: the agent's lines and availability are known (or a login is due).
    await until(
      'bring-up',
      (state) =>
        state.connection === 'needs-login' ||
        (state.connection === 'ready' && state.lines.length > 0 && state.availability.self !== undefined),
    );
  } catch (error) {
    dispose();
    throw error;
  }
  return {
    bus,
    store,
    until,
    untilCall: (status, flow) =>
      until(
        `call ${status}${flow === undefined ? '' : `/${flow}`}`,
        ({ call }) => call.status === status && (flow === undefined || call.flow === flow),
      ),
    goLive: clock.goLive,
    dispose,
  };
}
