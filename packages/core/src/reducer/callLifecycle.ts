import { callUuidOf } from '../controls/callPredicates';
import { type CallRecord, recordOfCall } from '../selectors/callRecord';
import type { CallState, IncomingCall } from '../state/CallState';
import { INITIAL_CALL } from '../state/createInitialState';
import type { CallLifecycleEvent, Effects } from './effects';
import { partyFromAddress } from './participants';
import { keepRecentCall } from './recentCalls';
import { type DraftState, plain } from './types';

/** The current call as a plain object (the effects outlive the draft). */
function plainCall(draft: DraftState): CallState {
  return plain(draft.call) as CallState;
}

/** The kit's id of the current call, given now if it has none (ids count up from 1). */
function callIdOf(draft: DraftState): number {
  const announced = draft.call.announced;
  if (announced !== undefined) return announced.callId;
  draft.lastCallId += 1;
  draft.call.announced = { callId: draft.lastCallId };
  return draft.lastCallId;
}

function notify(fx: Effects, event: CallLifecycleEvent): void {
  fx.push({ type: 'notify', event });
}

/** The current call's record at `at`, under its id. */
function recordNow(draft: DraftState, at: number): CallRecord {
  const callId = callIdOf(draft);
  return recordOfCall(plainCall(draft), callId, at);
}

/**
 * An offer was recorded (`DIALER.INCOMING`): `onIncomingCall`. Once per offer: the reducer records an offer
 * once (a repeat of the offer held, same id and type, is ignored; a call that comes back by a rollback
 * transfer is a new offer). `ownCall`: the offer began the current call, whose id it takes; else it waits
 * during another call and gets an id of its own.
 */
export function announceOffer(draft: DraftState, fx: Effects, offer: IncomingCall, ownCall: boolean): void {
  if (ownCall) {
    notify(fx, { kind: 'incoming', record: recordNow(draft, offer.offeredAt) });
    return;
  }
  // Another call than the current one, which is left as it is.
  draft.lastCallId += 1;
  const party = partyFromAddress(offer.from);
  const waiting: CallState = {
    ...INITIAL_CALL,
    incoming: offer,
    startedAt: offer.offeredAt,
    ...(party === undefined ? {} : { activeParticipant: party }),
  };
  notify(fx, { kind: 'incoming', record: recordOfCall(waiting, draft.lastCallId, offer.offeredAt) });
}

/** Whether the confirmed tags are the ones last announced. */
function sameTags(
  tags: readonly { readonly id: number }[],
  announced: readonly number[] | undefined,
): boolean {
  // Read in place (no array of ids made): it runs after every event that changed a tagged call.
  const ids = announced ?? [];
  return tags.length === ids.length && tags.every((tag, index) => tag.id === ids[index]);
}

/** Records in the current call's announcements what was just told (the call has an id by then). */
function mark(draft: DraftState, told: 'answered' | 'ended'): void {
  const announced = draft.call.announced;
  if (announced !== undefined) announced[told] = true;
}

/**
 * Whether {@link markProgress} has anything to tell after an event, read on the plain next call: most
 * events tell nothing, and making a draft of the call to find that out cost every event (the store path
 * went from 73 to 139 times the bench's floor; reading it without drafts, by property descriptors, still
 * cost 15 % more than a second draft on the few events that tell something). The same conditions as
 * `markProgress` (not closing).
 */
export function progressDue(call: CallState): boolean {
  if (call.connectedAt !== undefined && call.announced?.answered !== true) return true;
  if (call.status !== 'idle' && call.tags.length > 0 && !sameTags(call.tags, call.announced?.tagIds))
    return true;
  return call.status === 'ended' && call.endedAt !== undefined && call.announced?.ended !== true;
}

/** A lifecycle callback of the current call found due, and marked told, by {@link markProgress}. */
export type ProgressTold = 'answered' | 'tagged' | 'ended';

/**
 * What the current call gives rise to, after each event: `onCallAnswered` at its first `connected`,
 * `onCallTagged` when the bus confirms tags other than those announced, `onCallEnded` at `ended` (after
 * mandatory tagging, if any). Each once per call: the call's `announced` record says what was told, and is
 * marked here (the call gets its id if it has none); the callbacks due are returned, in order, for
 * {@link tellProgress} to turn into effects from the call as it ends up (the marks change nothing a record
 * reads). `closing`: the call's context goes (Done, the next call, a reload of the bus frame), so a call
 * whose conversation ended, or that was announced, and was not yet told ended (its `ended` was lost) ends
 * now.
 */
export function markProgress(draft: DraftState, closing = false): readonly ProgressTold[] {
  const { call } = draft;
  const told: ProgressTold[] = [];
  // Tags and announcements read as plain data: through the draft, each one read would become a proxy.
  const tags = plain(call.tags);
  if (call.connectedAt !== undefined && plain(call.announced)?.answered !== true) {
    callIdOf(draft);
    mark(draft, 'answered');
    told.push('answered');
  }
  if (call.status !== 'idle' && tags.length > 0 && !sameTags(tags, plain(call.announced)?.tagIds)) {
    callIdOf(draft);
    const announced = call.announced;
    if (announced !== undefined) announced.tagIds = tags.map((tag) => tag.id);
    told.push('tagged');
  }
  // A context that a SYNC or an offer started while `ended` inherits the status, not the end.
  const announced = plain(call.announced);
  const over =
    (call.status === 'ended' && call.endedAt !== undefined) ||
    (closing && (call.endedAt !== undefined || announced !== undefined));
  if (over && announced?.ended !== true) {
    callIdOf(draft);
    mark(draft, 'ended');
    told.push('ended');
  }
  return told;
}

/**
 * The effects of the callbacks {@link markProgress} found due, from `call` as plain data once marked (its
 * `announced` holds its id), at `at`.
 */
export function tellProgress(fx: Effects, call: CallState, told: readonly ProgressTold[], at: number): void {
  if (told.length === 0) return;
  const callId = call.announced?.callId;
  for (const kind of told) {
    if (kind === 'tagged')
      notify(fx, { kind, tagged: { callId, callUuid: callUuidOf(call), tags: call.tags } });
    else notify(fx, { kind, record: recordOfCall(call, callId, at) });
  }
}

/**
 * The current call's context goes (Done, the next call, a reload of the bus frame): what it still owes the
 * host is told, and an ended call is kept among the recent calls.
 */
export function closeCall(draft: DraftState, fx: Effects, at: number): void {
  const told = markProgress(draft, true);
  // The call as plain data (a copy once the event changed it) only when there is something to tell.
  if (told.length > 0) tellProgress(fx, plainCall(draft), told, at);
  keepRecentCall(draft);
}
