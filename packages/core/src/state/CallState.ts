import type { CallMetadata, Line, Tag } from '../protocol/entities';
import type {
  CallDirection,
  CallFlow,
  CallStatus,
  IncomingType,
  ParticipantState,
  RecordingState,
} from '../protocol/enums';
import type { Operation } from './SessionState';

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
