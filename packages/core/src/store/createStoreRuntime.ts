import { createStore, type StoreApi } from 'zustand/vanilla';
import { redactCommand } from '../commands/redactCommand';
import { toCommandDetail } from '../commands/toCommandDetail';
import { parseBusCommand } from '../parseBusCommand';
import { turnedOffCommands } from '../protocol/undocumentedCommands';
import { reduceDialer } from '../reduceDialer';
import { isRequestCommand } from '../reducer/requests';
import { createInitialState } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { monotonicNow } from './monotonicNow';
import { createRequestTracker } from './requestTracker';
import type { StoreRuntime } from './storeRuntime';
import { createTagSelectionSync } from './tagSelectionStorage';
import { createTimers } from './timers';
import type { DialerStoreOptions, TrafficEntry } from './types';

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

/**
 * The heart of the store: the zustand state, the one `dispatch` (reduce, then effects of the change:
 * diagnostics callback, timers, tag selection storage) and the one `transmit` to the transport.
 */
export function createStoreRuntime(
  options: DialerStoreOptions,
): StoreRuntime & { traffic(entry: TrafficEntry): void } {
  const now = options.now ?? monotonicNow;
  const timers = createTimers(
    options.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms)),
    options.clearTimeout ?? ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)),
  );
  const raw = createStore<DialerState>()(() =>
    createInitialState({
      ...(options.commandTimeoutMs !== undefined ? { commandTimeoutMs: options.commandTimeoutMs } : {}),
      ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
      disabledCommands: turnedOffCommands(options.undocumentedCommands),
    }),
  );
  // A subscriber that throws would stop zustand's notification loop and escape `setState`, skipping
  // the send or the bring-up step that dispatched: each one is isolated and reported instead.
  const api: StoreApi<DialerState> = {
    ...raw,
    subscribe: (listener) =>
      raw.subscribe((state, previous) => {
        try {
          listener(state, previous);
        } catch (error) {
          reportSubscriberError(error);
        }
      }),
  };
  const reportSubscriberError = (error: unknown): void =>
    safely(() =>
      options.onDiagnostic?.({
        // Not in the state's diagnostics: recording it there would notify the same subscriber again.
        seq: -1,
        at: now(),
        code: 'listener-failed',
        message: `a store subscriber threw: ${describeError(error)}`,
      }),
    );
  const requests = createRequestTracker();
  const traffic = (entry: TrafficEntry): void => safely(() => options.onTraffic?.(entry));
  const { storage } = options;
  const syncTags =
    storage &&
    createTagSelectionSync(storage, (tagIds) =>
      dispatch({ type: 'kit/tagSelectionChanged', payload: { tagIds } }),
    );

  const afterChange = (previous: DialerState, next: DialerState): void => {
    const added = next.diagnostics.total - previous.diagnostics.total;
    if (added > 0) {
      for (const item of next.diagnostics.items.slice(-added)) safely(() => options.onDiagnostic?.(item));
    }
    if (previous.pending !== undefined && next.pending === undefined) timers.cancel('pending');
    const check = next.call.swapCheck;
    if (check?.since !== previous.call.swapCheck?.since) {
      timers.cancel('swap');
      if (check !== undefined) {
        const delay = check.since + next.config.swapConfirmMs - now();
        timers.schedule('swap', delay, () =>
          dispatch({ type: 'kit/swapUnconfirmed', payload: { since: check.since } }),
        );
      }
    }
    syncTags?.(previous, next);
  };

  const dispatch: StoreRuntime['dispatch'] = (event, at = now()) => {
    const previous = api.getState();
    const next = reduceDialer(previous, { event, at });
    if (next === previous) return;
    api.setState(next, true);
    afterChange(previous, next);
  };

  const refuse: StoreRuntime['refuse'] = (type, reason, detail) => {
    dispatch({
      type: 'kit/commandRefused',
      payload: { commandType: type, reason: detail === undefined ? reason : `${reason}: ${detail}` },
    });
    return { ok: false, reason };
  };

  const transmit: StoreRuntime['transmit'] = (input, { timeout = true } = {}) => {
    // The kit never sends what it would itself refuse; what is sent is the validated copy.
    const parsed = parseBusCommand(input);
    if (!parsed.ok) {
      dispatch({ type: 'kit/commandInvalid', payload: { error: parsed.error } });
      return { posted: false };
    }
    const { command } = parsed;
    const { type } = command;
    const at = now();
    const settled = isRequestCommand(type) && timeout ? requests.track(type) : undefined;
    const detail = toCommandDetail(command);
    const wasMuted = api.getState().call.muted;
    // Recorded before posting: a bus that answers synchronously must find the command already pending.
    dispatch(
      { type: 'kit/commandSent', payload: detail ? { commandType: type, detail } : { commandType: type } },
      at,
    );
    traffic({ direction: 'out', at, message: redactCommand(command) });
    try {
      options.transport.send(command);
    } catch (error) {
      // Nothing left: undo what was recorded as sent, so the control, the verb's result and the UI agree
      // at once instead of a pending command that only a timeout would clear.
      const reason = `the transport failed: ${describeError(error)}`;
      dispatch({
        type: 'kit/commandNotSent',
        payload: { commandType: type, sentAt: at, reason, ...(type === 'DIALER.MUTE' ? { wasMuted } : {}) },
      });
      if (isRequestCommand(type) && settled !== undefined)
        requests.settle(type, { ok: false, error: 'not-sent' });
      return settled === undefined ? { posted: false } : { posted: false, settled };
    }
    const sent = settled === undefined ? { posted: true } : { posted: true, settled };
    if (!timeout) return sent;
    if (isRequestCommand(type)) {
      if (!requests.has(type)) return sent;
      timers.schedule(`request:${type}`, api.getState().config.requestTimeoutMs, () => {
        dispatch({ type: 'kit/requestTimedOut', payload: { commandType: type, sentAt: at } });
        requests.settle(type, { ok: false, error: 'timeout' });
      });
      return sent;
    }
    const { pending } = api.getState();
    if (pending?.type === type && pending.sentAt === at) {
      timers.schedule('pending', pending.deadline - at, () =>
        dispatch({ type: 'kit/commandTimedOut', payload: { commandType: type, sentAt: at } }),
      );
    }
    return sent;
  };

  return { api, options, timers, requests, now, dispatch, transmit, refuse, traffic };
}
