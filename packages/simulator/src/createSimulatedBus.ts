import type { AvailabilityStatus, BusEventType, BusTransport } from '@dialer-kit/core';
import type { BusContext, Refusal } from './busContext';
import type { BusHandover } from './busState';
import { createManualClock, createRealClock, type ManualClock, type SimulatorClock } from './clock';
import { coachJoins, coachLeaves } from './coaching';
import { createBusRuntime } from './createBusRuntime';
import { type FaultableOperation, MALFORMED_MESSAGES, type MalformedKind } from './faults';
import { handleCommand } from './handleCommand';
import type { SimulatorLogEntry } from './log';
import { toBusLine } from './metadata';
import * as far from './scenarios';
import { expireSession, refreshToken } from './session';
import {
  resolveSettings,
  type SimulatedLine,
  type SimulatorSettings,
  type SimulatorSettingsInput,
} from './settings';
import { type SimulatorSnapshot, takeSnapshot } from './snapshot';
import { transfereeAnswers, transfereeDeclines } from './warmTransfer';

/** Options of {@link createSimulatedBus}: settings, plus the clock (`real` timers by default). */
export interface SimulatedBusOptions extends SimulatorSettingsInput {
  /** `manual`: time moves only with `advance` / `flush` (tests); or any {@link SimulatorClock}. */
  readonly clock?: 'real' | 'manual' | SimulatorClock;
  /** Starts with the calls another bus handed over (`handover()`): the call in progress goes on here. */
  readonly resume?: BusHandover;
}

/** A simulated dialer bus: its in-process transport, its inner bus API, and the far side's controls. */
export interface SimulatedBus {
  /** In-process transport for the kit: asynchronous delivery both ways, never re-entrant. */
  readonly transport: BusTransport;
  readonly settings: SimulatorSettings;
  /** Inner API for any transport (e.g. a postMessage page): one untrusted command, and its sender's origin. */
  receive(message: unknown, origin?: string): void;
  /** Inner API: every message the bus emits, after its latency, in order. */
  onEmit(listener: (message: unknown) => void): () => void;
  /** A call arrives (`DIALER.INCOMING`); returns its callUuid, `undefined` when refused (see the log). */
  incomingCall(options?: far.IncomingCallOptions): string | undefined;
  /** Whoever rings on the far side answers (callee, transferee, concurrent callee, invitee). */
  remoteAnswers(): boolean;
  remoteNoAnswer(): boolean;
  remoteBusy(): boolean;
  /** A far party hangs up (`legId`, default the one the agent talks with); an offered call is missed. */
  remoteHangsUp(legId?: string): boolean;
  transfereeAnswers(): boolean;
  transfereeDeclines(): boolean;
  /** Coachee's view: a supervisor (default the second teammate) joins / leaves the agent's call. */
  coachJoins(coachId?: number): boolean;
  coachLeaves(): boolean;
  setTeammateAvailability(userId: number, status: AvailabilityStatus): boolean;
  /** Replaces the agent's lines (`USER.LINES_CHANGED`). */
  setLines(lines: readonly SimulatedLine[]): void;
  refreshToken(): boolean;
  expireSession(): boolean;
  /** Fault: the next attempt of `operation` fails the way the bus reports it. */
  failNext(operation: FaultableOperation): void;
  /** Fault: the call drops without `hanging`. */
  dropCall(): boolean;
  /** Fault: the next emitted message arrives twice. */
  duplicateNext(): void;
  /** Fault: the next emitted message arrives after the one following it. */
  reorderNext(): void;
  /** Fault: emits a message breaking one protocol rule (default `unknown-status`). */
  sendMalformed(kind?: MalformedKind): void;
  /** Emits `message` as given, after the default latency. */
  sendRaw(message: unknown): void;
  /** From now on, events of `type` (every event without a type) leave after `ms` (`settings` keep the start values). */
  setLatency(ms: number, type?: BusEventType): void;
  /** The bus restarts: everything is forgotten and `transport.onReset` listeners are told. */
  restart(): void;
  /** Manual clock only: moves time forward, running what falls due. */
  advance(ms: number): void;
  /** Manual clock only: runs everything pending; returns how many steps ran. */
  flush(): number;
  now(): number;
  getSnapshot(): SimulatorSnapshot;
  /** The calls, as plain data, for the bus page that takes over (`resume`); an offer is not handed on. */
  handover(): BusHandover;
  /** Called after every change of the bus state (for control panels). */
  onChange(listener: () => void): () => void;
  /** The simulator's own log (refused commands, faults...), oldest first. */
  readonly log: readonly SimulatorLogEntry[];
  onLog(listener: (entry: SimulatorLogEntry) => void): () => void;
}

const isManual = (clock: SimulatorClock): clock is ManualClock => 'advance' in clock && 'flush' in clock;

/**
 * Creates a simulated dialer bus following PROTOCOL.md section 4.
 * @example
 * const bus = createSimulatedBus({ clock: 'manual' });
 * const store = createDialerStore({ transport: bus.transport });
 * bus.incomingCall({ type: 'external', from: '+14155550199' });
 * bus.flush();
 */
