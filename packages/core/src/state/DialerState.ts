import type { ControlName } from '../controls/types';
import type {
  BusCommandPayloadMap,
  BusCommandType,
  FireAndForgetCommandType,
  RequestCommandType,
} from '../protocol/commands';
import type { BusUser, CallMetadata, Line, Tag } from '../protocol/entities';
import type {
  AvailabilitySetting,
  AvailabilityStatus,
  CallDirection,
  CallFlow,
  CallStatus,
  IncomingType,
  ParticipantState,
  RecordingState,
} from '../protocol/enums';
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

/** A party of the call as the UI shows it. */
export interface CallParty {
  /** `sync`: from SYNC participants; `call`: from DIALING / INCOMING `from`/`to` before the first SYNC. */
  readonly source: 'sync' | 'call';
  readonly legId?: string;
  /** E.164 number of an external party. */
  readonly phoneNumber?: string;
  /** Agent id of a teammate (`user.id` or the id of `client:<id>`). */
  readonly userId?: number;
  /**
   * The name the bus gave the party (SYNC's `external.name`, else `user.name`, trimmed), absent when it gave
   * none: shown when the host's `resolveContact` has no contact for the party.
   */
  readonly name?: string;
  readonly isHeld: boolean;
  readonly state?: ParticipantState;
}

