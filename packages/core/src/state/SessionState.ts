import type { ControlName } from '../controls/types';
import type {
  BusCommandPayloadMap,
  FireAndForgetCommandType,
  RequestCommandType,
} from '../protocol/commands';
import type { AvailabilitySetting } from '../protocol/enums';
import type { CommandDetail } from '../protocol/kitEvents';

/**
 * Connection to the bus (PROTOCOL.md section 1), as the UI shows it: the public face of the session's
 * phase ({@link SessionState}), written with it and never on its own.
 */
export type ConnectionState = 'connecting' | 'needs-login' | 'ready' | 'reconnecting' | 'closed';

/**
 * The step of the bring-up: the one state machine of the session. `registering`: REGISTER's answer is
 * awaited (the initial phase: REGISTER goes out at start, and again with back-off until answered);
 * `awaiting-login`: no session, a login may be sent; `initializing`: a session is open and INIT was sent;
 * `restarting`: INIT or a login got no answer, REGISTER goes out again after a pause; `closed`: disposed.
 */
export type SessionPhase =
  | 'registering'
  | 'awaiting-login'
  | 'initializing'
  | 'restarting'
  | 'ready'
  | 'closed';

/** Where the session stands, and what the bring-up needs to go on from there. */
export interface SessionState {
  readonly phase: SessionPhase;
  /** The bring-up follows a reload of the bus frame (`connection` says `reconnecting`). */
  readonly reconnect: boolean;
  /** What REGISTER sends; absent until started, or when there is no origin to register with. */
  readonly registration?: BusCommandPayloadMap['BUS.REGISTER'];
  /** REGISTERs sent since the bring-up (re)started: the wait before the next doubles with each. */
  readonly registerAttempts: number;
  /** Restarts since the session was last ready: the pause before each doubles. */
  readonly restarts: number;
  /** INIT went out since the last DESTROY: a DESTROY is due before the next INIT and at close. */
  readonly initSent: boolean;
  /** When the last resync (DESTROY + INIT while ready, `actions.resync()`) was sent. */
  readonly resyncedAt?: number;
  /**
   * The bus was silent past the watchdog's limit during a live call (`since`: the arrival of its last
   * message): the kit resynced to probe it. `stale` once that probe too went unanswered: the state may be
   * out of date ("Phone may be out of date"). Gone with the next bus message.
   */
  readonly silence?: { readonly since: number; readonly stale: boolean };
}

/**
 * Operations whose failure the UI reports (Decision 5, timeouts and rejections; a `mute` only when it could
 * not be sent, since the bus never answers it), named by their control's verb, and the login.
 */
export type Operation = ControlName | 'login';

/** The last operation that failed, for a notice such as "Transfer could not start". */
export interface FailedOperation {
  readonly operation: Operation;
  /**
   * `reverted`: the bus went back to the status before (Decision 5); `timeout`; `rejected` by the bus;
   * `not-sent`: the transport threw, the command never left.
   */
  readonly reason: 'reverted' | 'timeout' | 'rejected' | 'not-sent';
  readonly message?: string;
  /** The call the operation was about, when it names one (`updateCallTags`: the call retagged). */
  readonly callUuid?: string;
  readonly at: number;
}

/** A fire-and-forget command waiting for its effect. */
export interface PendingCommand {
  readonly type: FireAndForgetCommandType;
  readonly sentAt: number;
  readonly deadline: number;
  /**
   * What a HOLD or SET_RECORDING asked (`shouldHold` and `legId`, `shouldRecord`): the SYNC that settles it
   * is checked against it, since that SYNC is the bus's only answer.
   */
  readonly detail?: CommandDetail;
}

/** A request waiting for `_FULFILLED` / `_REJECTED`. */
export interface InFlightRequest {
  readonly sentAt: number;
  readonly deadline: number;
}

/**
 * An `API.UPDATE_CALL_TAGS` waiting for its answer, with what it asked: the answer names neither the call
 * nor the tags, so this is what a `_FULFILLED` confirms.
 */
export interface InFlightCallTagsUpdate extends InFlightRequest {
  readonly callUuid?: string;
  readonly tagIds?: readonly number[];
}

/**
 * An `API.UPDATE_AVAILABILITY` waiting for its answer, with the setting asked (the answer does not name
 * it) and `receivedAt` of the agent's availability held when it was sent.
 */
export interface InFlightAvailabilityUpdate extends InFlightRequest {
  readonly setting?: AvailabilitySetting;
  readonly sentOver?: number;
}

/** The record of each request type in flight; two carry what they asked, for their answer to confirm. */
export type InFlightRequests = {
  readonly [K in RequestCommandType]?: K extends 'API.UPDATE_CALL_TAGS'
    ? InFlightCallTagsUpdate
    : K extends 'API.UPDATE_AVAILABILITY'
      ? InFlightAvailabilityUpdate
      : InFlightRequest;
};
