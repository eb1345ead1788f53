import type { BusEvent, BusEventType } from '@dialer-kit/core';
import { createAvailability } from './availability';
import type { BusContext } from './busContext';
import { createBusState } from './busState';
import type { SimulatorClock } from './clock';
import { createFaultPlan } from './faults';
import { createIdSource } from './ids';
import { createSimulatorLog, type SimulatorLog } from './log';
import { createOutbox, type Outbox } from './outbox';
import type { SimulatorSettings } from './settings';

/** The transport-independent machinery of a simulated bus: state, outbox, log, change notifications. */
export interface BusRuntime {
  readonly clock: SimulatorClock;
  readonly outbox: Outbox;
  readonly log: SimulatorLog;
  /** Runs `step` on the current context; change listeners hear of it once the outermost step returns. */
  act<T>(step: (ctx: BusContext) => T): T;
  /** Reads the current context without notifying anyone. */
  peek<T>(read: (ctx: BusContext) => T): T;
  onChange(listener: () => void): () => void;
  /** Forgets everything (a bus restart): session, call, availability, armed faults, undelivered events. */
  restart(): void;
  /** The delay before an event of `type` leaves (the default latency without a type). */
  latencyOf(type?: BusEventType): number;
  /** From now on, events of `type` (every event without a type) leave after `ms`. */
  setLatency(ms: number, type?: BusEventType): void;
}

/** Creates a {@link BusRuntime} on `clock`. */
export function createBusRuntime(settings: SimulatorSettings, clock: SimulatorClock): BusRuntime {
  const log = createSimulatorLog(() => clock.now());
  const outbox = createOutbox(clock);
  const ids = createIdSource(settings.seed);
  const faults = createFaultPlan();
  const listeners = new Set<() => void>();
  let depth = 0;
  let defaultLatency = settings.latencyMs;
  const latencyByType: { [K in BusEventType]?: number } = { ...settings.latencyByType };
  const latencyOf = (type?: BusEventType): number =>
    (type === undefined ? undefined : latencyByType[type]) ?? defaultLatency;

  const act = <T>(step: (ctx: BusContext) => T): T => {
    depth += 1;
    try {
      return step(ctx);
    } finally {
      depth -= 1;
      if (depth === 0) for (const listener of [...listeners]) listener();
    }
  };
  // Timers of the bus (wrap-up countdown) are steps too, so panels hear of what they change.
  const stepClock: SimulatorClock = {
    now: () => clock.now(),
    schedule: (delayMs, task) => clock.schedule(delayMs, () => act(task)),
  };

  const makeContext = (): BusContext => {
    const state = createBusState(settings.lines, settings.session === 'restored');
    const emit = (event: BusEvent): void => {
      const service = event.type.slice(0, event.type.indexOf('.'));
      const copies = service === 'BUS' || service === 'AUTH' ? 1 : state.inits;
      if (copies === 0) {
        log.add('suppressed', 'not emitted: no BUS.INIT in effect', event.type);
        return;
      }
      const delay = latencyOf(event.type);
      for (let copy = 0; copy < copies; copy += 1) outbox.push(event, copy === 0 ? delay : 0);
    };
    return {
      settings,
      clock: stepClock,
      ids,
      faults,
      state,
      log,
      emit,
      availability: createAvailability(settings, stepClock, emit),
    };
  };
  let ctx = makeContext();

  return {
    clock,
    outbox,
    log,
    act,
    peek: (read) => read(ctx),
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    restart() {
      act((current) => {
        current.availability.dispose();
        outbox.clear();
        faults.clear();
        ctx = makeContext();
        log.add('warning', 'bus restarted: the kit must register again');
      });
    },
    latencyOf,
    setLatency(ms, type) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`setLatency: ${ms} is not a delay in ms`);
      if (type === undefined) defaultLatency = ms;
      else latencyByType[type] = ms;
    },
  };
}
