import type { CallMetadata } from '../protocol/entities';
import { isCallOver, isConversationOver } from '../selectors/statusGroups';
import type { CallParty, CallState } from '../state/CallState';
import type { PendingCommand } from '../state/SessionState';
import { setFailure } from './operations';
import type { StatusPoint } from './transitions';
import type { DraftState } from './types';

/**
 * On the SYNC that settles a pending HOLD or SET_RECORDING (the bus's only answer to them): the command
 * failed when that SYNC shows the leg's hold, or the recording, not as asked. Reported like a swap the SYNC
 * shows undone (`reverted`). A leg the SYNC no longer lists gives no verdict.
 */
export function judgeSyncedCommand(
  draft: DraftState,
  pending: PendingCommand,
  metadata: CallMetadata,
  at: number,
): void {
  const detail = pending.detail;
  if (detail === undefined) return;
  if (pending.type === 'DIALER.HOLD' && detail.shouldHold !== undefined) {
    const legs = [metadata.activeParticipant, metadata.inactiveParticipant, ...(metadata.participants ?? [])];
    const leg = legs.find((candidate) => candidate !== undefined && candidate.legId === detail.legId);
    if (leg !== undefined && leg.isHeld !== detail.shouldHold) {
      setFailure(draft, at, { operation: 'hold', reason: 'reverted' });
    }
  } else if (pending.type === 'DIALER.SET_RECORDING' && detail.shouldRecord !== undefined) {
    const recording = metadata.recordingState === 'recording';
    if (recording !== detail.shouldRecord) setFailure(draft, at, { operation: 'record', reason: 'reverted' });
  }
}

/**
 * Adds the hold that ends at `at` to the call's hold time. Measured between the SYNCs that showed it
 * begin and end, whatever statuses came between: SYNC and CALL_STATUS may come in either order (Decision 4).
 */
function endHold(call: DraftState['call'], at: number): void {
  if (call.heldSince === undefined) return;
  call.heldMs = (call.heldMs ?? 0) + Math.max(0, at - call.heldSince);
  delete call.heldSince;
}

/**
 * On SYNC: the hold timer starts when the party talked with is put on hold, and goes when it is not; each
 * hold that ends adds to the call's hold time (`heldMs`).
 */
export function trackHold(
  draft: DraftState,
  held: CallState,
  active: CallParty | undefined,
  at: number,
): void {
  // Read on `held`, the call as the event found it (plain data): a draft read is a proxy trap.
  if (active?.isHeld !== true) {
    if (held.heldSince !== undefined) endHold(draft.call, at);
    return;
  }
  const before = held.activeParticipant;
  const sameHold = before?.isHeld === true && before.legId === active.legId;
  if (held.heldSince !== undefined && sameHold) return;
  const call = draft.call;
  endHold(call, at);
  call.heldSince = at;
}

/**
 * On an applied CALL_STATUS, before its status is written: what the end of the conversation (the first
 * `mandatoryTagging` or `ended`) and the end of a transfer or second-call leg looked like, for telling the
 * agent why. `hangUpSent`: a HANGUP of the agent's awaited its effect when the status came.
 */
export function recordEnds(
  draft: DraftState,
  held: CallState,
  from: StatusPoint,
  to: StatusPoint,
  hangUpSent: boolean,
  at: number,
): void {
  // Read on `held`, the call as the event found it (plain data): a draft read is a proxy trap.
  if (isConversationOver(to.status) && held.endedAt === undefined) {
    // The offer itself ended, turned down: not a waiting offer the agent rejected during another call.
    const rejected = isCallOver(from.status) && held.incoming?.answer === 'rejected';
    draft.call.ending = { from: from.status, byAgent: hangUpSent || rejected };
    return;
  }
  const leaving = from.flow === 'warmTransfer' || from.flow === 'concurrent';
  // A leg's end: its `hanging`, or straight back to the call when that `hanging` was missed.
  const legEnds =
    leaving &&
    from.status !== 'hanging' &&
    ((to.status === 'hanging' && to.flow === from.flow) ||
      (to.flow === 'regular' && to.status === 'connected'));
  if (!legEnds || from.flow === undefined) return;
  // Only a warm transfer's target is known whatever the order of SYNC and status (Decision 4).
  const callee = from.flow === 'warmTransfer' ? held.transferTo : undefined;
  draft.call.legEnded = {
    flow: from.flow,
    answered: from.status !== 'ringing',
    byAgent: hangUpSent,
    ...(callee !== undefined ? { to: callee } : {}),
    at,
  };
}
