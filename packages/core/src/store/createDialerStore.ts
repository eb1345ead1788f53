import { redactInbound } from '../commands/redactCommand';
import { parseBusEvent } from '../parseBusEvent';
import type { BusCommand } from '../protocol/commands';
import type { RequestResult, Result } from '../result';
import { createActions } from './createActions';
import { createStoreRuntime, describeError, type StoreInternals, safely } from './createStoreRuntime';
import { createDropGate } from './dropGate';
import { guardCommand } from './guardCommand';
import { previewMessage } from './previewMessage';
import type { DialerStore, DialerStoreOptions } from './types';
import { DEFAULT_SILENCE_LIMIT_MS, startWatchdog, type Watchdog } from './watchdog';

const OK: Result = { ok: true };

/**
 * Creates the dialer store: bus state in a read-only zustand vanilla store, the one guarded `send`, the
 * bring-up (REGISTER, login, INIT), timers and the tag selection's storage. Every event goes through the
 * reducer, whose effects the store performs. It does nothing until `start()`.
 * @example
 * const store = createDialerStore({ transport, appName: 'desk', release: '1.0.0' });
 * store.start();
 * store.actions.dial('+14155550199');
 */
export function createDialerStore(options: DialerStoreOptions): DialerStore {
  const { request: _request, ...store } = createDialerStoreWith(options, {});
  return store;
}

/**
 * {@link createDialerStore} with what a store mirrored in other tabs needs: a state to start from, every
 * reduced event, and `reconnect` to start as after a reload of the bus frame (a tab taking over the bus).
 */
export function createDialerStoreWith(
  options: DialerStoreOptions,
  internal: StoreInternals & { readonly reconnect?: boolean },
): DialerStore & { request(command: BusCommand): Promise<RequestResult> } {
  const runtime = createStoreRuntime(options, internal);
  const { store, dispatch, transmit, refuse } = runtime;
  let life: 'new' | 'started' | 'disposed' = 'new';
  let unsubscribe: (() => void)[] = [];
  let watchdog: Watchdog | undefined;

  const onMessage = (message: unknown): void => {
    const at = runtime.now();
    try {
      watchdog?.heard(at);
      // The bus is alive: a silence found by the watchdog is over, before the message is applied.
      if (store.getState().session.silence !== undefined) dispatch({ type: 'kit/busHeard' }, at);
      const parsed = parseBusEvent(message);
      // The log gets the validated copy, or a bounded preview: never the raw message, whose size is unknown.
      runtime.traffic(() =>
        parsed.ok
          ? { direction: 'in', at, message: redactInbound(parsed.event), accepted: true }
          : {
              direction: 'in',
              at,
              message: previewMessage(
                message,
                parsed.error.code === 'too-large' ? parsed.error.path : undefined,
              ),
              accepted: false,
              error: parsed.error.message,
            },
      );
      dispatch(
        parsed.ok ? parsed.event : { type: 'kit/messageRejected', payload: { error: parsed.error } },
        at,
      );
    } catch (error) {
      // Nothing may throw out of the transport's listener: a reducer bug becomes a diagnostic.
      const reason = `the kit failed to apply this message: ${describeError(error)}`;
      try {
        dispatch(
          {
            type: 'kit/messageRejected',
            payload: { error: { code: 'invalid-payload', path: '', message: reason } },
          },
          at,
        );
      } catch {
        safely(() => options.onDiagnostic?.({ seq: -1, at, code: 'invalid-message', message: reason }));
      }
    }
  };

  const sendChecked = (input: BusCommand): { result: Result; settled?: Promise<RequestResult> } => {
    const verdict = guardCommand(store.getState(), input);
    if (!verdict.ok) {
      if (verdict.invalid !== undefined) {
        dispatch({ type: 'kit/commandInvalid', payload: { error: verdict.invalid } });
        return { result: { ok: false, reason: 'not-allowed' } };
      }
      return { result: refuse(verdict.type, verdict.reason, verdict.detail) };
    }
    const { posted, settled } = transmit(verdict.command, { answer: true });
    // The command was checked above: it is not posted only when the transport threw.
    const result: Result = posted ? OK : { ok: false, reason: 'not-sent' };
    return settled === undefined ? { result } : { result, settled };
  };

  const send = (command: BusCommand): Result => sendChecked(command).result;

  const request = (command: BusCommand): Promise<RequestResult> => {
    const { result, settled } = sendChecked(command);
    return settled ?? Promise.resolve(result.ok ? { ok: false, reason: 'not-allowed' } : result);
  };

  /** Starts (or, after a reload of the bus frame, restarts) the bring-up: REGISTER goes out. */
  const connect = (reconnect: boolean): void => {
    // Read now, never at import: the store may be created during server rendering.
    const origin = options.origin ?? globalThis.location?.origin;
    const registration =
      origin === undefined || origin === ''
        ? undefined
        : { origin, appName: options.appName, release: options.release };
    dispatch({ type: 'kit/connecting', payload: registration ? { reconnect, registration } : { reconnect } });
    if (registration === undefined) {
      refuse('BUS.REGISTER', 'not-allowed', 'no origin: pass `origin` to createDialerStore');
    }
  };

  const start = (): void => {
    if (life === 'started') return;
    life = 'started';
    const { transport } = options;
    const reportDrop = createDropGate(runtime.now);
    unsubscribe = [
      transport.subscribe(onMessage),
      transport.onReset?.(() => safely(() => connect(true))),
      transport.onDrop?.((reason, origin) =>
        safely(() => {
          if (reportDrop(origin)) dispatch({ type: 'kit/messageDropped', payload: { reason, origin } });
        }),
      ),
    ].filter((stop): stop is () => void => stop !== undefined);
    const limit = options.silenceLimitMs ?? DEFAULT_SILENCE_LIMIT_MS;
    if (limit !== false && limit > 0) {
      watchdog = startWatchdog(runtime, (listener) => store.subscribe((next) => listener(next)), limit);
      unsubscribe.push(watchdog.stop);
    }
    connect(internal.reconnect === true);
  };

  const dispose = (): void => {
    if (life === 'disposed') return;
    life = 'disposed';
    // DESTROY (when due) goes out while still listening; every timer stops and every request fails.
    dispatch({ type: 'kit/closed' });
    for (const stop of unsubscribe) safely(stop);
    unsubscribe = [];
  };

  return {
    getState: store.getState,
    getInitialState: store.getInitialState,
    subscribe: store.subscribe,
    now: runtime.now,
    start,
    dispose,
    send,
    request,
    // Frozen: the same verbs reach every component (`useDialer`), so none may swap one for the others.
    actions: Object.freeze(createActions(runtime, { send, request })),
  };
}
