import type { CallFlow } from '../protocol/enums';
import type { BusEventPayloadMap } from '../protocol/events';
import { selectOfferedCall } from '../selectors/offeredCall';
import { isCallUnderWay, isConversationOver, TRANSITIONAL_STATUSES } from '../selectors/statusGroups';
import type { CallState } from '../state/CallState';
import { INITIAL_CALL } from '../state/createInitialState';
import { closeCall } from './callLifecycle';
import { recordEnds } from './callOutcome';
import { startNewCall } from './callStart';
import { addDiagnostic } from './diagnostics';
import { settleOperation } from './operationOutcome';
import { partyFromAddress } from './participants';
import { endedCallBasis } from './recentCalls';
import { clearPending } from './requests';
import { isDocumentedTransition, pointName, type StatusPoint } from './transitions';
import { castDraft, type Handler } from './types';

const TYPE = 'DIALER.CALL_STATUS';

/**
 * Whether a repeated `ended` ends an offer that came once the last call was over: that offer has a call
 * context of its own, not ended yet (its caller gave up, or the agent turned it down).
 */
function endsWaitingOffer(call: Pick<CallState, 'endedAt' | 'incoming'>): boolean {
  return call.endedAt === undefined && call.incoming !== undefined && call.incoming.answer !== 'accepted';
}

/**
 * Whether a status repeats the one held (Decision 3), read on the plain state: `idle` (which has no flow)
 * or a status with its flow, both as held. A status without its flow is reported, so never a repeat.
 */
export function repeatsStatus(
  call: CallState,
  { status, flow }: BusEventPayloadMap['DIALER.CALL_STATUS'],
): boolean {
  if (status === 'idle') return call.status === 'idle' && call.flow === undefined;
  if (status === 'ended' && endsWaitingOffer(call)) return false;
  return flow !== undefined && call.status === status && call.flow === flow;
}

/**
 * `DIALER.CALL_STATUS`: the bus is the authority (Decision 1). Identical status and flow change nothing
 * (Decision 3); a missing flow keeps the current one (Decision 10); `idle` resets the call context,
 * remembering the call that ended.
 */
export const handleCallStatus: Handler<'DIALER.CALL_STATUS'> = (draft, event, at, fx, held) => {
  const { status, flow: givenFlow } = event.payload;
  const from: StatusPoint = { status: held.call.status, flow: held.call.flow };
  let flow: CallFlow | undefined = givenFlow;
  if (status === 'idle') {
    flow = undefined;
  } else if (givenFlow === undefined) {
    flow = from.flow ?? 'regular';
    addDiagnostic(draft, at, 'invalid-message', `${status} without flow: kept flow ${flow}`, {
      path: 'payload.flow',
      messageType: TYPE,
    });
  }
  if (from.status === status && from.flow === flow) {
    // An offer that came once the last call was over has a call context of its own, not ended yet: the
    // bus's `ended` then ends that offer (its caller gave up, or the agent turned it down), though it
    // repeats the status (Decision 3 otherwise).
    if (status === 'ended' && endsWaitingOffer(held.call)) {
      recordEnds(draft, held.call, from, { status, flow }, false, at);
      draft.call.endedAt = at;
    }
    return;
  }
  const to: StatusPoint = { status, flow };
  const context = {
    resetPending: held.pending?.type === 'DIALER.RESET',
    offered: held.call.incoming !== undefined,
  };
  if (!isDocumentedTransition(from, to, context)) {
    addDiagnostic(draft, at, 'unexpected-transition', `${pointName(from)} -> ${pointName(to)}`, {
      messageType: TYPE,
    });
  }
  const hangUpSent = held.pending?.type === 'DIALER.HANGUP';
  // A HANGUP is settled by the status after `hanging`: its own `hanging` must not re-enable Hang up.
  if (held.pending !== undefined && !(hangUpSent && status === 'hanging')) clearPending(draft, fx);
  // The call as this event's writes find it: as held, or the new context started here, plain either way.
  let was = held.call;
  // Leaving the end of a call with no DIALING / INCOMING first (a missed event): it is a new call.
  if (was.endedAt !== undefined && isCallUnderWay(status)) {
    was = startNewCall(draft, fx, at, was);
  }
  settleOperation(draft, fx, was, from, to, at);

  if (status === 'idle') {
    // An offer still waiting is another call than the one going idle: it stays offered (the bus still
    // offers it), with its caller as the party, as when it came in after the call ended.
    const offer = selectOfferedCall(draft);
    // Remembered so that a late SYNC of this call does not bring it back (Decision 4).
    const callUuid = draft.call.metadata?.callUuid ?? (offer ? undefined : draft.call.incoming?.callUuid);
    const kept = endedCallBasis(draft.call);
    const lastEndedCall = {
      ...(callUuid !== undefined ? { callUuid } : {}),
      ...(kept !== undefined ? { kept } : {}),
    };
    closeCall(draft, fx, at);
    draft.call = {
      ...castDraft(INITIAL_CALL),
      statusSince: at,
      flowSince: at,
      lastEndedCall: castDraft(lastEndedCall),
      ...(offer ? { incoming: offer, activeParticipant: partyFromAddress(offer.from) } : {}),
    };
    return;
  }
  recordEnds(draft, was, from, to, hangUpSent, at);
  const call = draft.call;
  // Read on `was`: the fields below are not written before they are read, and a draft read is a proxy trap.
  if (was.lastEndedCall !== undefined) delete call.lastEndedCall;
  call.status = status;
  call.statusSince = at;
  if (flow !== from.flow) call.flowSince = at;
  call.flow = flow;
  // Back in a regular call after the transfer or the second call (merged, ended or reverted): nobody is
  // being called any more.
  if (flow === 'regular' && status !== 'startingWarmTransfer') delete call.transferTo;
  if (flow === 'regular' && status !== 'startingConcurrent') delete call.concurrentTo;
  if (was.startedAt === undefined) call.startedAt = at;
  if (status === 'connected' && was.connectedAt === undefined) call.connectedAt = at;
  if (isConversationOver(status) && was.endedAt === undefined) call.endedAt = at;
  // Read as plain data (this event has not changed the offer): a draft of it is made only to write it.
  if ((status === 'accepting' || status === 'connected') && was.incoming?.answer === 'offered') {
    if (call.incoming !== undefined) call.incoming.answer = 'accepted';
  }
  const operation = TRANSITIONAL_STATUSES[status];
  if (operation) {
    // What a swap's SYNC is compared with, whatever SYNC comes while it runs.
    const heldLegId = operation === 'swap' ? was.inactiveParticipant?.legId : undefined;
    // Two literals rather than a conditional spread, one of V8's slow paths (it runs on every such status).
    call.transition =
      heldLegId === undefined
        ? { operation, fromStatus: from.status, fromFlow: from.flow }
        : { operation, fromStatus: from.status, fromFlow: from.flow, heldLegId };
  }
};
