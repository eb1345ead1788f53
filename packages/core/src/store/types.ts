import type { StoreApi } from 'zustand/vanilla';
import type { BusCommand } from '../protocol/commands';
import type { AvailabilitySetting } from '../protocol/enums';
import type { UndocumentedCommandType } from '../protocol/undocumentedCommands';
import type { CallTagsConfirmed } from '../reducer/effects';
import type { Result } from '../result';
import type { CallRecord } from '../selectors/callRecord';
import type { Diagnostic, DialerState } from '../state/DialerState';
import type { TabRole } from '../tabs/createTabElection';
import type { BusTransport } from '../transport/BusTransport';

/** Where the agent's picked tags are kept across reloads (`sessionStorage` fits). */
export interface SelectionStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Options of {@link createDialerStore}. */
export interface DialerStoreOptions {
  readonly transport: BusTransport;
  readonly appName: string;
  readonly release: string;
  /** The embedding window's origin sent in REGISTER. Default: `globalThis.location.origin`. */
  readonly origin?: string;
  /** Timeout of fire-and-forget commands (ms, default 10 000). */
  readonly commandTimeoutMs?: number;
  /** Timeout of request/response commands (ms, default 10 000). */
  readonly requestTimeoutMs?: number;
  /**
   * First REGISTER retry delay (ms, default 500), doubled up to 8 000 until REGISTER is answered; also the
   * first pause before the bring-up restarts after a lost INIT or login answer.
   */
  readonly registerRetryMs?: number;
  /**
   * The clock of arrival times and timers, in epoch milliseconds. It must not jump when the computer's clock
   * is set: durations (talk time, wrap-up left) are differences of its readings. Default: `performance`'s
   * monotonic clock (`performance.timeOrigin + performance.now()`).
   */
  readonly now?: () => number;
  /** Timers (default the global ones); tests pass fakes. */
  readonly setTimeout?: (fn: () => void, ms: number) => unknown;
  readonly clearTimeout?: (handle: unknown) => void;
  /**
   * Which commands outside the public protocol (`UNDOCUMENTED_COMMANDS`: SET_RECORDING, the MUTE payload)
   * the kit may send: all (`true`, the default), none (`false`) or those listed. The controls of the
   * others report `not-supported`.
   */
  readonly undocumentedCommands?: boolean | readonly UndocumentedCommandType[];
  /**
   * The watchdog: how long the bus may say nothing during a live call before the kit asks it for fresh
   * state (ms, default 30 000). If that goes unanswered too, `session.silence.stale` says the state may be
   * out of date, until the next bus message. `false`: no watchdog.
   */
  readonly silenceLimitMs?: number | false;
  /** Keeps the tag selection across page reloads. Default: none. */
  readonly storage?: SelectionStorage;
  /**
   * A call is offered (`DIALER.INCOMING`): the caller to pop. Once per offer, including one made during
   * another call (which gets its own `callId`).
   */
  readonly onIncomingCall?: (record: CallRecord) => void;
  /** The call was answered: its first `connected` (the callee picked up, or the agent's accept took). */
  readonly onCallAnswered?: (record: CallRecord) => void;
  /**
   * The call is over for the agent: at `ended`, after mandatory tagging if the line requires it, or when its
   * context goes without one (Done, the next call, a reload of the bus frame). `record` is its summary
   * (times, who hung up, tags, recording). Once per call; tags confirmed later come by `onCallTagged`.
   */
  readonly onCallEnded?: (record: CallRecord) => void;
  /**
   * The bus confirmed a call's tags (`SET_TAGS_FULFILLED`, `API.UPDATE_CALL_TAGS_FULFILLED`): once per
   * confirmed change, never for a repeated answer. A recent call retagged after Done has no `callId`.
   */
  readonly onCallTagged?: (tagged: CallTagsConfirmed) => void;
  /**
   * Called for every new diagnostic, and with a `listener-failed` one when a lifecycle callback above or a
   * store subscriber throws (the kit carries on).
   */
  readonly onDiagnostic?: (diagnostic: Diagnostic) => void;
  /** Called for every message in and out (parsed or not), for timelines and devtools; see {@link TrafficEntry}. */
  readonly onTraffic?: (entry: TrafficEntry) => void;
}

/**
 * One message in or out, as seen by the store. Passwords and session tokens are redacted. An inbound
 * `message` is never the raw message (its size is the sender's choice): an accepted one is the validated
 * event, a refused one a bounded preview (long strings cut, extra items and keys counted, deep levels left
 * out, the part refused as too large not shown).
 */
export type TrafficEntry =
  | {
      readonly direction: 'in';
      readonly at: number;
      readonly message: unknown;
      readonly accepted: boolean;
      readonly error?: string;
    }
  | { readonly direction: 'out'; readonly at: number; readonly message: unknown };

