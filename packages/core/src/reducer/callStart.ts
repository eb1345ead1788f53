import { isCallOver } from '../selectors/statusGroups';
import type { CallState, IncomingCall } from '../state/CallState';
import { INITIAL_CALL } from '../state/createInitialState';
import { announceOffer, closeCall } from './callLifecycle';
import type { Effects } from './effects';
import { clearSwapCheck } from './operationOutcome';
import { partyFromAddress } from './participants';
import { castDraft, type DraftState, type Handler, settled } from './types';

/**
 * Starts a new call context: what the last call knew goes (an ended one is kept among the recent calls),
 * status and flow stay (the bus owns them). `held`: the call as the event found it, which the event has
 * not changed yet (plain data, read with no proxy trap). Returns the new call, a plain object the draft
 * holds, to write to directly.
 */
export function startNewCall(
  draft: DraftState,
  fx: Effects,
  at: number,
  held: CallState,
): DraftState['call'] {
  if (held.swapCheck !== undefined) clearSwapCheck(draft, fx);
  closeCall(draft, fx, at, held);
  const { status, flow, statusSince, flowSince } = held;
  // Copied, then set: in one literal, a spread followed by properties is one of V8's slow paths.
  const call = { ...castDraft(INITIAL_CALL) };
  call.status = status;
  call.flow = flow;
  call.statusSince = statusSince;
  call.flowSince = flowSince;
  draft.call = call;
  draft.lastFailure = undefined;
  return call;
}

/**
 * `DIALER.DIALING`: a dial was acknowledged; the callee is known from `to` until the first SYNC. A pending
 * DIAL stays pending until the call's first status: until then the status is still idle or ended and a
 * second DIAL must stay blocked.
 */
export const handleDialing: Handler<'DIALER.DIALING'> = (draft, event, at, fx, { call }) => {
  const { from, to } = event.payload;
  const next = startNewCall(draft, fx, at, call);
  next.startedAt = at;
  next.dialing = { from, to };
  next.activeParticipant = partyFromAddress(to);
};

/**
 * Whether an INCOMING repeats the offer held: same callUuid and same type. A call that comes back with
 * its uuid (a rollback transfer after a cold transfer) comes with another type and is offered again; a
 * late duplicate of an offer, answered or not, changes nothing.
 */
function repeatsHeldOffer(call: CallState, type: string, callUuid: string): boolean {
  const held = call.incoming;
  return held?.callUuid === callUuid && held.type === type;
}

/**
 * `DIALER.INCOMING`: when no call is up (idle or ended) it starts a new call context; during another call
 * only the offer is recorded, so the current call is left as it is. A repeat of the offer still held is
 * ignored: it would re-offer an answered call.
 */
export const handleIncoming: Handler<'DIALER.INCOMING'> = (draft, event, at, fx, { call: held }) => {
  const { type, callUuid, from, to, transferer, external } = event.payload;
  if (repeatsHeldOffer(held, type, callUuid)) return;
  // The optional fields last: spreads followed by properties are one of V8's slow paths.
  const incoming: IncomingCall = {
    type,
    callUuid,
    offeredAt: at,
    answer: 'offered',
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(transferer !== undefined ? { transferer } : {}),
    ...(external !== undefined ? { external } : {}),
  };
  const ownCall = isCallOver(held.status);
  if (ownCall) {
    const call = startNewCall(draft, fx, at, held);
    call.activeParticipant = partyFromAddress(from);
    call.startedAt = at;
  }
  draft.call.incoming = settled(incoming);
  announceOffer(draft, fx, incoming, ownCall);
};
