import { commands } from '../commands/commands';
import { REQUEST_COMMANDS } from '../protocol/commands';
import { SERVICES } from '../protocol/enums';
import type { BusEvent } from '../protocol/events';
import { safely } from './createStoreRuntime';
import type { StoreRuntime } from './storeRuntime';
import type { RequestResult } from './types';

/** Bus events that open or close the session; the bring-up follows each of them. */
const SESSION_EVENTS: ReadonlySet<BusEvent['type']> = new Set<BusEvent['type']>([
  'BUS.REGISTER_FULFILLED',
  'AUTH.EMAIL_AND_PASSWORD_FULFILLED',
  'AUTH.EMAIL_AND_PASSWORD_REJECTED',
  'AUTH.REFRESH_TOKEN_EXPIRED',
]);

/** Longest wait between two REGISTER attempts (ms). */
const MAX_REGISTER_RETRY_MS = 8_000;

/** Where the bring-up stands (PROTOCOL.md section 1); `restarting`: waiting to register again after a timeout. */
export type BringUpPhase =
  | 'stopped'
  | 'restarting'
  | 'registering'
  | 'awaiting-login'
  | 'initializing'
  | 'ready';

/** The bring-up and teardown sequence: REGISTER with back-off, login or INIT, DESTROY. */
export interface BringUp {
  readonly phase: BringUpPhase;
  /** Starts registering: `reconnect` when the bus frame reloaded. */
  begin(reconnect: boolean): void;
  /** Reacts to a bus event after the reducer applied it. */
  onEvent(event: BusEvent): void;
  /** Watches a login sent during the bring-up: no answer in time starts the bring-up again. */
  onLoginSent(settled: Promise<RequestResult>): void;
  /** Sends DESTROY if INIT was sent since the last one, and stops. */
  end(): void;
}

/** Creates the bring-up of one store. */
export function createBringUp(runtime: StoreRuntime): BringUp {
  const { options, timers } = runtime;
  const firstRetryMs = options.registerRetryMs ?? 500;
  let phase: BringUpPhase = 'stopped';
  let initSent = false;
  // Bumped by every begin, restart and end, so that an answer of an older attempt changes nothing.
  let attempt = 0;
  // Restarts since the bring-up last reached ready: each waits twice as long as the one before.
  let restarts = 0;

  /**
   * Registers again after a lost answer, which would leave the store connecting forever. An INIT already
   * sent is undone first: a second INIT without DESTROY duplicates events (PROTOCOL.md section 1).
   */
  const restart = (): void => {
    attempt += 1;
    destroy();
    phase = 'restarting';
    const delay = Math.min(firstRetryMs * 2 ** restarts, MAX_REGISTER_RETRY_MS);
    restarts += 1;
    timers.schedule('restart', delay, () => bringUp.begin(false));
  };

  /** Restarts when the request fails with one of `errors` while the bring-up still waits for it. */
  const restartOnLoss = (
    settled: Promise<RequestResult>,
    waiting: BringUpPhase,
    errors: readonly string[],
  ): void => {
    const mine = attempt;
    void settled.then((result) => {
      if (result.ok || !errors.includes(result.error) || attempt !== mine || phase !== waiting) return;
      safely(restart);
    });
  };

  const register = (origin: string, delay: number): void => {
    runtime.transmit(commands.register({ origin, appName: options.appName, release: options.release }), {
      timeout: false,
    });
    timers.schedule('register', delay, () => register(origin, Math.min(delay * 2, MAX_REGISTER_RETRY_MS)));
  };

  const init = (): void => {
    phase = 'initializing';
    initSent = true;
    const { posted, settled } = runtime.transmit(commands.init(SERVICES));
    // An INIT that never left needs no DESTROY.
    if (!posted) initSent = false;
    // An INIT the transport could not post is as lost as one never answered.
    if (settled !== undefined) restartOnLoss(settled, 'initializing', ['timeout', 'not-sent']);
  };

  const destroy = (): void => {
    if (!initSent) return;
    initSent = false;
    runtime.transmit(commands.destroy(SERVICES), { timeout: false });
  };

  /**
   * Brings the phase in line with the session the reducer holds after a session event, whatever order the
   * bus answered in: a session open is initialised (once), none undoes any INIT and waits for a login, so
   * that the login form is shown exactly when a login can be sent.
   */
  const followSession = (): void => {
    if (runtime.api.getState().authenticated === true) {
      // While restarting, the restart registers and initialises again.
      if (phase === 'registering' || phase === 'awaiting-login') init();
      return;
    }
    if (phase === 'awaiting-login') return;
    // Logged out by the bus: unsubscribe so that the INIT after the next login does not duplicate events.
    timers.cancel('restart');
    destroy();
    phase = 'awaiting-login';
  };

  const bringUp: BringUp = {
    get phase() {
      return phase;
    },
    begin(reconnect) {
      attempt += 1;
      timers.cancel('register');
      timers.cancel('restart');
      if (reconnect) {
        // A reloaded bus frame forgot the INIT (no DESTROY is due to it) and will answer no request.
        initSent = false;
        restarts = 0;
        for (const type of REQUEST_COMMANDS) timers.cancel(`request:${type}`);
        runtime.requests.failAll('reconnected');
      }
      phase = 'registering';
      runtime.dispatch({ type: 'kit/connecting', payload: { reconnect } });
      // Read now, never at import: the store may be created during server rendering.
      const origin = options.origin ?? globalThis.location?.origin;
      if (origin === undefined || origin === '') {
        runtime.refuse('BUS.REGISTER', 'not-allowed', 'no origin: pass `origin` to createDialerStore');
        return;
      }
      register(origin, firstRetryMs);
    },
    onEvent(event) {
      if (event.type === 'BUS.INIT_FULFILLED') {
        // An answer to an INIT already undone by DESTROY changes nothing (the reducer ignores it too).
        if (phase !== 'initializing') return;
        phase = 'ready';
        restarts = 0;
        return;
      }
      if (!SESSION_EVENTS.has(event.type) || phase === 'stopped') return;
      if (event.type === 'BUS.REGISTER_FULFILLED' && phase === 'registering') timers.cancel('register');
      // Until REGISTER is answered nothing may be sent: its answer decides.
      else if (phase === 'registering') return;
      followSession();
    },
    onLoginSent(settled) {
      // A login the transport could not post leaves the form usable: the agent tries again.
      restartOnLoss(settled, 'awaiting-login', ['timeout']);
    },
    end() {
      attempt += 1;
      restarts = 0;
      timers.cancel('register');
      timers.cancel('restart');
      destroy();
      phase = 'stopped';
    },
  };
  return bringUp;
}
