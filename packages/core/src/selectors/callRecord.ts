import type { Tag } from '../protocol/entities';
import type { IncomingType } from '../protocol/enums';
import type { AfterCallSummary, CallState } from '../state/CallState';
import type { DialerState } from '../state/DialerState';
import { type CallEndCause, callEndCause } from './callNotice';
import { basisOf, summaryOf } from './summarizeCall';

/** Who ended the conversation, as the kit reads the statuses (see `CallEndCause`). */
export type CallEndedBy = 'agent' | 'other-party' | 'dropped';

/**
 * A call summed up for the host's analytics and call log (`onCallEnded`, `useCallSummary().record`): the
 * after-call summary (id, line, party, direction, recording, talk time) with its times and outcome. Every
 * duration is a difference of arrival times on the store's clock (Decision 9), never a count of ticks.
 */
export interface CallRecord extends AfterCallSummary {
  /**
   * The kit's id of the call, the same in each of its lifecycle callbacks (the bus's `callUuid` may come
   * late or never); `undefined` only in `selectCallRecord` before the call's first callback.
   */
  readonly callId: number | undefined;
  /** `incoming` or `outgoing`: SYNC's, else how the call began (an offer, a DIALING). */
  readonly direction: AfterCallSummary['direction'];
  /** The offer's type (`external`, `internal`, `cold-transfer`...) of an incoming call. */
  readonly incomingType: IncomingType | undefined;
  /** Whom the call started with: the number dialled or the caller, as the bus sent it. */
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** Arrival of the call's DIALING or INCOMING (else its first status). */
  readonly startedAt: number | undefined;
  /** Arrival of its first `connected`: answered, by the callee or by the agent. */
  readonly answeredAt: number | undefined;
  /** Arrival of the end of its conversation (the first `mandatoryTagging` or `ended`). */
  readonly endedAt: number | undefined;
  /** From `startedAt` to `answeredAt`; `undefined` when never answered. */
  readonly timeToAnswerMs: number | undefined;
  /** How long the party talked with was on hold (holds under way count up to the end, if any). */
  readonly holdTimeMs: number;
  /**
   * From the end of the conversation to `ended`: the mandatory tagging the bus required (0 without it);
   * `undefined` while the conversation goes on or the tagging does.
   */
  readonly afterCallWorkMs: number | undefined;
  /** Why the conversation ended (see `CallEndCause`); `undefined` while it goes on. */
  readonly endCause: CallEndCause | undefined;
  /** Who ended it: the agent (hang-up, rejection, completed transfer), the other party, or nobody (a drop). */
  readonly endedBy: CallEndedBy | undefined;
  /** Tags the bus confirmed for the call. */
  readonly tags: readonly Tag[];
}

const ENDED_BY: { readonly [K in CallEndCause]: CallEndedBy } = {
  'hung-up': 'agent',
  rejected: 'agent',
  merged: 'agent',
  'other-party': 'other-party',
  missed: 'other-party',
  'not-answered': 'other-party',
  dropped: 'dropped',
  'not-placed': 'dropped',
  'not-connected': 'dropped',
};

/** The offer the call began with (not one waiting during it). */
function ownOffer(call: CallState): CallState['incoming'] {
  const { incoming } = call;
  return incoming !== undefined && call.dialing === undefined && incoming.offeredAt === call.startedAt
    ? incoming
    : undefined;
}

/**
 * The record of `call` as it stands at `at` (the store's clock; without it, holds under way count only up
 * to the end of the conversation, and tagging under way has no duration yet).
 */
export function recordOfCall(call: CallState, callId: number | undefined, at?: number): CallRecord {
  const summary = summaryOf(basisOf(call), call.metadata, call.activeParticipant);
  const { startedAt, connectedAt, endedAt, heldSince, status, statusSince } = call;
  const offer = ownOffer(call);
  const holdEnd = endedAt ?? at;
  const holding = heldSince !== undefined && holdEnd !== undefined ? Math.max(0, holdEnd - heldSince) : 0;
  const workEnd = status === 'ended' ? statusSince : status === 'idle' ? undefined : at;
  const cause = callEndCause(call);
  // Every field written out: `{ ...summary, more }` is one of V8's slow paths (a spread followed by other
  // properties: about 25 times the cost of this literal, 50 us a record on the bench's machine).
  return {
    talkTimeMs: summary.talkTimeMs,
    line: summary.line,
    party: summary.party,
    recordingState: summary.recordingState,
    // An offer the call began with names it even before it is accepted (or when it never is).
    callUuid: summary.callUuid ?? offer?.callUuid,
    callId,
    direction:
      summary.direction ??
      (call.dialing !== undefined ? 'outgoing' : offer !== undefined ? 'incoming' : undefined),
    incomingType: offer?.type,
    from: call.metadata?.from ?? call.dialing?.from ?? offer?.from,
    to: call.metadata?.to ?? call.dialing?.to ?? offer?.to,
    startedAt,
    answeredAt: connectedAt,
    endedAt,
    timeToAnswerMs:
      startedAt !== undefined && connectedAt !== undefined ? Math.max(0, connectedAt - startedAt) : undefined,
    holdTimeMs: (call.heldMs ?? 0) + holding,
    afterCallWorkMs:
      endedAt !== undefined && workEnd !== undefined ? Math.max(0, workEnd - endedAt) : undefined,
    endCause: cause,
    endedBy: cause === undefined ? undefined : ENDED_BY[cause],
    tags: call.tags,
  };
}

const records = new WeakMap<CallState, CallRecord>();

/**
 * The record of the current call, or of the one that has just ended while its after-call work lasts;
 * `undefined` while idle. Pure (no clock): a hold under way counts up to the end of the conversation only.
 * The same object comes back while the call does not change.
 * @example const record = selectCallRecord(store.getState()); record?.talkTimeMs
 */
export function selectCallRecord(state: DialerState): CallRecord | undefined {
  const { call } = state;
  if (call.status === 'idle' && call.startedAt === undefined) return undefined;
  const cached = records.get(call);
  if (cached !== undefined) return cached;
  const record = recordOfCall(call, call.announced?.callId);
  records.set(call, record);
  return record;
}
