import type {
  AvailabilityStatus,
  BusCommand,
  BusCommandOf,
  BusCommandType,
  BusTransport,
} from '@dialer-kit/core';
import {
  createManualClock,
  createRealClock,
  createSimulatedBus,
  type FaultableOperation,
  type IncomingCallOptions,
  type ManualClock,
  type SimulatedBus,
  type SimulatedBusOptions,
  type SimulatorLogEntry,
} from '@dialer-kit/simulator';
import { type ActFunction, performIn, registerActor } from './act';
import { installedFakeClock } from './fakeTimers';
import { trackClock } from './trackClock';

/** Options of {@link createTestBus}: any simulator setting, the clock, and `act`. */
export interface TestBusOptions extends Omit<SimulatedBusOptions, 'clock'> {
  /**
   * `manual` (the default): simulated time moves only with `advance`, and the bus answers the kit at the
   * current simulated time, on its own; `real`: the platform's timers (Storybook, a bus page).
   */
  readonly clock?: 'manual' | 'real';
  /** Wraps each delivery to the kit; `renderWithDialer` sets Testing Library's `act`. */
  readonly act?: ActFunction;
}

/**
 * What happens on the far side of the agent's calls, as awaitable verbs. Each runs once the messages in
 * flight have arrived and resolves once the messages it causes have arrived; a verb the bus refuses (nobody
 * is ringing, no call to drop...) rejects with the simulator's reason.
 */
export interface FarSide {
  /** A call is offered (`type` default `external`, from {@link TEST_CUSTOMER}); resolves to its callUuid. */
  incomingCall(options?: IncomingCallOptions): Promise<string>;
  /** Whoever rings answers: the callee of an outgoing call, a transferee, an invitee. */
  remoteAnswers(): Promise<void>;
  remoteNoAnswer(): Promise<void>;
  remoteBusy(): Promise<void>;
  /** The party the agent talks with hangs up (or `legId`); an offered call is missed. */
  remoteHangsUp(legId?: string): Promise<void>;
  transfereeAnswers(): Promise<void>;
  /** The transferee declines the warm transfer: the agent is back with the customer. */
  transfereeDeclines(): Promise<void>;
  /** The call drops without `hanging` (a network failure). */
  dropCall(): Promise<void>;
  /** The next attempt of `operation` fails the way the bus reports it. */
  failNext(operation: FaultableOperation): Promise<void>;
  /** The agent's session expires (`AUTH.REFRESH_TOKEN_EXPIRED`). */
  expireSession(): Promise<void>;
  setTeammateAvailability(userId: number, status: AvailabilityStatus): Promise<void>;
  /** Resolves once every message in flight (both ways) has arrived. */
  settle(): Promise<void>;
  /**
   * Moves simulated time forward by `ms`, running the bus's timers (and the kit's, under Vitest's fake
   * timers), then settles. On the real clock it waits `ms`.
   */
  advance(ms: number): Promise<void>;
}

/** A simulated bus ready for tests: see {@link createTestBus}. */
export interface TestBus extends FarSide {
  /** The kit's side: give it to `DialerProvider` (or `createDialerStore`). */
  readonly transport: BusTransport;
  /** The simulator underneath, for anything the verbs do not cover (call `settle()` after using it). */
  readonly simulator: SimulatedBus;
  /** The bus's clock (ms since epoch); `renderWithDialer` makes it the store's clock too. */
  now(): number;
  /** Every command the kit sent, in order; with `type`, only those (typed by their payload). */
  sent(): BusCommand[];
  sent<T extends BusCommandType>(type: T): BusCommandOf<T>[];
  /** For a bus served over `postMessage`: one untrusted message from the kit, recorded like `transport` sends. */
  receive(message: unknown, origin?: string): void;
  /**
   * Runs `action` (a kit-side change, such as a store verb) inside `act`, then settles; resolves to its
   * result (a promise it returned, such as a request's, has settled by then when the bus answered it).
   */
  perform<T>(action: () => T): Promise<Awaited<T>>;
}

/** The defaults a test bus changes: logged in, answers at once, on a manual clock. */
const TEST_DEFAULTS: SimulatedBusOptions = { session: 'restored', latencyMs: 0 };
/** More rounds than this in one settle: something keeps scheduling at the current instant. */
const MAX_ROUNDS = 1_000;
/** On the real clock, a task scheduled at most this far ahead is a message in flight, not a timer. */
const MIN_FLIGHT_MS = 100;
const REAL_SETTLE_TIMEOUT_MS = 5_000;

const microtasks = async (): Promise<void> => {
  for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
};
const realPause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates the simulated bus a test needs: the agent's session already restored ({@link TEST_AGENT}), a line
 * without tagging ({@link LINE}) and one that requires it ({@link TAGGING_LINE}), the catalogue
 * {@link TEST_TAGS}, no latency, and a manual clock. Every simulator setting can be changed.
 * @example
 * const bus = createTestBus({ lines: [TAGGING_LINE] });
 * await bus.remoteAnswers();
 * expect(bus.sent('DIALER.SET_TAGS')).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [102] } }]);
 */
