import { callUuidOf } from '../controls/callPredicates';
import { type CallRecord, recordOfCall } from '../selectors/callRecord';
import type { CallAnnouncements, CallState, IncomingCall } from '../state/CallState';
import { INITIAL_CALL } from '../state/createInitialState';
import type { CallLifecycleEvent, Effects } from './effects';
import { partyFromAddress } from './participants';
import { keepRecentCall } from './recentCalls';
import { type DraftState, plain, settled } from './types';

/** The current call as a plain object (the effects outlive the draft). */
function plainCall(draft: DraftState): CallState {
  return plain(draft.call) as CallState;
}

/** The kit's id of the current call, given now if it has none (ids count up from 1). */
function callIdOf(draft: DraftState): number {
  const announced = draft.call.announced;
  if (announced !== undefined) return announced.callId;
  draft.lastCallId += 1;
  draft.call.announced = settled({ callId: draft.lastCallId });
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

/** A lifecycle callback of the current call found due by {@link progressOf}. */
export type ProgressTold = 'answered' | 'tagged' | 'ended';

/** What {@link progressOf} found due: the callbacks, and the call's announcements once they are told. */
export interface Progress {
  readonly told: readonly ProgressTold[];
  readonly announced: CallAnnouncements;
  /** The last call id given, counting the one the call got if it had none. */
  readonly lastCallId: number;
}

/**
 * What the current call gives rise to, after each event: `onCallAnswered` at its first `connected`,
 * `onCallTagged` when the bus confirms tags other than those announced, `onCallEnded` at `ended` (after
 * mandatory tagging, if any). Each once per call: the call's `announced` record says what was told, and the
 * record returned marks it (with the call's id, given now if it has none); `undefined` when nothing is due,
 * which is most events. Read on the plain call, with no draft: a draft of the call made for this check cost
 * every event (the store path went from 73 to 139 times the bench's floor), and a second draft for the few
 * events that tell something copied the call (immer's `current`) for a tenth of the reducer's time.
 * `closing`: the call's context goes (Done, the next call, a reload of the bus frame), so a call whose
 * conversation ended, or that was announced, and was not yet told ended (its `ended` was lost) ends now.
 */
export function progressOf(call: CallState, lastCallId: number, closing = false): Progress | undefined {
  // Nothing allocated until something is due: this runs after every event that changed the state.
  let told: ProgressTold[] | undefined;
  let announced = call.announced;
  let nextId = lastCallId;
  if (call.connectedAt !== undefined && announced?.answered !== true) {
    announced = { ...(announced ?? { callId: ++nextId }), answered: true };
    told = ['answered'];
  }
  if (call.status !== 'idle' && call.tags.length > 0 && !sameTags(call.tags, announced?.tagIds)) {
    announced = { ...(announced ?? { callId: ++nextId }), tagIds: call.tags.map((tag) => tag.id) };
    told = [...(told ?? []), 'tagged'];
  }
  // A context that a SYNC or an offer started while `ended` inherits the status, not the end.
  const over =
    (call.status === 'ended' && call.endedAt !== undefined) ||
    (closing && (call.endedAt !== undefined || announced !== undefined));
  if (over && announced?.ended !== true) {
    announced = { ...(announced ?? { callId: ++nextId }), ended: true };
    told = [...(told ?? []), 'ended'];
  }
  return told === undefined || announced === undefined ? undefined : { told, announced, lastCallId: nextId };
}

/**
 * The effects of the callbacks {@link progressOf} found due, from `call` as plain data once marked (its
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
 * host is told, and an ended call is kept among the recent calls. `call`: the current call as plain data,
 * when the caller has it.
 */
export function closeCall(draft: DraftState, fx: Effects, at: number, call = plainCall(draft)): void {
  const progress = progressOf(call, draft.lastCallId, true);
  if (progress !== undefined) {
    draft.call.announced = settled(progress.announced);
    draft.lastCallId = progress.lastCallId;
    tellProgress(fx, { ...call, announced: progress.announced }, progress.told, at);
  }
  // What the record keeps of the call does not include what was announced.
  keepRecentCall(draft, call);
}
