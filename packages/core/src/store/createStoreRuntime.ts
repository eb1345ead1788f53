import { createStore, type StoreApi } from 'zustand/vanilla';
import { redactCommand } from '../commands/redactCommand';
import { toCommandDetail } from '../commands/toCommandDetail';
import { parseBusCommand } from '../parseBusCommand';
import type { BusEvent } from '../protocol/events';
import type { KitEvent } from '../protocol/kitEvents';
import { turnedOffCommands } from '../protocol/undocumentedCommands';
import { transitionDialer } from '../reduceDialer';
import type { DialerEffect } from '../reducer/effects';
import { isRequestCommand } from '../reducer/requests';
import { createInitialState } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { createAnswerWaiters } from './answerWaiters';
import { monotonicNow } from './monotonicNow';
import type { StoreRuntime } from './storeRuntime';
import { clearTagSelection, readTagSelection, writeTagSelection } from './tagSelectionStorage';
import { createTimers } from './timers';
import type { DialerStoreOptions, ReadonlyDialerStoreApi, TrafficEntry } from './types';

/** The host's callback of each lifecycle event. */
const CALLBACKS = {
  incoming: 'onIncomingCall',
  answered: 'onCallAnswered',
  ended: 'onCallEnded',
  tagged: 'onCallTagged',
} as const;

/** What a store mirrored in other tabs needs beyond the public options (`createSharedDialerStore`). */
export interface StoreInternals {
  /** The state to start from instead of the initial one (the state mirrored from the previous owner). */
  readonly initialState?: DialerState;
  /** Called with every event reduced and its arrival time, in order, before its effects run. */
  readonly onReduce?: (event: BusEvent | KitEvent, at: number) => void;
}

/** Calls a consumer callback; its failure must not break the store. */
export function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // A consumer's listener failed: the store carries on.
  }
}

/** Describes a thrown value for a diagnostic. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The state a store starts from: the options' timeouts and the undocumented commands they turn off. */
export function initialStateOf(options: Omit<DialerStoreOptions, 'transport'>): DialerState {
  return createInitialState({
    ...(options.commandTimeoutMs !== undefined ? { commandTimeoutMs: options.commandTimeoutMs } : {}),
    ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
    ...(options.registerRetryMs !== undefined ? { registerRetryMs: options.registerRetryMs } : {}),
    disabledCommands: turnedOffCommands(options.undocumentedCommands),
  });
}

/**
 * The heart of the store: the zustand state, read-only from outside; the one `dispatch`, which reduces an
 * event and performs the effects the reducer returns (sends, timers, settled requests, kept tag picks,
 * reported diagnostics), in order; and the one `transmit` to the transport.
 */
