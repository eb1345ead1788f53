import { callUuidOf } from '../controls/callPredicates';
import type { CallMetadata, Tag } from '../protocol/entities';
import { basisOf, summaryOf } from '../selectors/summarizeCall';
import type { CallParty, CallState, EndedCallBasis, RecentCall } from '../state/CallState';
import { deepEqual } from './deepEqual';
import type { Effects } from './effects';
import { partyFromSync } from './participants';
import { castDraft, type DraftState, plain, settled } from './types';

/**
 * How many ended calls the kit keeps for their tags to be changed after the call (`state.recentCalls`):
 * enough to correct the last few calls of a shift; older ones belong to the host's call history, whose
 * calls `updateCallTags` retags just as well.
 */
export const RECENT_CALLS_LIMIT = 5;

/** What the record of the current call takes from the call itself, once its conversation ended. */
export function endedCallBasis(call: CallState | DraftState['call']): EndedCallBasis | undefined {
  // Plain data: it outlives the draft. The spread comes last: followed by properties, it is slow in V8.
  const ended = plain(call);
  const { endedAt } = ended;
  if (endedAt === undefined) return undefined;
  return { endedAt, tags: ended.tags, ...basisOf(ended) };
}

/** Puts `record` first among the recent calls, in place of one with its id, within the limit. */
function keep(draft: DraftState, record: RecentCall): void {
  // Compared and copied as plain data: through the draft, each record read would become a proxy.
  const held = plain(draft.recentCalls);
  if (held[0] !== undefined && deepEqual(held[0], record)) return;
  const others = held.filter((recent) => recent.callUuid !== record.callUuid);
  draft.recentCalls = settled([record, ...others].slice(0, RECENT_CALLS_LIMIT));
}

/** The record of an ended call from its basis and SYNC's last metadata (see `summaryOf`). */
function recordOf(
  callUuid: string,
  basis: EndedCallBasis,
  metadata: CallMetadata | undefined,
  talkedWith: CallParty | undefined = partyFromSync(metadata?.activeParticipant),
): RecentCall {
  const { talkTimeMs, line, party, direction, recordingState } = summaryOf(basis, metadata, talkedWith);
  // Written out: `{ ...summary, callUuid }` is one of V8's slow paths (a spread followed by properties).
  return {
    talkTimeMs,
    line,
    party,
    direction,
    recordingState,
    callUuid,
    endedAt: basis.endedAt,
    tags: basis.tags,
  };
}

/**
 * Keeps the current call among the recent calls, first, before its context goes (Done, the next call, a
 * reload of the bus frame): only a call whose conversation ended and whose id is known. A call kept before
 * under the same id (the bus re-sent it) is replaced.
 */
export function keepRecentCall(draft: DraftState, call: CallState = plain(draft.call)): void {
  const callUuid = callUuidOf(call);
  const basis = endedCallBasis(call);
  if (basis === undefined || callUuid === undefined) return;
  keep(draft, recordOf(callUuid, basis, call.metadata, call.activeParticipant));
}

/**
 * A late SYNC of the call that went idle (Decision 4): the call stays idle, but its record is what it would
 * have been had the SYNC come before `idle` (its id learnt, its line and party), so the order of the two
 * does not change what is kept.
 */
export function completeRecentCall(draft: DraftState, metadata: CallMetadata): void {
  // Plain data: the record is frozen as kept, and a draft in it would break that.
  const basis = plain(draft.call.lastEndedCall?.kept);
  const callUuid = metadata.callUuid ?? basis?.acceptedUuid;
  if (basis === undefined || callUuid === undefined) return;
  keep(draft, recordOf(callUuid, basis, metadata));
}

/** Forgets the recent calls: the session ended, and the next agent must not change them. */
export function forgetRecentCalls(draft: DraftState): void {
  if (draft.recentCalls.length > 0) draft.recentCalls = [];
  if (draft.call.lastEndedCall?.kept !== undefined) delete draft.call.lastEndedCall.kept;
}

/** The tags `tagIds` confirm, with the names known from `held` (the answer names no tag). */
function confirmedTags(held: readonly Tag[], tagIds: readonly number[]): Tag[] {
  return tagIds.map((id) => held.find((tag) => tag.id === id) ?? { id });
}

/** Records `tagIds` as the confirmed tags of call `callUuid`: the current call, a recent one, or both. */
export function confirmCallTags(
  draft: DraftState,
  fx: Effects,
  callUuid: string,
  tagIds: readonly number[],
): void {
  const { call } = draft;
  const holders = [
    callUuidOf(call) === callUuid ? call : undefined,
    draft.recentCalls.find((recent) => recent.callUuid === callUuid),
    // A late SYNC rebuilds the record of the call that went idle from this: it must not undo the change.
    call.lastEndedCall?.callUuid === callUuid ? call.lastEndedCall.kept : undefined,
  ];
  let retagged = false;
  for (const [index, holder] of holders.entries()) {
    if (holder === undefined) continue;
    const tags = confirmedTags(holder.tags, tagIds);
    if (deepEqual(holder.tags, tags)) continue;
    holder.tags = castDraft(tags);
    retagged ||= index === 1;
  }
  // The current call's tags are told the host by the rule of its lifecycle; a recent call's, here.
  const recent = holders[1];
  if (holders[0] === undefined && recent !== undefined && retagged) {
    const tagged = {
      callId: undefined,
      callUuid,
      tags: plain(recent).tags,
    };
    fx.push({ type: 'notify', event: { kind: 'tagged', tagged } });
  }
}
