import { callUuidOf } from '../controls/callPredicates';
import { type CallRecord, recordOfCall } from '../selectors/callRecord';
import { INITIAL_CALL } from '../state/createInitialState';
import type { CallState, DialerState, IncomingCall } from '../state/DialerState';
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
 * Whether `announceProgress` has anything to tell after an event, read on the plain next state: most
 * events tell nothing, and making a draft of the call to find that out cost every event (the store path
 * went from 73 to 139 times the bench's floor). The same conditions as `announceProgress` (not closing).
 */
export function progressDue(state: DialerState): boolean {
  const { call } = state;
  if (call.connectedAt !== undefined && call.announced?.answered !== true) return true;
  if (call.status !== 'idle' && call.tags.length > 0 && !sameTags(call.tags, call.announced?.tagIds))
    return true;
  return call.status === 'ended' && call.endedAt !== undefined && call.announced?.ended !== true;
}

/**
 * What the current call gives rise to, after each event: `onCallAnswered` at its first `connected`,
 * `onCallTagged` when the bus confirms tags other than those announced, `onCallEnded` at `ended` (after
 * mandatory tagging, if any). Each once per call: the call's `announced` record says what was told.
 * `closing`: the call's context goes (Done, the next call, a reload of the bus frame), so a call whose
 * conversation ended, or that was announced, and was not yet told ended (its `ended` was lost) ends now.
 */
export function announceProgress(draft: DraftState, fx: Effects, at: number, closing = false): void {
  const { call } = draft;
  if (call.connectedAt !== undefined && call.announced?.answered !== true) {
    const record = recordNow(draft, at);
    mark(draft, 'answered');
    notify(fx, { kind: 'answered', record });
  }
  if (call.status !== 'idle' && call.tags.length > 0 && !sameTags(call.tags, call.announced?.tagIds)) {
    const callId = callIdOf(draft);
    const plain = plainCall(draft);
    const announced = draft.call.announced;
    if (announced !== undefined) announced.tagIds = plain.tags.map((tag) => tag.id);
    notify(fx, { kind: 'tagged', tagged: { callId, callUuid: callUuidOf(plain), tags: plain.tags } });
  }
  // A context that a SYNC or an offer started while `ended` inherits the status, not the end.
  const over =
    (call.status === 'ended' && call.endedAt !== undefined) ||
    (closing && (call.endedAt !== undefined || call.announced !== undefined));
  if (over && call.announced?.ended !== true) {
    const record = recordNow(draft, at);
    mark(draft, 'ended');
    notify(fx, { kind: 'ended', record });
  }
}

/**
 * The current call's context goes (Done, the next call, a reload of the bus frame): what it still owes the
 * host is told, and an ended call is kept among the recent calls.
 */
export function closeCall(draft: DraftState, fx: Effects, at: number): void {
  announceProgress(draft, fx, at, true);
  keepRecentCall(draft);
}