export function createStoreRuntime(
  options: DialerStoreOptions,
  internal: StoreInternals = {},
): StoreRuntime & {
  readonly store: ReadonlyDialerStoreApi;
  /** Reports one message to `onTraffic`; `entry` (redaction, previews) is built only when it is set. */
  traffic(entry: () => TrafficEntry): void;
} {
  const now = options.now ?? monotonicNow;
  const timers = createTimers(
    options.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms)),
    options.clearTimeout ?? ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)),
  );
  const state: StoreApi<DialerState> = createStore<DialerState>()(
    () => internal.initialState ?? initialStateOf(options),
  );
  const reportCallbackError = (message: string): void =>
    safely(() =>
      // Not in the state's diagnostics: recording it there would notify the same subscriber again.
      options.onDiagnostic?.({ seq: -1, at: now(), code: 'listener-failed', message }),
    );
  const reportSubscriberError = (error: unknown): void =>
    reportCallbackError(`a store subscriber threw: ${describeError(error)}`);
  // Only `dispatch` writes. A subscriber that throws would stop zustand's notification loop and escape
  // `setState`, skipping the effects of the change: each one is isolated and reported instead.
  const store: ReadonlyDialerStoreApi = {
    getState: state.getState,
    getInitialState: state.getInitialState,
    subscribe: (listener) =>
      state.subscribe((next, previous) => {
        try {
          listener(next, previous);
        } catch (error) {
          reportSubscriberError(error);
        }
      }),
  };
  const waiters = createAnswerWaiters();
  const { onTraffic } = options;
  const traffic = (entry: () => TrafficEntry): void => {
    if (onTraffic !== undefined) safely(() => onTraffic(entry()));
  };
  const { storage } = options;

  const perform = (effect: DialerEffect): void => {
    switch (effect.type) {
      case 'send':
        transmit(effect.command);
        return;
      case 'schedule':
        timers.schedule(effect.timer, effect.ms, () => dispatch(effect.event));
        return;
      case 'cancel':
        timers.cancel(effect.timer);
        return;
      case 'settle':
        waiters.settle(effect.request, effect.sentAt, effect.result);
        return;
      case 'persistTags':
        if (storage === undefined) return;
        if (effect.selection === null) clearTagSelection(storage);
        else writeTagSelection(storage, effect.selection);
        return;
      case 'restoreTags': {
        if (storage === undefined) return;
        const stored = readTagSelection(storage);
        if (stored?.callUuid === effect.callUuid && stored.tagIds.length > 0) {
          dispatch({ type: 'kit/tagSelectionChanged', payload: { tagIds: [...stored.tagIds] } });
        } else {
          writeTagSelection(storage, { callUuid: effect.callUuid, tagIds: [] });
        }
        return;
      }
      case 'notify': {
        const { event } = effect;
        const name = CALLBACKS[event.kind];
        try {
          if (event.kind === 'tagged') options.onCallTagged?.(event.tagged);
          else options[name as Exclude<typeof name, 'onCallTagged'>]?.(event.record);
        } catch (error) {
          reportCallbackError(`${name} threw: ${describeError(error)}`);
        }
        return;
      }
      case 'report':
        safely(() => options.onDiagnostic?.(effect.diagnostic));
        return;
      default:
        effect satisfies never;
    }
  };

  const dispatch: StoreRuntime['dispatch'] = (event, at = now()) => {
    const previous = state.getState();
    const { state: next, effects } = transitionDialer(previous, event, at);
    if (next !== previous) state.setState(next, true);
    // Before the effects, whose events follow it: a mirror reducing the same events in order agrees.
    if (internal.onReduce !== undefined) safely(() => internal.onReduce?.(event, at));
    for (const effect of effects) perform(effect);
  };

  const refuse: StoreRuntime['refuse'] = (type, reason, detail) => {
    dispatch({
      type: 'kit/commandRefused',
      payload: { commandType: type, reason: detail === undefined ? reason : `${reason}: ${detail}` },
    });
    return { ok: false, reason };
  };

  const transmit: StoreRuntime['transmit'] = (input, { answer = false } = {}) => {
    // The kit never sends what it would itself refuse; what is sent is the validated copy.
    const parsed = parseBusCommand(input);
    if (!parsed.ok) {
      dispatch({ type: 'kit/commandInvalid', payload: { error: parsed.error } });
      return { posted: false };
    }
    const { command } = parsed;
    const { type } = command;
    const at = now();
    // Waited for before it is recorded: a bus that answers synchronously settles it at once.
    const settled = answer && isRequestCommand(type) ? waiters.wait(type, at) : undefined;
    const detail = toCommandDetail(command);
    const wasMuted = state.getState().call.muted;
    // Recorded before posting: a bus that answers synchronously must find the command already pending.
    dispatch(
      { type: 'kit/commandSent', payload: detail ? { commandType: type, detail } : { commandType: type } },
      at,
    );
    traffic(() => ({ direction: 'out', at, message: redactCommand(command) }));
    let posted = true;
    try {
      options.transport.send(command);
    } catch (error) {
      // Nothing left: undo what was recorded as sent, so the control, the verb's result and the UI agree
      // at once instead of a pending command that only a timeout would clear.
      posted = false;
      const reason = `the transport failed: ${describeError(error)}`;
      dispatch({
        type: 'kit/commandNotSent',
        payload: { commandType: type, sentAt: at, reason, ...(type === 'DIALER.MUTE' ? { wasMuted } : {}) },
      });
    }
    return settled === undefined ? { posted } : { posted, settled };
  };

  return { store, options, getState: state.getState, now, dispatch, transmit, refuse, traffic };
}
