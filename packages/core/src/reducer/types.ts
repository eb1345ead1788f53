import { castDraft, current, type Draft, isDraft, original } from 'immer';
import type { BusEvent } from '../protocol/events';
import type { KitEvent } from '../protocol/kitEvents';
import type { DialerState } from '../state/DialerState';
import { freezeNew } from '../state/freezeNew';
import type { Effects } from './effects';

// immer's typed identity, re-exported so that the reducer's modules import immer from one place.
export { castDraft } from 'immer';

/**
 * What a draft held before this event (immer's `original`), or the value itself when it was assigned whole
 * during the event: plain data, to read or compare without making a draft of every object read (a proxy
 * each, finalised later). Only right for the parts the event has not changed yet; immer's `current` is
 * for the others, and copies the draft.
 */
export function before<T>(value: T): T {
  return isDraft(value) ? (original(value as Draft<T>) as T) : value;
}

/**
 * A draft's value as plain data, whatever the event did to it so far: the base itself when untouched (no
 * copy), a copy of the changed parts otherwise (immer's `current`). For reading or comparing a part of the
 * state without a proxy per object read.
 */
export function plain<T>(value: T): T {
  return isDraft(value) ? (current(value as Draft<T>) as T) : value;
}

/**
 * `value` frozen all the way down (what is frozen already is not visited), for a draft to hold. When a draft
 * is finished, immer walks every unfrozen object assigned into it, looking for drafts inside: a third of an
 * INCOMING's time went to walking the offer, the party, the call's id and the recent calls. Only for a
 * value that nothing changes later in the same event: read back through the draft, it is not a draft.
 */
export function settled<T extends object>(value: T): Draft<T> {
  freezeNew(value);
  return castDraft(value);
}

/** `T` with its fields writable: an object built field by field before it is kept read-only. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Any event the reducer takes: from the bus or from the kit itself. */
export type DialerEvent = BusEvent | KitEvent;

/** The type of any event the reducer takes. */
export type DialerEventType = DialerEvent['type'];

/** The event of one type. */
export type DialerEventOf<K extends DialerEventType> = Extract<DialerEvent, { readonly type: K }>;

/** The immer draft every handler edits. */
export type DraftState = Draft<DialerState>;

/**
 * A handler: edits the draft for one event type (leaving it untouched keeps the same state object) and
 * appends to `fx` the effects the event implies. `held` is the state as the event found it, the draft's
 * base: what the handler reads of it there is plain data, with none of a draft's proxy traps, as long as
 * the event has not changed that part yet.
 */
export type Handler<K extends DialerEventType> = (
  draft: DraftState,
  event: DialerEventOf<K>,
  at: number,
  fx: Effects,
  held: DialerState,
) => void;

/** One handler per event type: the compiler finds every event without one. */
export type HandlerTable = { readonly [K in DialerEventType]: Handler<K> };
