import { callUuidOf } from '../controls/callPredicates';
import { type CallRecord, recordOfCall } from '../selectors/callRecord';
import { INITIAL_CALL } from '../state/createInitialState';
import type { CallAnnouncements, CallState, IncomingCall } from '../state/DialerState';
import type { CallLifecycleEvent, Effects } from './effects';
import { partyFromAddress } from './participants';
import { keepRecentCall } from './recentCalls';
import { castDraft, type DraftState, type Mutable, plain } from './types';

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

/** The callbacks due after an event, with the call's announcements and the last id once marked told. */
export interface Progress {
  readonly told: readonly ProgressTold[];
  readonly announced: CallAnnouncements;
  readonly lastCallId: number;
}

/**
 * What the current call gives rise to, after each event: `onCallAnswered` at its first `connected`,
 * `onCallTagged` when the bus confirms tags other than those announced, `onCallEnded` at `ended` (after
 * mandatory tagging, if any). Each once per call: the call's announcements (`held`) say what was told; the
 * callbacks due are returned, in order, with the announcements marked (a new object; the call gets an id,
 * the next after `lastCallId`, if it has none), or `undefined` when none is due (most events). Pure, on
 * plain data: after an event, the reducer applies it to the finished state (no second draft). `closing`:
 * the call's context goes (Done, the next call, a reload of the bus frame), so a call whose conversation
 * ended, or that was announced, and was not yet told ended ends now.
 */
export function progressOf(
  call: Pick<CallState, 'status' | 'connectedAt' | 'endedAt' | 'tags'>,
  held: CallAnnouncements | undefined,
  lastCallId: number,
  closing = false,
): Progress | undefined {
  const { tags } = call;
  const answered = call.connectedAt !== undefined && held?.answered !== true;
  const tagged = call.status !== 'idle' && tags.length > 0 && !sameTags(tags, held?.tagIds);
  // A context that a SYNC or an offer started while `ended` inherits the status, not the end; a call marked
  // answered or tagged just now counts as announced.
  const ended =
    ((call.status === 'ended' && call.endedAt !== undefined) ||
      (closing && (call.endedAt !== undefined || held !== undefined || answered || tagged))) &&
    held?.ended !== true;
  if (!answered && !tagged && !ended) return undefined;
  const last = held === undefined ? lastCallId + 1 : lastCallId;
  const announced: Mutable<CallAnnouncements> = held === undefined ? { callId: last } : { ...held };
  const told: ProgressTold[] = [];
  if (answered) {
    announced.answered = true;
    told.push('answered');
  }
  if (tagged) {
    announced.tagIds = tags.map((tag) => tag.id);
    told.push('tagged');
  }
  if (ended) {
    announced.ended = true;
    told.push('ended');
  }
  return { told, announced, lastCallId: last };
}

/** A lifecycle callback of the current call found due, and marked told, by {@link progressOf}. */
export type ProgressTold = 'answered' | 'tagged' | 'ended';

/**
 * {@link progressOf} inside a handler's draft: marks it there and returns the callbacks due, in order, for
 * {@link tellProgress} (the marks change nothing a record reads). Tags and announcements are read as plain
 * data: through the draft, each one read would become a proxy.
 */
function markProgress(draft: DraftState, closing: boolean): readonly ProgressTold[] {
  const { call } = draft;
  const view = {
    status: call.status,
    connectedAt: call.connectedAt,
    endedAt: call.endedAt,
    tags: plain(call.tags),
  };
  const progress = progressOf(view, plain(call.announced), draft.lastCallId, closing);
  if (progress === undefined) return [];
  call.announced = castDraft(progress.announced);
  draft.lastCallId = progress.lastCallId;
  return progress.told;
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
 * host is told, and an ended call is kept among the recent calls.
 */
export function closeCall(draft: DraftState, fx: Effects, at: number): void {
  const told = markProgress(draft, true);
  // The call as plain data (a copy once the event changed it) only when there is something to tell.
  if (told.length > 0) tellProgress(fx, plainCall(draft), told, at);
  keepRecentCall(draft);
}
