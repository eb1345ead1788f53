import { current, type Draft, isDraft, original } from 'immer';
import type { BusEvent } from '../protocol/events';
import type { KitEvent } from '../protocol/kitEvents';
import type { DialerState } from '../state/DialerState';
import type { Effects } from './effects';

// immer's typed identity, re-exported so that the reducer's modules import immer from one place.
export { castDraft } from 'immer';

/**
 * What a draft holds now, as plain data: reading or comparing it does not make drafts of the objects it
 * holds (each one a proxy, finalised later). A value assigned whole during this event is not a draft and
 * comes back as it is.
 */
export function plain<T>(value: T): T {
  // A draft's type is the plain one's (immer types drafts as the value they stand for).
  return isDraft(value) ? (current(value as Draft<T>) as T) : value;
}

/**
 * What a draft held before this event (immer's `original`), or the value itself when it was assigned whole
 * during the event. Cheaper than {@link plain}, which copies a changed draft, but only right for the parts
 * the event has not changed yet.
 */
export function before<T>(value: T): T {
  return isDraft(value) ? (original(value as Draft<T>) as T) : value;
}

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
 * appends to `fx` the effects the event implies.
 */
export type Handler<K extends DialerEventType> = (
  draft: DraftState,
  event: DialerEventOf<K>,
  at: number,
  fx: Effects,
) => void;

/**
 * A handler that needs no draft, for an event that changes one leaf of the state, where making a draft
 * would cost several times the change: from the plain state to the next one (the same object when nothing
 * changes, each new object frozen as immer freezes them), appending to `fx` the effects the event implies.
 */
export interface PlainHandler<K extends DialerEventType> {
  readonly plain: (state: DialerState, event: DialerEventOf<K>, at: number, fx: Effects) => DialerState;
}

/** One handler per event type: the compiler finds every event without one. */
export type HandlerTable = { readonly [K in DialerEventType]: Handler<K> | PlainHandler<K> };
