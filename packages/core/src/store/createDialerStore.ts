import { commands } from '../commands/commands';
import { controlFor, isSessionCommand } from '../commands/controlFor';
import { redactInbound } from '../commands/redactCommand';
import { getControls } from '../controls/getControls';
import { parseBusCommand } from '../parseBusCommand';
import { parseBusEvent } from '../parseBusEvent';
import type { BusCommand } from '../protocol/commands';
import type { RequestResult } from '../reducer/effects';
import { isRequestCommand } from '../reducer/requests';
import { createActions } from './createActions';
import { createStoreRuntime, describeError, safely } from './createStoreRuntime';
import { createDropGate } from './dropGate';
import { previewMessage } from './previewMessage';
import type { DialerStore, DialerStoreOptions, SendResult } from './types';

const OK: SendResult = { ok: true };

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

  const sendChecked = (input: BusCommand): { result: SendResult; settled?: Promise<RequestResult> } => {
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
      const { enabled, reason } = getControls(state)[control];
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
    const result: SendResult = posted ? OK : { ok: false, reason: 'not-allowed' };
    return settled === undefined ? { result } : { result, settled };
  };

  const send = (command: BusCommand): SendResult => sendChecked(command).result;

  const request = (command: BusCommand): Promise<RequestResult> => {
    const { result, settled } = sendChecked(command);
    return settled ?? Promise.resolve({ ok: false, error: result.ok ? 'not-a-request' : result.reason });
  };

  const login = (email: string, password: string): Promise<RequestResult> => {
    const type = 'AUTH.EMAIL_AND_PASSWORD';
    const { session, requests } = store.getState();
    if (session.phase !== 'awaiting-login') {
      const opened = session.phase === 'ready' || session.phase === 'initializing';
      const reason = refuse(type, opened ? 'not-allowed' : 'not-ready', 'no login is expected now').reason;
      return Promise.resolve({ ok: false, error: reason });
    }
    if (requests[type] !== undefined)
      return Promise.resolve({ ok: false, error: refuse(type, 'request-pending').reason });
    // Checked here, not by the command validation, whose message would quote the value received.
    if (typeof email !== 'string' || typeof password !== 'string') {
      const reason = refuse(type, 'not-allowed', 'the email and the password must be strings').reason;
      return Promise.resolve({ ok: false, error: reason });
    }
    // The password goes to the transport only: commandSent carries no detail of it, traffic shows '***'.
    const { posted, settled } = transmit(commands.emailAndPassword({ email, password }), { answer: true });
    return settled ?? Promise.resolve({ ok: false, error: posted ? 'not-a-request' : 'not-allowed' });
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
    login,
    actions: createActions(runtime, { send, request }),
  };
}
