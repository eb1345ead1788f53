import type { CallFlow, CallStatus, DialerState, DialerStore, DialerStoreOptions } from '@dialer-kit/core';
import { createDialerStore } from '@dialer-kit/core';
import { createSimulatedBus, type SimulatedBus, type SimulatedBusOptions } from '@dialer-kit/simulator';

/** Simulator settings of a story (its clock is always real: stories run in a browser). */
export type StoryBusSettings = Omit<SimulatedBusOptions, 'clock'>;

/** Store options a story may change (e.g. a short command timeout to show a timeout quickly). */
export type StoryStoreOptions = Pick<DialerStoreOptions, 'commandTimeoutMs' | 'requestTimeoutMs'>;

/** A live simulated bus and a started store, shared by a story's seed, render and `play`. */
export interface StoryKit {
  readonly bus: SimulatedBus;
  readonly store: DialerStore;
  /** Resolves once `predicate` holds for the store's state; rejects after `timeoutMs` naming `what`. */
  until(what: string, predicate: (state: DialerState) => boolean, timeoutMs?: number): Promise<void>;
  /** Resolves once the call has `status` (and `flow`, when given). */
  untilCall(status: CallStatus, flow?: CallFlow): Promise<void>;
  /** Sends DESTROY, stops the store's timers and drops every message the bus still holds back. */
  dispose(): void;
}

const DEFAULT_TIMEOUT_MS = 4_000;

/**
 * Creates a simulated bus (logged in, short latency) and a store on it, starts the store and waits until
 * the connection is ready. Stories seed their state from here, through the same paths an app uses.
 */
export async function createStoryKit(
  settings: StoryBusSettings = {},
  storeOptions: StoryStoreOptions = {},
): Promise<StoryKit> {
  const bus = createSimulatedBus({ session: 'restored', latencyMs: 5, ...settings });
  const store = createDialerStore({
    transport: bus.transport,
    appName: 'storybook',
    release: '0.0.0',
    ...storeOptions,
  });

  const until: StoryKit['until'] = (what, predicate, timeoutMs = DEFAULT_TIMEOUT_MS) =>
    new Promise((resolve, reject) => {
      if (predicate(store.getState())) {
        resolve();
        return;
      }
      const timer = setTimeout(() => {
        unsubscribe();
        const { call, connection } = store.getState();
        reject(
          new Error(
            `Story seed: no "${what}" after ${timeoutMs} ms (connection ${connection}, call ${call.status}/${call.flow ?? '-'})`,
          ),
        );
      }, timeoutMs);
      const unsubscribe = store.subscribe((state) => {
        if (!predicate(state)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve();
      });
    });

  // The store stops first (DESTROY, timers); restarting the bus then drops what it still holds back.
  const dispose = (): void => {
    store.dispose();
    bus.restart();
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
    dispose,
  };
}