/** The call offered by the last `DIALER.INCOMING`. */
export interface IncomingCall {
  readonly type: IncomingType;
  readonly callUuid: string;
  readonly from?: string;
  readonly to?: string;
  /** cold-transfer: the teammate who transferred it. */
  readonly transferer?: string;
  /** warm-transfer: the customer being handed over. */
  readonly external?: string;
  readonly offeredAt: number;
  /** `offered` until accepted (CS accepting/connected) or rejected (REJECT sent). */
  readonly answer: 'offered' | 'accepted' | 'rejected';
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

/** The current call (or the last one, while `ended` / `mandatoryTagging`). */
export interface CallState {
  readonly status: CallStatus;
  /** `undefined` exactly when idle. */
  readonly flow: CallFlow | undefined;
  readonly statusSince: number | undefined;
  readonly flowSince: number | undefined;
  /** First time this call reached `connected` (call timer). */
  readonly connectedAt: number | undefined;
  /** When the call reached `ended` / `mandatoryTagging` (timer stops). */
  readonly endedAt: number | undefined;
  /** Set while in a `starting*`, `swapping` or `merging` status: the status to detect a revert to. */
  readonly transition:
    | {
        readonly operation: Operation;
        readonly fromStatus: CallStatus;
        readonly fromFlow: CallFlow | undefined;
        /** A swap only: the leg held when it began (from SYNC), absent when none was known. */
        readonly heldLegId?: string;
      }
    | undefined;
  /** After `swapping` → `connected`: the legs before the swap, until a SYNC tells whether they exchanged. */
  readonly swapCheck:
    | { readonly activeLegId?: string; readonly inactiveLegId?: string; readonly since: number }
    | undefined;
  readonly dialing: { readonly from: string; readonly to: string } | undefined;
  readonly incoming: IncomingCall | undefined;
  readonly metadata: CallMetadata | undefined;
  /** Whether a SYNC arrived for this call (participants then come only from SYNC). */
  readonly synced: boolean;
  readonly activeParticipant: CallParty | undefined;
  readonly inactiveParticipant: CallParty | undefined;
  /** Tags the bus confirmed on this call (`SET_TAGS_FULFILLED`). */
  readonly tags: readonly Tag[];
  /** Tags the agent picked and has not yet had confirmed (survives reloads via the store's storage). */
  readonly tagSelection: readonly number[];
  /**
   * After a reconnect or a session expiry: the picks of the call the kit forgot, set aside until a SYNC
   * names a call. They come back only if it is that call: picks never go to another call.
   */
  readonly parkedTagSelection?: { readonly callUuid: string; readonly tagIds: readonly number[] };
  /** Mute is not reported by the bus: this is what the kit last asked for. */
  readonly muted: boolean;
  /**
   * Where the agent's warm transfer goes (`to` of the last START_WARM_TRANSFER sent): set while it starts and
   * runs, gone once the flow is back to `regular` (merged, ended or reverted) or the call context resets.
   */
  readonly transferTo?: string;
  /**
   * Whom the agent's concurrent call calls (`to` of the last START_CONCURRENT_CALL sent): set while it
   * starts and runs, gone once the flow is back to `regular` (the second call ended or never started) or
   * the call context resets. The bus names nobody while the second person rings: this is who is called.
   */
  readonly concurrentTo?: string;
  /**
   * Arrival of the SYNC that put the party talked with on hold (the hold timer's start); absent while that
   * party is not held. A party already held in the first SYNC the kit sees is timed from that SYNC.
   */
  readonly heldSince?: number;
  /** How the conversation ended: set once, with `endedAt`. */
  readonly ending?: CallEnding;
  /**
   * The last leg of a warm transfer or a second call that ended while the call went on (its sub-flow's
   * `hanging`, or a return to `regular` without one). Gone with the call context, and when the agent starts
   * another transfer or second call.
   */
  readonly legEnded?: LegEnded;
  /**
   * While idle after a call: that call, so its late SYNCs are ignored (Decision 4). `callUuid` is absent
   * while the call's uuid is unknown. `kept`, for a call whose conversation ended: what its record among
   * the recent calls takes from the call itself, which a late SYNC completes (its id, line, party...), so
   * that the record does not depend on the order of SYNC and `idle` either.
   */
  readonly lastEndedCall?: { readonly callUuid?: string; readonly kept?: EndedCallBasis };
  /**
   * When the call began for the kit: the arrival of its DIALING or INCOMING, else of its first status (time
   * to answer is measured from it). Absent while idle.
   */
  readonly startedAt?: number;
  /** Hold time of the party talked with, summed over the holds that ended (see `heldSince`). */
  readonly heldMs?: number;
  /** What the host was told of this call (its lifecycle callbacks); absent until the first. */
  readonly announced?: CallAnnouncements;
}

/**
 * The lifecycle callbacks (`onIncomingCall`, `onCallAnswered`, `onCallEnded`, `onCallTagged`) a call gave
 * rise to, so that each is called once per call whatever the order or repetition of bus events.
 */
export interface CallAnnouncements {
  /** The kit's id of the call, the same in each of its callbacks (`CallRecord.callId`). */
  readonly callId: number;
  readonly answered?: true;
  readonly ended?: true;
  /** The tag ids last announced as confirmed. */
  readonly tagIds?: readonly number[];
}

/** What a call's summary takes from the call itself rather than from SYNC's metadata. */
export interface CallBasis {
  /** From the first `connected` to the end; `undefined` when the call never connected or has not ended. */
  readonly talkTimeMs: number | undefined;
  /** The id of the offer the agent accepted (the call's id before a SYNC names it). */
  readonly acceptedUuid?: string;
  /** Whom the call started with, before any SYNC: the number dialled or the caller. */
  readonly startParty?: CallParty;
}

/** An ended call's basis, with when it ended and its confirmed tags: its recent-call record but SYNC's part. */
export interface EndedCallBasis extends CallBasis {
  readonly endedAt: number;
  readonly tags: readonly Tag[];
}

/** What the kit saw as a call's conversation ended, for telling the agent why (see `selectCallEnd`). */
export interface CallEnding {
  /** The status the call was in just before: `hanging` when it was hung up (by either side). */
  readonly from: CallStatus;
  /** The agent ended it: a HANGUP of theirs was awaiting its effect, or they rejected the offer. */
  readonly byAgent: boolean;
}

/** A transfer or second-call leg that ended while the call went on. */
export interface LegEnded {
  readonly flow: CallFlow;
  /** The leg had been answered (it was not still ringing when it ended). */
  readonly answered: boolean;
  /** The agent hung the leg up (a HANGUP of theirs was awaiting its effect). */
  readonly byAgent: boolean;
  /** Whom a warm transfer's leg called (the transfer's target), when the kit knew. */
  readonly to?: string;
  readonly at: number;
}

/** One agent's availability. */
export interface AgentAvailability {
  readonly userId: number;
  readonly status: AvailabilityStatus;
  readonly wrapUpTimeConfig?: number;
  readonly wrapUpTimeTtl?: number;
  /** From `USER.*AVAILABILITY_CHANGED`; older ones are ignored. */
  readonly updatedAt?: number;
  /** From `API.FETCH_*`; older ones are ignored. */
  readonly version?: number;
  readonly receivedAt: number;
  /** Arrival of the last pushed change (a fetch sent before it must not overwrite it). */
  readonly pushedAt?: number;
  /** `receivedAt + wrapUpTimeTtl` seconds while in after-call work (Decision 9). */
  readonly wrapUpEndsAt?: number;
}

/**
 * Teammates' availability, at most `TEAMMATE_LIMIT` of them: `selectTeammateAvailability` reads one,
 * `selectTeammates` lists them for a directory, `buckets.flat()` gives every record. The records are
 * spread over buckets so that a teammate's change copies one small bucket, not the whole team.
 */
export interface TeammateAvailabilities {
  /** How many teammates are held. */
  readonly size: number;
  /** The records, in buckets by a hash of the user id (the kit's layout: find one with the selector). */
  readonly buckets: readonly (readonly AgentAvailability[])[];
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

/** What the agent sees of a call whose conversation is over: the after-call summary. */
export interface AfterCallSummary {
  /** The call's id in the bus (SYNC, else the accepted offer's). */
  readonly callUuid: string | undefined;
  /** From the first `connected` to the end; `undefined` when the call never connected. */
  readonly talkTimeMs: number | undefined;
  /** The line the call used (SYNC). */
  readonly line: Line | undefined;
  /** Who the call was with: the last party SYNC named, else the number dialled or the caller. */
  readonly party: CallParty | undefined;
  readonly direction: CallDirection | undefined;
  /** The recording as SYNC last reported it; `undefined` without a SYNC. */
  readonly recordingState: RecordingState | undefined;
}

/**
 * A call that ended and is no longer the current one (the agent pressed Done, another call started, the
 * bus frame reloaded), kept so that its tags can still be changed (`API.UPDATE_CALL_TAGS`). Only calls
 * whose id is known are kept.
 */
export interface RecentCall extends AfterCallSummary {
  readonly callUuid: string;
  /** When its conversation ended (the store's clock). */
  readonly endedAt: number;
  /** Its tags as the bus last confirmed them (SET_TAGS while it was current, UPDATE_CALL_TAGS since). */
  readonly tags: readonly Tag[];
}

/**
 * The agent's availability setting as the bus accepted it (`API.UPDATE_AVAILABILITY_FULFILLED`). The bus
 * reports the status a setting gives (`on_a_break` shows as `do_not_disturb`), never the setting.
 */
export interface AvailabilityChoice {
  readonly setting: AvailabilitySetting;
  /**
   * `receivedAt` of the agent's availability held when the setting was sent: while that record stands,
   * the status the accepted setting gives has not arrived yet, so the setting is shown whatever the status.
   */
  readonly sentOver: number | undefined;
}

/** Diagnostic codes: stable, for filtering and tests. */
export type DiagnosticCode =
  | 'invalid-message'
  | 'unknown-type'
  | 'unexpected-transition'
  | 'stale-event'
  | 'command-refused'
  | 'command-timeout'
  | 'request-rejected'
  | 'operation-failed'
  | 'message-dropped'
  /** A session answer nothing awaited or that contradicts the session held (a second REGISTER answer...). */
  | 'unexpected-answer'
  /** A bounded collection is full: what would exceed it is not kept (teammates past `TEAMMATE_LIMIT`). */
  | 'limit-reached'
  /**
   * A store subscriber or a host's lifecycle callback (`onCallEnded`...) threw; reported through
   * `onDiagnostic` only (`seq` -1), never into state.
   */
  | 'listener-failed'
  /**
   * The React provider could not load its phone-number rules (a lazy chunk): numbers show and are typed in
   * E.164 only. Reported through the provider's `onDiagnostic` only (`seq` -1), never into state.
   */
  | 'phone-rules-unavailable'
  /**
   * The host's `resolveContact` (a provider option of `@dialer-kit/react`) threw, rejected or answered
   * something that is not a contact; reported through the provider's `onDiagnostic` only (`seq` -1).
   */
  | 'contact-failed';

/** Something a developer should see: a rejected message, an odd transition, a refused command... */
export interface Diagnostic {
  /** Increasing number, unique per store. */
  readonly seq: number;
  readonly at: number;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly path?: string;
  readonly messageType?: string;
}

/** Everything the kit knows, as one immutable value. */
export interface DialerState {
  /** What the UI shows of {@link DialerState.session}'s phase. */
  readonly connection: ConnectionState;
  /** The bring-up's one state machine; a session is open while `initializing` or `ready`. */
  readonly session: SessionState;
  /** The session's user, when the bus named one (a login answer's `currentUser` is optional). */
  readonly user: BusUser | undefined;
  /** Error of the last failed login, for the UI (never the password). */
  readonly loginError: string | undefined;
  readonly call: CallState;
  readonly pending: PendingCommand | undefined;
  readonly requests: InFlightRequests;
  readonly lastFailure: FailedOperation | undefined;
  /**
   * Calls that ended and are no longer current, newest first, at most `RECENT_CALLS_LIMIT` (5); forgotten
   * when the agent logs out.
   */
  readonly recentCalls: readonly RecentCall[];
  /** The last `CallAnnouncements.callId` given (0: none yet); ids count up from 1. */
  readonly lastCallId: number;
  readonly availability: {
    readonly self: AgentAvailability | undefined;
    /** The agent's last setting the bus accepted; absent until one is, and after a logout. */
    readonly chosenSetting?: AvailabilityChoice;
    readonly teammates: TeammateAvailabilities;
  };
  readonly lines: readonly Line[];
  readonly diagnostics: {
    readonly items: readonly Diagnostic[];
    /** How many were ever recorded (items keeps only the newest `limit`). */
    readonly total: number;
    readonly limit: number;
  };
  readonly config: {
    readonly commandTimeoutMs: number;
    readonly requestTimeoutMs: number;
    readonly swapConfirmMs: number;
    /** First wait before REGISTER is sent again, and before the first restart; doubled up to 8 s. */
    readonly registerRetryMs: number;
    /** Commands the host turned off (absent: none): their controls report `not-supported`. */
    readonly disabledCommands?: readonly BusCommandType[];
  };
}
