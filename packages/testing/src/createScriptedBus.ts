import type { BusCommand, BusCommandOf, BusCommandType, BusTransport, BusUser } from '@dialer-kit/core';
import { type ActFunction, performIn, registerActor } from './act';
import { TEST_AGENT } from './testData';

/** Builds the bus's answer to a command the kit sent, or `undefined` for none. */
export type Responder = (command: BusCommand) => unknown;

/**
 * A bus whose every event the test writes: it answers only the bring-up (REGISTER, INIT, DESTROY) and
 * records what the kit sends. For tests of one exact bus message, or of one the simulator never sends (a
 * hostile or malformed one); a journey reads better on {@link createTestBus}.
 */
export interface ScriptedBus {
  /** The kit's side: give it to `DialerProvider` (or `createDialerStore`), or to `renderWithDialer`. */
  readonly transport: BusTransport;
  /** Every command the kit sent, in order; with `type`, only those (typed by their payload). */
  sent(): BusCommand[];
  sent<T extends BusCommandType>(type: T): BusCommandOf<T>[];
  /** Delivers `messages` to the kit now, in order, inside `act`: any value, as a hostile bus could send. */
  push(...messages: unknown[]): void;
  /** Answers every later command of `type` with `responder`'s message (replaces the default answer). */
  answer(type: BusCommandType, responder: Responder): void;
  /** The bus frame reloads (the transport's reset): the kit must register again. */
  restart(): void;
  /** Resolves once the answers the kit's commands queued have arrived, inside `act`. */
  settle(): Promise<void>;
  /** Runs `action` (a store verb) inside `act`, then settles; resolves to its result. */
  perform<T>(action: () => T): Promise<Awaited<T>>;
  /** How many listeners the kit has on the transport (none once the provider unmounted). */
  listenerCount(): number;
}

/** Options of {@link createScriptedBus}. */
export interface ScriptedBusOptions {
  /** The user REGISTER restores (default {@link TEST_AGENT}); `null`: no session, the kit needs a login. */
  readonly user?: BusUser | null;
  /** Wraps each delivery to the kit; `renderWithDialer` sets Testing Library's `act`. */
  readonly act?: ActFunction;
}

const agentUser = (): BusUser => {
  const { id, email, name } = TEST_AGENT;
  return name === undefined ? { id, email } : { id, email, name };
};

/**
 * Creates a {@link ScriptedBus}. Its answers arrive on a microtask, after the sending code returned, as
 * `postMessage` would deliver them.
 * @example
 * const { bus } = await renderWithDialer(<CallBar />, { bus: createScriptedBus() });
 * bus.push(busEvent.callStatus('connected', 'regular'), busEvent.sync(callMetadata()));
 * bus.push({ type: 'DIALER.CALL_STATUS', payload: { status: 42 } }); // ignored, never thrown
 */
export function createScriptedBus(options: ScriptedBusOptions = {}): ScriptedBus {
  const user = options.user === undefined ? agentUser() : options.user;
  const actor = { act: options.act ?? ((callback) => callback()) };
  const sent: BusCommand[] = [];
  const listeners = new Set<(message: unknown) => void>();
  const resetListeners = new Set<() => void>();
  const responders = new Map<string, Responder>([
    [
      'BUS.REGISTER',
      () =>
        user === null
          ? { type: 'BUS.REGISTER_FULFILLED' }
          : { type: 'BUS.REGISTER_FULFILLED', payload: { user } },
    ],
    ['BUS.INIT', () => ({ type: 'BUS.INIT_FULFILLED' })],
    ['BUS.DESTROY', () => ({ type: 'BUS.DESTROY_FULFILLED' })],
  ]);
  const queue: unknown[] = [];
  let scheduled = false;

  const deliver = (message: unknown): void => {
    for (const listener of [...listeners]) listener(message);
  };
  const drain = (): void => {
    while (queue.length > 0) deliver(queue.shift());
  };
  const enqueue = (message: unknown): void => {
    queue.push(message);
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (queue.length > 0) actor.act(drain);
    });
  };

  const transport: BusTransport = {
    send(message) {
      sent.push(message as BusCommand);
      const type = (message as { type?: unknown }).type;
      const responder = typeof type === 'string' ? responders.get(type) : undefined;
      const reply = responder?.(message as BusCommand);
      if (reply !== undefined) enqueue(reply);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReset(listener) {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
  };

  function sentOf(): BusCommand[];
  function sentOf<T extends BusCommandType>(type: T): BusCommandOf<T>[];
  function sentOf(type?: BusCommandType): BusCommand[] {
    return sent.filter((command) => type === undefined || command.type === type);
  }
  const settle = async (): Promise<void> => {
    await actor.act(async () => drain());
  };

  const bus: ScriptedBus = {
    transport,
    sent: sentOf,
    push: (...messages) =>
      void actor.act(() => {
        for (const message of messages) deliver(message);
      }),
    answer: (type, responder) => void responders.set(type, responder),
    restart: () =>
      void actor.act(() => {
        for (const listener of [...resetListeners]) listener();
      }),
    settle,
    perform: (action) => performIn('ScriptedBus', actor, settle, action),
    listenerCount: () => listeners.size,
  };
  registerActor(bus, actor);
  return bus;
}
