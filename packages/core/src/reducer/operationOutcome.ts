import { TRANSITIONAL_STATUSES } from '../selectors/statusGroups';
import type { CallParty, CallState } from '../state/CallState';
import type { Effects } from './effects';
import { setFailure } from './operations';
import type { StatusPoint } from './transitions';
import { before, type DraftState } from './types';

/**
 * Decides, on an applied CALL_STATUS, how the operation in progress ended (Decision 5 and DECISIONS.md):
 * back to the status before it is a revert, except for a swap, whose result the next SYNC tells.
 * Clears the transition and any unresolved swap check.
 */
export function settleOperation(
  draft: DraftState,
  fx: Effects,
  held: CallState,
  from: StatusPoint,
  to: StatusPoint,
  at: number,
): void {
  // Read on `held`, the call as the event found it (plain data): a draft read is a proxy trap.
  const { transition } = held;
  if (transition !== undefined) draft.call.transition = undefined;
  if (held.swapCheck !== undefined) clearSwapCheck(draft, fx);
  if (transition && transition.fromStatus === to.status && transition.fromFlow === to.flow) {
    // Back in a transitional status (a swap of another flow went back to swapping), nothing settled yet.
    if (transition.operation === 'swap') {
      if (TRANSITIONAL_STATUSES[to.status] === undefined) startSwapCheck(draft, fx, held, at);
    } else setFailure(draft, at, { operation: transition.operation, reason: 'reverted' });
    return;
  }
  // "CS(regular/connected) if not [answered]": the conference the invitation started never did.
  if (
    from.status === 'initiating' &&
    from.flow === 'conference' &&
    to.status === 'connected' &&
    to.flow === 'regular'
  ) {
    setFailure(draft, at, { operation: 'invite', reason: 'reverted' });
  }
}

/**
 * Back in `connected` after `swapping`: remember the legs so the next SYNC can tell whether they swapped,
 * and give that SYNC `swapConfirmMs` to come (`kit/swapUnconfirmed` after).
 */
function startSwapCheck(draft: DraftState, fx: Effects, held: CallState, at: number): void {
  // The parties and the settings as plain data (a status changes neither): no draft made to read them.
  const { activeParticipant, inactiveParticipant } = held;
  const activeLegId = activeParticipant?.legId;
  const inactiveLegId = inactiveParticipant?.legId;
  // Without a held leg there is nothing a SYNC could show as exchanged.
  if (inactiveLegId === undefined) return;
  // Two literals rather than a conditional spread followed by properties, one of V8's slow paths.
  draft.call.swapCheck =
    activeLegId === undefined ? { inactiveLegId, since: at } : { activeLegId, inactiveLegId, since: at };
  fx.push({
    type: 'schedule',
    timer: 'swap',
    ms: before(draft).config.swapConfirmMs,
    event: { type: 'kit/swapUnconfirmed', payload: { since: at } },
  });
}

/** Ends the swap check, if any, and its wait. */
export function clearSwapCheck(draft: DraftState, fx: Effects): void {
  if (draft.call.swapCheck === undefined) return;
  draft.call.swapCheck = undefined;
  fx.push({ type: 'cancel', timer: 'swap' });
}

/** Whether the party talked with now is the one held before, and no longer also the held one. */
function legsExchanged(heldBefore: string | undefined, next: SyncedParties): boolean {
  const active = next.active?.legId;
  return active !== undefined && active === heldBefore && next.inactive?.legId !== active;
}

/** The parties a SYNC brings. */
export interface SyncedParties {
  readonly active: CallParty | undefined;
  readonly inactive: CallParty | undefined;
}

/**
 * On SYNC: settles a swap. After the return to `connected`, legs exchanged is success and anything else a
 * revert; still `swapping`, legs exchanged from those of the swap's start settle it early (so SYNC before
 * CALL_STATUS ends the same). A SYNC during a swap that began with no leg known held (before the call's
 * first SYNC) settles it too, with no verdict: a return to `connected` without a held leg makes no check
 * either, so both orders end alike.
 */
export function settleSwapOnSync(
  draft: DraftState,
  fx: Effects,
  held: CallState,
  next: SyncedParties,
  at: number,
): void {
  // Read on `held`, the call as the event found it (plain data): a draft read is a proxy trap.
  const { swapCheck, transition } = held;
  if (swapCheck) {
    const exchanged = legsExchanged(swapCheck.inactiveLegId, next);
    clearSwapCheck(draft, fx);
    if (!exchanged) setFailure(draft, at, { operation: 'swap', reason: 'reverted' });
    return;
  }
  if (transition?.operation !== 'swap') return;
  const { heldLegId } = transition;
  if (heldLegId === undefined || legsExchanged(heldLegId, next)) draft.call.transition = undefined;
}

/** `kit/swapUnconfirmed`: no SYNC told the swap's result in time, so it is reported as reverted. */
export function expireSwapCheck(draft: DraftState, fx: Effects, since: number, at: number): void {
  if (draft.call.swapCheck?.since !== since) return;
  clearSwapCheck(draft, fx);
  setFailure(draft, at, { operation: 'swap', reason: 'reverted' });
}