/**
 * The state half of a zustand store, read-only: what `useStore` (React) and devtools take. The state
 * changes only through the store's verbs and the bus.
 */
export type ReadonlyDialerStoreApi = Pick<
  StoreApi<DialerState>,
  'getState' | 'getInitialState' | 'subscribe'
>;

/**
 * The dialer store: a read-only zustand store of the state (`getState`, `getInitialState`, `subscribe`),
 * the one guarded send path, the bring-up and the verbs. Framework-free.
 */
export interface DialerStore extends ReadonlyDialerStoreApi {
  /**
   * The store's clock (its `now` option): the time base of every arrival time in its state, such as
   * `call.connectedAt` or `wrapUpEndsAt`. Compare them with this, never with `Date.now()`.
   */
  now(): number;
  /** Starts the bring-up (REGISTER ...). Idempotent. `createDialerStore` does not start by itself. */
  start(): void;
  /** Sends DESTROY, stops listening and timers; the connection becomes `closed`. Idempotent. */
  dispose(): void;
  /**
   * The one guarded path: checks the controls, refuses with a reason (nothing reaches the transport), or
   * sends and tracks.
   */
  send(command: BusCommand): Result;
  /** The verbs, the login included. */
  readonly actions: DialerActions;
  /** Only in a store shared by several tabs (`createSharedDialerStore`): this tab's part. */
  readonly tab?: TabView;
}

/**
 * A tab's part in a bus shared by the tabs of one origin: `owner` (it runs the bus), `follower` (it mirrors
 * the owner and sends through it) or `electing` (not known yet).
 */
export interface TabView {
  role(): TabRole;
  /** Called after every change of role. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Makes this tab the owner of the bus ("Use this tab"); the owner so far becomes a follower. */
  takeOver(): void;
}

/**
 * Verbs for the UI, named as their controls (`CONTROL_NAMES`) and command builders (`commands`); each goes
 * through `send`, but the login, which only the login form sends. A fire-and-forget command's verb returns
 * its `Result` at once, a request's once the bus answers (`{ ok: true, payload }`).
 */
export interface DialerActions {
  /**
   * Logs in (`AUTH.EMAIL_AND_PASSWORD`) while the bus asks for it (`connection` is `needs-login`); settles
   * with the bus's answer. The password is sent once and never kept, logged or put in the state.
   */
  login(email: string, password: string): Promise<Result<{ readonly payload: unknown }>>;
  dial(to: string, options?: { from?: string; mode?: 'manual' | 'teammate' }): Result;
  accept(mode?: 'pickup_button' | 'notification' | 'shortcut'): Result;
  reject(): Result;
  hangUp(): Result;
  /**
   * Holds or resumes one leg (`DIALER.HOLD`): `legId`, such as a conference participant's, or by default
   * the party talked with. Refused with the reason of `selectHoldControl` for that leg.
   * @example store.actions.hold(true); store.actions.hold(false, participant.legId);
   */
  hold(shouldHold: boolean, legId?: string): Result;
  mute(shouldMute: boolean): Result;
  record(shouldRecord: boolean): Result;
  selectTags(tagIds: readonly number[]): void;
  setTags(tagIds?: readonly number[]): Promise<Result<{ readonly payload: unknown }>>;
  /**
   * Replaces the tags of any call by its id (`API.UPDATE_CALL_TAGS`): the one that has just ended, a recent
   * one (`state.recentCalls`) or one of the host's call history. Settles with the bus's answer, a refusal
   * (`request-pending` while another update awaits its answer, `not-ready`) or `timeout`; once fulfilled the
   * tags are the call's confirmed ones in the state.
   * @example const result = await store.actions.updateCallTags(callUuid, [101, 102]);
   */
  updateCallTags(callUuid: string, tagIds: readonly number[]): Promise<Result<{ readonly payload: unknown }>>;
  reset(): Result;
  startWarmTransfer(to: string): Result;
  swap(): Result;
  merge(): Result;
  startConcurrent(to: string): Result;
  invite(to: string): Result;
  kick(legId: string): Result;
  joinCoaching(callUuid: string, incognito?: boolean): Result;
  updateAvailability(status: AvailabilitySetting): Promise<Result<{ readonly payload: unknown }>>;
  fetchAvailabilities(): Promise<Result<{ readonly payload: unknown }>>;
  /**
   * Asks the bus for fresh state (BUS.DESTROY then BUS.INIT: the bus re-sends the lines, the availability
   * and where the call stands), keeping everything shown until fresh state replaces it. Refused while not
   * ready (`not-ready`), while any request awaits its answer or within a second of the last resync
   * (`request-pending`), and in a tab that does not own a shared bus (`not-allowed`).
   */
  resync(): Result;
}
