import { callUuidOf } from '../controls/callPredicates';
import { type CallRecord, recordOfCall } from '../selectors/callRecord';
import { INITIAL_CALL } from '../state/createInitialState';
import type { CallAnnouncements, CallState, DialerState, IncomingCall } from '../state/DialerState';
import type { CallLifecycleEvent, Effects } from './effects';
import { partyFromAddress } from './participants';
import { keepRecentCall } from './recentCalls';
import { castDraft, type DraftState, plain } from './types';

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

/** What {@link progressOf} reads of a call. */
type ProgressView = Pick<CallState, 'status' | 'connectedAt' | 'endedAt' | 'tags' | 'announced'>;

/** The callbacks due after an event, with the call's announcements and the last id once marked told. */
interface Progress {
  readonly told: readonly ProgressTold[];
  readonly announced: CallAnnouncements | undefined;
  readonly lastCallId: number;
}

/**
 * What the current call gives rise to, after each event: `onCallAnswered` at its first `connected`,
 * `onCallTagged` when the bus confirms tags other than those announced, `onCallEnded` at `ended` (after
 * mandatory tagging, if any). Each once per call: the call's `announced` record says what was told; the
 * callbacks due are returned, in order, with the announcements marked (a new frozen object; the call gets an
 * id, the next after `lastCallId`, if it has none), or `undefined` when none is due (most events). Pure, on
 * plain data. `closing`: the call's context goes (Done, the next call, a reload of the bus frame), so a call
 * whose conversation ended, or that was announced, and was not yet told ended ends now.
 */
function progressOf(call: ProgressView, lastCallId: number, closing: boolean): Progress | undefined {
  let { announced } = call;
  let last = lastCallId;
  let told: ProgressTold[] | undefined;
  const mark = (kind: ProgressTold, change: Partial<CallAnnouncements>): void => {
    if (announced === undefined) {
      last += 1;
      announced = { callId: last };
    }
    announced = { ...announced, ...change };
    (told ??= []).push(kind);
  };
  const { tags } = call;
  if (call.connectedAt !== undefined && announced?.answered !== true) mark('answered', { answered: true });
  if (call.status !== 'idle' && tags.length > 0 && !sameTags(tags, announced?.tagIds)) {
    mark('tagged', { tagIds: Object.freeze(tags.map((tag) => tag.id)) });
  }
  // A context that a SYNC or an offer started while `ended` inherits the status, not the end.
  const over =
    (call.status === 'ended' && call.endedAt !== undefined) ||
    (closing && (call.endedAt !== undefined || announced !== undefined));
  if (over && announced?.ended !== true) mark('ended', { ended: true });
  if (told === undefined) return undefined;
  return { told, announced: Object.freeze(announced), lastCallId: last };
}

/** A lifecycle callback of the current call found due, and marked told, by {@link markProgress}. */
export type ProgressTold = 'answered' | 'tagged' | 'ended';

const NONE_TOLD: readonly ProgressTold[] = [];

/**
 * Marks in the draft what the current call gives rise to ({@link progressOf}) and returns the callbacks
 * due, in order, for {@link tellProgress} to turn into effects from the call as it ends up (the marks change
 * nothing a record reads). Tags and announcements are read as plain data: through the draft, each one read
 * would become a proxy.
 */
export function markProgress(draft: DraftState, closing = false): readonly ProgressTold[] {
  const { call } = draft;
  const view: ProgressView = {
    status: call.status,
    connectedAt: call.connectedAt,
    endedAt: call.endedAt,
    tags: plain(call.tags),
    announced: plain(call.announced),
  };
  const progress = progressOf(view, draft.lastCallId, closing);
  if (progress === undefined) return NONE_TOLD;
  call.announced = castDraft(progress.announced);
  draft.lastCallId = progress.lastCallId;
  return progress.told;
}

/**
 * {@link markProgress} on a finished state, without a draft: the state with the current call's
 * announcements marked (the same object when nothing is due), and the callbacks due. The state after a
 * reduction is frozen, as immer leaves it; so are the two objects made here.
 */
export function markProgressOf(state: DialerState): {
  readonly state: DialerState;
  readonly told: readonly ProgressTold[];
} {
  const progress = progressOf(state.call, state.lastCallId, false);
  if (progress === undefined) return { state, told: NONE_TOLD };
  const call: CallState = Object.freeze({ ...state.call, announced: progress.announced });
  return { state: Object.freeze({ ...state, call, lastCallId: progress.lastCallId }), told: progress.told };
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
