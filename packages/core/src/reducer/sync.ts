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
import { before, castDraft, type DraftState, type Handler } from './types';

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
function isLateForEndedCall(draft: DraftState, callUuid: string | undefined, at: number): boolean {
  const call = draft.call;
  // The status first: it is read as a value, while the ended call would be read as a draft.
  if (call.status !== 'idle') return false;
  const { statusSince, lastEndedCall: ended } = call;
  if (ended === undefined) return false;
  if (ended.callUuid !== undefined) return callUuid === undefined || callUuid === ended.callUuid;
  if (statusSince !== undefined && at > statusSince + draft.config.swapConfirmMs) return false;
  if (callUuid !== undefined) ended.callUuid = callUuid;
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
export const handleSync: Handler<'DIALER.SYNC'> = (draft, event, at, fx) => {
  const { metadata } = event.payload;
  if (isLateForEndedCall(draft, metadata.callUuid, at)) return completeRecentCall(draft, metadata);
  if (isNextCall(draft.call, metadata.callUuid)) startNewCall(draft, fx, at);
  const active = partyFromSync(metadata.activeParticipant);
  const inactive = partyFromSync(metadata.inactiveParticipant);
  settleSwapOnSync(draft, fx, { active, inactive }, at);
  trackHold(draft, active, at);
  const call = draft.call;
  // Compared as plain values: walking the drafts would make a draft of every object they hold. The
  // metadata and parties are only ever replaced whole, just below: the call before this event holds them.
  const held = before(call);
  if (!deepEqual(held.metadata, metadata)) call.metadata = castDraft(metadata);
  call.synced = true;
  if (!deepEqual(held.activeParticipant, active)) call.activeParticipant = active;
  if (!deepEqual(held.inactiveParticipant, inactive)) call.inactiveParticipant = inactive;
  if (draft.pending && SETTLED_BY_SYNC.has(draft.pending.type)) {
    judgeSyncedCommand(draft, metadata, at);
    clearPending(draft, fx);
  }
  restoreParkedPicks(draft, metadata.callUuid);
};

/** Picks parked by a reconnect come back when the call is named and is theirs; another call drops them. */
function restoreParkedPicks(draft: DraftState, callUuid: string | undefined): void {
  const { call } = draft;
  const parked = call.parkedTagSelection;
  if (parked === undefined || callUuid === undefined) return;
  delete call.parkedTagSelection;
  if (parked.callUuid === callUuid && call.tagSelection.length === 0) call.tagSelection = parked.tagIds;
}
