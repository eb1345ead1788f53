import type { FireAndForgetCommandType } from '../protocol/commands';
import type { BusEventPayloadMap } from '../protocol/events';
import type { CallState } from '../state/CallState';
import type { DialerState } from '../state/DialerState';
import { judgeSyncedCommand, trackHold } from './callOutcome';
import { startNewCall } from './callStart';
import { deepEqual } from './deepEqual';
import { settleSwapOnSync } from './operationOutcome';
import { partyFromSync } from './participants';
import { completeRecentCall } from './recentCalls';
import { clearPending } from './requests';
import { castDraft, type DraftState, type Handler } from './types';

/** Commands whose effect may show in SYNC alone (no status change follows them). */
const SETTLED_BY_SYNC: ReadonlySet<FireAndForgetCommandType> = new Set([
  'DIALER.HOLD',
  'DIALER.KICK_PARTICIPANT',
  'DIALER.SET_RECORDING',
  'DIALER.INVITE_PARTICIPANT',
]);

/**
 * Whether a SYNC arriving while idle belongs to the call that just went idle (Decision 4: it must not bring
 * that call back). A SYNC naming that call is late; one naming another call is kept (it may come before
 * that call's first status). While the ended call's uuid is unknown, a SYNC that arrived within
 * `swapConfirmMs` of going idle counts as its own and teaches its uuid; a later one is kept and teaches
 * nothing, so a new call's first SYNC is never taken for the old one.
 */
function isLateForEndedCall(
  draft: DraftState,
  held: DialerState,
  callUuid: string | undefined,
  at: number,
): boolean {
  const { status, statusSince, lastEndedCall: ended } = held.call;
  if (status !== 'idle' || ended === undefined) return false;
  if (ended.callUuid !== undefined) return callUuid === undefined || callUuid === ended.callUuid;
  if (statusSince !== undefined && at > statusSince + held.config.swapConfirmMs) return false;
  if (callUuid !== undefined) {
    const learnt = draft.call.lastEndedCall;
    if (learnt !== undefined) learnt.callUuid = callUuid;
  }
  return true;
}

/**
 * Whether a SYNC arriving while `ended` is the next call's (its DIALING or INCOMING was lost): it names a
 * call other than the ended one. That call's context starts now, so that its first status, coming after,
 * keeps these details as it would have had it come first (Decision 4). A SYNC naming no call, or while the
 * ended call's uuid is unknown, brings details of the ended call.
 */
function isNextCall(
  call: Pick<CallState, 'status' | 'endedAt' | 'metadata' | 'incoming'>,
  callUuid: string | undefined,
): boolean {
  if (call.status !== 'ended' || call.endedAt === undefined || callUuid === undefined) return false;
  const ended = call.metadata?.callUuid ?? call.incoming?.callUuid;
  return ended !== undefined && ended !== callUuid;
}

/**
 * Whether a SYNC changes nothing, read on the plain state: a synced call under way (an idle one may learn
 * the ended call's id from it) and the same call, no swap to settle, nothing pending that SYNC settles, no
 * parked picks to restore, and the same metadata and parties.
 */
export function repeatsSync(state: DialerState, { metadata }: BusEventPayloadMap['DIALER.SYNC']): boolean {
  const { call, pending } = state;
  if (call.status === 'idle' || !call.synced || isNextCall(call, metadata.callUuid)) return false;
  if (call.swapCheck !== undefined || call.transition?.operation === 'swap') return false;
  if (pending !== undefined && SETTLED_BY_SYNC.has(pending.type)) return false;
  if (call.parkedTagSelection !== undefined && metadata.callUuid !== undefined) return false;
  return (
    deepEqual(call.metadata, metadata) &&
    deepEqual(call.activeParticipant, partyFromSync(metadata.activeParticipant)) &&
    deepEqual(call.inactiveParticipant, partyFromSync(metadata.inactiveParticipant))
  );
}

/**
 * `DIALER.SYNC`: replaces the metadata and the parties (from then on they come from SYNC only). Never
 * touches the status (PROTOCOL.md section 5). Unchanged content keeps the same objects.
 */
export const handleSync: Handler<'DIALER.SYNC'> = (draft, event, at, fx, held) => {
  const { metadata } = event.payload;
  if (isLateForEndedCall(draft, held, metadata.callUuid, at)) return completeRecentCall(draft, metadata);
  // The call as this event's writes find it: as held, or the new context started here, plain either way.
  // What is read of it below is not written before it is read.
  let was = held.call;
  if (isNextCall(was, metadata.callUuid)) {
    was = startNewCall(draft, fx, at, was);
  }
  const active = partyFromSync(metadata.activeParticipant);
  const inactive = partyFromSync(metadata.inactiveParticipant);
  settleSwapOnSync(draft, fx, was, { active, inactive }, at);
  trackHold(draft, was, active, at);
  const call = draft.call;
  // Compared as plain values: the metadata and parties are only ever replaced whole, just below.
  if (!deepEqual(was.metadata, metadata)) call.metadata = castDraft(metadata);
  call.synced = true;
  if (!deepEqual(was.activeParticipant, active)) call.activeParticipant = active;
  if (!deepEqual(was.inactiveParticipant, inactive)) call.inactiveParticipant = inactive;
  if (held.pending && SETTLED_BY_SYNC.has(held.pending.type)) {
    judgeSyncedCommand(draft, held.pending, metadata, at);
    clearPending(draft, fx);
  }
  restoreParkedPicks(draft, was, metadata.callUuid);
};

/** Picks parked by a reconnect come back when the call is named and is theirs; another call drops them. */
function restoreParkedPicks(draft: DraftState, held: CallState, callUuid: string | undefined): void {
  const parked = held.parkedTagSelection;
  if (parked === undefined || callUuid === undefined) return;
  const { call } = draft;
  delete call.parkedTagSelection;
  if (parked.callUuid === callUuid && held.tagSelection.length === 0)
    call.tagSelection = castDraft(parked.tagIds);
}
