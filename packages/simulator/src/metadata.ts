import type { CallMetadata, Line, Participant } from '@dialer-kit/core';
import { clientIdOf } from './addresses';
import { activeParty, type Party, type SimCall } from './busState';
import type { SimulatedLine } from './settings';

/** The bus `Line` of a simulated line (without the simulator-only settings). */
export function toBusLine(line: SimulatedLine): Line {
  const { id, name, number, normalized, country_iso } = line;
  return { id, name, number, normalized, country_iso };
}

/** A SYNC participant for a far party. */
function toParticipant(party: Party): Participant {
  const userId = clientIdOf(party.address);
  return {
    ...(userId === undefined ? { external: { phoneNumber: party.address } } : { user: { id: userId } }),
    legId: party.legId,
    isHeld: party.isHeld,
    state: party.state,
  };
}

/** The `DIALER.SYNC` metadata of a simulated call, shaped by its flow (PROTOCOL.md section 5). */
export function buildMetadata(call: SimCall, agentId: number): CallMetadata {
  const me: Participant = { user: { id: agentId }, legId: call.meLegId, isHeld: false, state: 'answering' };
  const active = activeParty(call);
  const inactive = call.parties.find((party) => party !== active && party.state !== 'ended');
  const parties: Partial<CallMetadata> =
    call.flow === 'conference'
      ? { participants: call.parties.map(toParticipant) }
      : {
          ...(active ? { activeParticipant: toParticipant(active) } : {}),
          ...(inactive && call.flow !== 'coaching' ? { inactiveParticipant: toParticipant(inactive) } : {}),
        };
  return {
    id: call.id,
    callUuid: call.callUuid,
    line: toBusLine(call.line),
    from: call.from,
    to: call.to,
    canControlRecording: call.canControlRecording,
    recordingState: call.recordingState,
    direction: call.direction,
    me,
    ...parties,
    ...(call.coachee ? { coacheeParticipant: toParticipant(call.coachee) } : {}),
    ...(call.coach ? { coachParticipant: toParticipant(call.coach) } : {}),
  };
}
