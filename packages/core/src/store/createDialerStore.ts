import { controlFor, isSessionCommand } from '../commands/controlFor';
import { redactInbound } from '../commands/redactCommand';
import { getControls } from '../controls/getControls';
import { selectHoldControl } from '../controls/selectHoldControl';
import { parseBusCommand } from '../parseBusCommand';
import { parseBusEvent } from '../parseBusEvent';
import type { BusCommand } from '../protocol/commands';
import { isRequestCommand } from '../reducer/requests';
import type { RequestResult, Result } from '../result';
import { createActions } from './createActions';
import { createStoreRuntime, describeError, safely } from './createStoreRuntime';
import { createDropGate } from './dropGate';
import { previewMessage } from './previewMessage';
import type { DialerStore, DialerStoreOptions } from './types';

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
  const runtime = createStoreRuntime(options);
  const { store, dispatch, transmit, refuse } = runtime;
  let life: 'new' | 'started' | 'disposed' = 'new';
  let unsubscribe: (() => void)[] = [];

  const onMessage = (message: unknown): void => {
    const at = runtime.now();
    try {
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
    // Typed callers cannot build a wrong command, untyped ones can (`{ type: 'toString' }`, null): checked
    // first, so that nothing below reads a property of a value that is not a valid command.
    const parsed = parseBusCommand(input);
    if (!parsed.ok) {
      dispatch({ type: 'kit/commandInvalid', payload: { error: parsed.error } });
      return { result: { ok: false, reason: 'not-allowed' } };
    }
    const { command } = parsed;
    const state = store.getState();
    const { type } = command;
    if (isSessionCommand(type))
      return { result: refuse(type, 'not-allowed', 'the store sends session commands') };
    const control = controlFor(type);
    if (control !== undefined) {
      // A HOLD names its leg: the hold control for that leg decides (a conference holds participants one by one).
      const { enabled, reason } =
        command.type === 'DIALER.HOLD'
          ? selectHoldControl(state, command.payload.legId)
          : getControls(state)[control];
      // A DIAL names its own line: the control's missing default line does not concern it.
      const lineGiven = type === 'DIALER.DIAL' && reason === 'no-line';
      if (!enabled && !lineGiven) return { result: refuse(type, reason ?? 'not-allowed') };
    } else if (state.connection !== 'ready') {
      return { result: refuse(type, 'not-ready') };
    }
    if (isRequestCommand(type) && state.requests[type] !== undefined) {
      return { result: refuse(type, 'request-pending') };
    }
    const { posted, settled } = transmit(command, { answer: true });
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
    connect(false);
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
    actions: createActions(runtime, { send, request }),
  };
}
