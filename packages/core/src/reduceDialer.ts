import { Immer } from 'immer';
import { progressOf, tellProgress } from './reducer/callLifecycle';
import type { DialerEffect } from './reducer/effects';
import { HANDLERS } from './reducer/handlers';
import { tagPersistence } from './reducer/tagPersistence';
import type { DialerEvent, DraftState, Mutable } from './reducer/types';
import { UNCHANGED } from './reducer/unchanged';
import type { CallState } from './state/CallState';
import type { DialerState } from './state/DialerState';
import { freezeNew } from './state/freezeNew';

/** The next state and the effects an event implies, in the order they are to run. */
export interface DialerTransition {
  readonly state: DialerState;
  readonly effects: readonly DialerEffect[];
}

const NOTHING: readonly DialerEffect[] = [];

/**
 * The reducer's own immer, which leaves the freezing to `freezeNew`: immer's walk of the finished
 * state (a generic visit of every key of every object it copied, and of each new object first for drafts,
 * then to freeze it) was a fifth of the reducer's time. A private instance: the global `setAutoFreeze` would
 * change the host's own immer.
 */
const immer = new Immer({ autoFreeze: false });

/**
 * Applies one event, arrived at `at` (the store's clock), and says what it implies: commands to send,
 * timers to start or stop, requests to settle, tag picks to keep, diagnostics to report. Pure: no clock,
 * no input mutation; the same state object when the event changes nothing. The store performs the
 * effects, in order, and nothing else decides.
 */
export function transitionDialer(state: DialerState, event: DialerEvent, at: number): DialerTransition {
  // Typed callers cannot send an unknown type, but untyped JavaScript can: it changes nothing.
  if (!Object.hasOwn(HANDLERS, event.type)) return { state, effects: NOTHING };
  // The tables are keyed by type, so the entry found matches the event; TypeScript cannot correlate the two.
  const unchanged = UNCHANGED[event.type] as
    | ((state: DialerState, event: DialerEvent) => boolean)
    | undefined;
  if (unchanged?.(state, event)) return { state, effects: NOTHING };
  const handler = HANDLERS[event.type] as (
    draft: DraftState,
    event: DialerEvent,
    at: number,
    fx: DialerEffect[],
    held: DialerState,
  ) => void;
  const effects: DialerEffect[] = [];
  const next = immer.produce(state, (draft) => {
    handler(draft, event, at, effects, state);
  }) as Mutable<DialerState>;
  if (next === state) return { state, effects };
  // The host's lifecycle callbacks: a rule of the call rather than of one event (see callLifecycle), found
  // on the finished call, with no second draft, and marked before it is frozen: the root, and the call when
  // this event changed it, are this event's own copies (a frozen call is the one held before, copied).
  const progress = progressOf(next.call, next.lastCallId);
  if (progress !== undefined) {
    next.lastCallId = progress.lastCallId;
    if (Object.isFrozen(next.call)) next.call = { ...next.call, announced: progress.announced };
    else (next.call as Mutable<CallState>).announced = progress.announced;
  }
  freezeNew(next);
  if (progress !== undefined) tellProgress(effects, next.call, progress.told, at);
  // Every diagnostic this event recorded is reported to the host: the newest items, in order.
  const { items, total } = next.diagnostics;
  const recorded = Math.min(items.length, total - state.diagnostics.total);
  for (let i = items.length - recorded; i < items.length; i += 1) {
    const diagnostic = items[i];
    if (diagnostic !== undefined) effects.push({ type: 'report', diagnostic });
  }
  effects.push(...tagPersistence(state, next));
  return { state: next, effects };
}

/**
 * Applies one event that arrived at `at` (ms, the receiver's clock) to the dialer state. Pure: no clock,
 * no input mutation; returns the same object when the event changes nothing. The effects the event
 * implies are the store's business (`transitionDialer`).
 * @example const next = reduceDialer(state, { type: 'BUS.INIT_FULFILLED' }, Date.now());
 */
export function reduceDialer(state: DialerState, event: DialerEvent, at: number): DialerState {
  return transitionDialer(state, event, at).state;
}