export function createSimulatedBus(options: SimulatedBusOptions = {}): SimulatedBus {
  const { clock: clockOption, resume, ...settingsInput } = options;
  const settings = resolveSettings(settingsInput);
  const clock =
    typeof clockOption === 'object'
      ? clockOption
      : clockOption === 'manual'
        ? createManualClock(settings.epochMs)
        : createRealClock();
  const runtime = createBusRuntime(settings, clock);
  const resetListeners = new Set<() => void>();
  if (resume !== undefined) {
    runtime.act((ctx) => {
      for (const call of resume.calls) ctx.state.calls.set(call.callUuid, structuredClone(call));
      ctx.state.call = resume.current === undefined ? undefined : ctx.state.calls.get(resume.current);
      ctx.log.add('scenario', `resumed ${resume.calls.length} call(s) handed over`);
    });
  }

  const receive = (message: unknown, origin?: string): void =>
    runtime.act((ctx) => handleCommand(ctx, message, origin));
  const scenario =
    <A extends unknown[]>(name: string, action: (ctx: BusContext, ...args: A) => Refusal) =>
    (...args: A): boolean =>
      runtime.act((ctx) => {
        const refusal = action(ctx, ...args);
        ctx.log.add(refusal ? 'refused' : 'scenario', refusal ? `${name}: ${refusal}` : name);
        return refusal === undefined;
      });
  const manual = (): ManualClock => {
    if (!isManual(clock))
      throw new Error("advance() and flush() need createSimulatedBus({ clock: 'manual' })");
    return clock;
  };

  const transport: BusTransport = {
    send(message) {
      let copy: unknown;
      try {
        copy = structuredClone(message);
      } catch {
        runtime.log.add('refused', 'message cannot be cloned (postMessage would throw)');
        return;
      }
      clock.schedule(0, () => receive(copy));
    },
    subscribe: (listener) => runtime.outbox.subscribe(listener),
    onReset(listener) {
      resetListeners.add(listener);
      return () => {
        resetListeners.delete(listener);
      };
    },
  };

  return {
    transport,
    settings,
    receive,
    onEmit: (listener) => runtime.outbox.subscribe(listener),
    incomingCall: (incoming = {}) =>
      runtime.act((ctx) => {
        const result = far.incomingCall(ctx, incoming);
        if (typeof result === 'object')
          ctx.log.add('scenario', `incomingCall ${incoming.type ?? 'external'}`);
        else ctx.log.add('refused', `incomingCall: ${result}`);
        return typeof result === 'object' ? result.callUuid : undefined;
      }),
    remoteAnswers: scenario('remoteAnswers', far.remoteAnswers),
    remoteNoAnswer: scenario('remoteNoAnswer', far.remoteDoesNotAnswer),
    remoteBusy: scenario('remoteBusy', far.remoteDoesNotAnswer),
    remoteHangsUp: scenario('remoteHangsUp', (ctx, legId?: string) => far.remoteHangsUp(ctx, legId)),
    transfereeAnswers: scenario('transfereeAnswers', transfereeAnswers),
    transfereeDeclines: scenario('transfereeDeclines', transfereeDeclines),
    coachJoins: scenario('coachJoins', (ctx, coachId?: number) =>
      coachJoins(ctx, coachId ?? ctx.settings.teammates[1]?.id ?? ctx.settings.teammates[0]?.id ?? 0),
    ),
    coachLeaves: scenario('coachLeaves', coachLeaves),
    setTeammateAvailability: scenario(
      'setTeammateAvailability',
      (ctx, userId: number, status: AvailabilityStatus) =>
        ctx.availability.setTeammate(userId, status) ? undefined : `no teammate ${userId}`,
    ),
    setLines: (lines) => {
      scenario('setLines', (ctx) => {
        ctx.state.lines = lines;
        ctx.emit({ type: 'USER.LINES_CHANGED', payload: { lines: lines.map(toBusLine) } });
        return undefined;
      })();
    },
    refreshToken: scenario('refreshToken', refreshToken),
    expireSession: scenario('expireSession', expireSession),
    failNext: (operation) =>
      runtime.act((ctx) => {
        ctx.faults.arm(operation);
        ctx.log.add('fault', `the next ${operation} will fail`);
      }),
    dropCall: scenario('dropCall', far.dropCall),
    duplicateNext: () => {
      runtime.outbox.duplicateNext();
      runtime.log.add('fault', 'the next message will be duplicated');
    },
    reorderNext: () => {
      runtime.outbox.reorderNext();
      runtime.log.add('fault', 'the next two messages will be swapped');
    },
    sendMalformed: (kind = 'unknown-status') => {
      runtime.log.add('fault', `malformed message: ${kind}`);
      runtime.outbox.push(MALFORMED_MESSAGES[kind], runtime.latencyOf());
    },
    sendRaw: (message) => {
      try {
        runtime.outbox.push(message, runtime.latencyOf());
        runtime.log.add('fault', 'raw message');
      } catch {
        runtime.log.add('refused', 'sendRaw: message cannot be cloned (postMessage would throw)');
      }
    },
    setLatency: (ms, type) => runtime.setLatency(ms, type),
    restart: () => {
      runtime.restart();
      clock.schedule(0, () => {
        for (const listener of [...resetListeners]) listener();
      });
    },
    advance: (ms) => manual().advance(ms),
    flush: () => manual().flush(),
    now: () => clock.now(),
    getSnapshot: () => runtime.peek(takeSnapshot),
    handover: () =>
      runtime.peek((ctx) => ({
        current: ctx.state.call?.callUuid,
        calls: [...ctx.state.calls.values()].map((call) => structuredClone(call)),
      })),
    onChange: runtime.onChange,
    log: runtime.log.entries,
    onLog: runtime.log.subscribe,
  };
}