export function createTestBus(options: TestBusOptions = {}): TestBus {
  const { clock: clockOption = 'manual', act = (callback) => callback(), ...settings } = options;
  const manual: ManualClock | undefined =
    clockOption === 'manual' ? createManualClock(settings.epochMs ?? 1_717_000_000_000) : undefined;
  const clock = trackClock(manual ?? createRealClock());
  const simulator = createSimulatedBus({ ...TEST_DEFAULTS, ...settings, clock });
  const actor = { act };
  const sent: BusCommand[] = [];
  let settling = false;
  let autoQueued = false;

  const record = (message: unknown): void => {
    try {
      sent.push(structuredClone(message) as BusCommand);
    } catch {
      sent.push(message as BusCommand);
    }
  };

  /** Manual clock: what falls due now runs on its own, after the sending code returned (like postMessage). */
  const answerSoon = (): void => {
    if (manual === undefined || autoQueued) return;
    autoQueued = true;
    queueMicrotask(() => {
      autoQueued = false;
      if (!settling) actor.act(() => manual.advance(0));
    });
  };

  const dueNow = (): boolean => {
    const next = clock.nextAt();
    return next !== undefined && next <= clock.now();
  };

  const flightHorizon = (): number =>
    Math.max(MIN_FLIGHT_MS, simulator.settings.latencyMs, ...Object.values(simulator.settings.latencyByType));

  const settle = async (): Promise<void> => {
    if (manual === undefined) {
      const deadline = Date.now() + REAL_SETTLE_TIMEOUT_MS;
      while (clock.inFlight(flightHorizon()) > 0) {
        if (Date.now() > deadline) throw new Error('TestBus.settle: messages still in flight after 5 s');
        await realPause(1);
      }
      await microtasks();
      return;
    }
    settling = true;
    try {
      for (let round = 0; round < MAX_ROUNDS; round += 1) {
        await actor.act(async () => {
          manual.advance(0);
          await microtasks();
        });
        if (!dueNow()) return;
      }
      throw new Error(`TestBus.settle: the bus still had work after ${MAX_ROUNDS} rounds`);
    } finally {
      settling = false;
    }
  };

  const advance = async (ms: number): Promise<void> => {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`TestBus.advance: ${ms} is not a delay in ms`);
    if (manual === undefined) {
      await realPause(ms);
      await settle();
      return;
    }
    await settle();
    let remaining = ms;
    while (remaining > 0) {
      const next = clock.nextAt();
      const step = next === undefined ? remaining : Math.min(remaining, Math.max(1, next - manual.now()));
      const fake = installedFakeClock();
      settling = true;
      try {
        await actor.act(async () => {
          fake?.tick(step);
          manual.advance(step);
          await microtasks();
        });
      } finally {
        settling = false;
      }
      remaining -= step;
      await settle();
    }
  };

  /** Runs one far-side action of the simulator between two settles; rejects with the bus's refusal. */
  const farSide = async <T>(name: string, action: () => T, refused: (result: T) => boolean): Promise<T> => {
    await settle();
    const refusals: SimulatorLogEntry[] = [];
    const stop = simulator.onLog((entry) => {
      if (entry.kind === 'refused') refusals.push(entry);
    });
    let result: { value: T } | undefined;
    try {
      // Async, though the action is sync: see `performIn` (act.ts).
      await actor.act(async () => {
        result = { value: action() };
      });
    } finally {
      stop();
    }
    if (result === undefined) throw new Error(`TestBus.${name}: the action did not run`);
    if (refused(result.value)) {
      const reason = refusals.at(-1)?.message ?? 'refused';
      throw new Error(`TestBus.${name}: the bus refused (${reason})`);
    }
    await settle();
    return result.value;
  };
  const verb =
    <A extends unknown[]>(name: string, action: (...args: A) => boolean) =>
    async (...args: A): Promise<void> => {
      await farSide(
        name,
        () => action(...args),
        (ok) => !ok,
      );
    };

  const transport: BusTransport = {
    ...simulator.transport,
    send(message) {
      record(message);
      simulator.transport.send(message);
      answerSoon();
    },
  };

  function sentOf(): BusCommand[];
  function sentOf<T extends BusCommandType>(type: T): BusCommandOf<T>[];
  function sentOf(type?: BusCommandType): BusCommand[] {
    return sent.filter((command) => type === undefined || command.type === type);
  }

  const bus: TestBus = {
    transport,
    simulator,
    now: () => clock.now(),
    sent: sentOf,
    receive(message, origin) {
      record(message);
      simulator.receive(message, origin);
    },
    perform: (action) => performIn('TestBus', actor, settle, action),
    incomingCall: async (incoming) =>
      (await farSide(
        'incomingCall',
        () => simulator.incomingCall(incoming),
        (id) => id === undefined,
      )) as string,
    remoteAnswers: verb('remoteAnswers', () => simulator.remoteAnswers()),
    remoteNoAnswer: verb('remoteNoAnswer', () => simulator.remoteNoAnswer()),
    remoteBusy: verb('remoteBusy', () => simulator.remoteBusy()),
    remoteHangsUp: verb('remoteHangsUp', (legId?: string) => simulator.remoteHangsUp(legId)),
    transfereeAnswers: verb('transfereeAnswers', () => simulator.transfereeAnswers()),
    transfereeDeclines: verb('transfereeDeclines', () => simulator.transfereeDeclines()),
    dropCall: verb('dropCall', () => simulator.dropCall()),
    failNext: verb('failNext', (operation: FaultableOperation) => {
      simulator.failNext(operation);
      return true;
    }),
    expireSession: verb('expireSession', () => simulator.expireSession()),
    setTeammateAvailability: verb('setTeammateAvailability', (userId: number, status: AvailabilityStatus) =>
      simulator.setTeammateAvailability(userId, status),
    ),
    settle,
    advance,
  };
  registerActor(bus, actor);
  return bus;
}
