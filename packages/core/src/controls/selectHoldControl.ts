import type { CallState } from '../state/CallState';
import type { DialerState } from '../state/DialerState';
import { isInConference } from './callPredicates';
import { controlState, getControls } from './getControls';
import type { ControlReason, ControlState } from './types';

/** Why leg `legId` (else the party talked with) cannot be held now, once the `hold` control allows a hold. */
function holdRefusal(call: CallState, legId: string | undefined): ControlReason | undefined {
  const talkedWith = call.activeParticipant?.legId;
  const target = legId ?? talkedWith;
  if (target === undefined) return 'no-participant';
  const participant = isInConference(call)
    ? call.metadata?.participants?.find((p) => p.legId === target)
    : undefined;
  if (participant === undefined) return target === talkedWith ? undefined : 'no-participant';
  if (participant.state === 'answering') return undefined;
  return participant.state === 'ringing' ? 'not-connected' : 'no-participant';
}

/**
 * The hold control for one leg: `legId`, or without one the party the agent talks with (what a call bar's
 * Hold holds). It is the `hold` control, except for a leg that cannot be held now: a conference participant
 * still ringing (`not-connected`) or gone (`no-participant`); outside a conference, any leg but the party
 * talked with (`no-participant`); and no leg at all when none is given and nobody is talked with, as in a
 * conference, which names its participants and no one party (`no-participant`). The same shared objects as
 * `getControls`, so a selector of it does not re-render while nothing changes.
 * @example selectHoldControl(store.getState(), 'leg-2').enabled
 */
export function selectHoldControl(state: DialerState, legId?: string): ControlState {
  const control = getControls(state).hold;
  if (!control.enabled) return control;
  const reason = holdRefusal(state.call, legId);
  return reason === undefined ? control : controlState(reason, control.pending);
}
