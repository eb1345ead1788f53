import { callPhase } from '../selectors/statusGroups';
import type { CallState } from '../state/CallState';
import type { DialerState } from '../state/DialerState';

/**
 * The id of the agent's call: from SYNC, or from the offer the agent accepted. An offer still waiting (a
 * second call offered during this one) or turned down is another call.
 */
export function callUuidOf(call: CallState): string | undefined {
  if (call.metadata?.callUuid !== undefined) return call.metadata.callUuid;
  return call.incoming?.answer === 'accepted' ? call.incoming.callUuid : undefined;
}

/**
 * Whether the agent is in a call with audio (the `live` phase): `connected` or a sub-flow status, or
 * ringing a second party (the first party is on hold, the agent's line is open).
 */
export function isLiveCall(call: CallState): boolean {
  return callPhase(call.status, call.flow) === 'live';
}

/** Whether the agent's call is with a teammate: an `internal` incoming, a `client:` dial, or a teammate on the line. */
export function isInternalCall(call: CallState): boolean {
  if (call.incoming?.type === 'internal') return true;
  if (call.dialing?.to.startsWith('client:') === true) return true;
  const other = call.activeParticipant;
  return other !== undefined && other.userId !== undefined && other.phoneNumber === undefined;
}

/** Whether the agent is in a conference (`initiating` or `initiated` in the conference flow). */
export function isInConference(call: CallState): boolean {
  return call.flow === 'conference' && (call.status === 'initiating' || call.status === 'initiated');
}

/** Whether a conference participant other than the agent is still on the call and can be removed. */
export function hasKickableParticipant(call: CallState): boolean {
  return (call.metadata?.participants ?? []).some((p) => p.state !== 'ended' && p.legId !== '');
}

/** Whether a conference participant other than the agent has answered and can be held or resumed. */
export function hasHoldableParticipant(call: CallState): boolean {
  return (call.metadata?.participants ?? []).some((p) => p.state === 'answering' && p.legId !== '');
}

/** Whether the agent's availability says they are in a call or in after-call work. */
export function isBusyAvailability(state: DialerState): boolean {
  const status = state.availability.self?.status;
  return status === 'in_call' || status === 'after_call_work';
}
