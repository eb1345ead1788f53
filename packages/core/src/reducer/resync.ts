import { commands } from '../commands/commands';
import type { ControlReason } from '../controls/types';
import { SERVICES } from '../protocol/enums';
import type { DialerState } from '../state/DialerState';
import type { Effects } from './effects';
import { destroy, restart } from './sessionMachine';
import type { DraftState, Handler } from './types';

/** Two resyncs are at least this far apart (ms): a tab shown, focused and back online at once resyncs once. */
export const RESYNC_SPACING_MS = 1_000;
/** How long the resync the watchdog sends may go unanswered before the state is called stale (ms). */
export const STALE_GRACE_MS = 5_000;

/**
 * Why a resync may not go now (`undefined`: it may). Only a ready session resyncs; never while a request
 * is in flight (an INIT or DESTROY of course, but also any other: its answer could fall between DESTROY and
 * INIT, when the bus sends nothing); never twice within {@link RESYNC_SPACING_MS}.
 */
export function resyncRefusal(
  state: DialerState,
  at: number,
): { readonly reason: ControlReason; readonly message: string } | undefined {
  if (state.connection !== 'ready') return { reason: 'not-ready', message: 'the dialer is not ready' };
  const inFlight = Object.keys(state.requests)[0];
  if (inFlight !== undefined) return { reason: 'request-pending', message: `${inFlight} awaits its answer` };
  const last = state.session.resyncedAt;
  if (last !== undefined && at - last < RESYNC_SPACING_MS && at >= last) {
    return { reason: 'request-pending', message: 'a resync went out less than a second ago' };
  }
  return undefined;
}

/** DESTROY (the INIT in effect) then INIT: the bus re-sends its state; the session stays `ready`. */
function resync(draft: DraftState, fx: Effects, at: number): void {
  destroy(draft, fx);
  draft.session.initSent = true;
  draft.session.resyncedAt = at;
  fx.push({ type: 'send', command: commands.init(SERVICES) });
}

/** `kit/resync`: asks the bus for fresh state, when {@link resyncRefusal} allows it. */
export const handleResync: Handler<'kit/resync'> = (draft, _event, at, fx) => {
  // Read on the plain state (a refusal makes no draft): `before` is not needed, nothing changed yet.
  if (resyncRefusal(draft as DialerState, at) === undefined) resync(draft, fx, at);
};

/**
 * `kit/busSilent`: the bus said nothing for the watchdog's limit during a live call. A quiet call is
 * normal (the bus sends nothing while the parties talk), so the kit probes with a resync first and calls
 * the state stale only if the probe gets no answer within {@link STALE_GRACE_MS} either.
 */
export const handleBusSilent: Handler<'kit/busSilent'> = (draft, event, at, fx) => {
  const { since } = event.payload;
  if (draft.connection !== 'ready') return;
  if (draft.session.silence === undefined) {
    draft.session.silence = { since, stale: false };
    const verdict = { type: 'kit/busStale', payload: { since } } as const;
    fx.push({ type: 'schedule', timer: 'stale', ms: STALE_GRACE_MS, event: verdict });
  }
  // Tried again at each trip while the bus stays silent (one in flight or just sent: not now).
  if (resyncRefusal(draft as DialerState, at) === undefined) resync(draft, fx, at);
};

/** `kit/busStale`: the probe of the silence since `since` went unanswered: the state may be stale. */
export const handleBusStale: Handler<'kit/busStale'> = (draft, event) => {
  const { silence } = draft.session;
  if (silence !== undefined && silence.since === event.payload.since && !silence.stale) silence.stale = true;
};

/** `kit/busHeard`: a bus message came: the silence (and any staleness) is over. */
export const handleBusHeard: Handler<'kit/busHeard'> = (draft, _event, _at, fx) => {
  clearSilence(draft, fx);
};

/** Forgets the silence and its pending verdict. */
export function clearSilence(draft: DraftState, fx: Effects): void {
  if (draft.session.silence === undefined) return;
  delete draft.session.silence;
  fx.push({ type: 'cancel', timer: 'stale' });
}

/**
 * An INIT of a resync that got no answer or could not be posted, while ready: the bus may have taken the
 * DESTROY before it and then sends nothing at all. The bring-up starts again, as after a lost INIT.
 */
export function resyncLost(draft: DraftState, fx: Effects): void {
  if (draft.session.phase !== 'ready') return;
  clearSilence(draft, fx);
  restart(draft, fx);
}
