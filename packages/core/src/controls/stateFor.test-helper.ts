import type { CallFlow, CallStatus } from '../protocol/enums';
import type { CallState } from '../state/CallState';
import { createInitialState, INITIAL_CALL } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';

/**
 * Test-only: a ready agent in a call with everything a control may need (recording allowed, legs, a
 * participant); `call` overrides any of it.
 */
export function stateFor(
  status: CallStatus,
  flow: CallFlow | undefined,
  call: Partial<CallState> = {},
): DialerState {
  return {
    ...createInitialState(),
    connection: 'ready',
    lines: [{ id: 1, number: '+33 1 00 00 00 00', normalized: '+33100000000' }],
    call: {
      ...INITIAL_CALL,
      status,
      flow,
      synced: true,
      metadata: {
        callUuid: 'CA00000000000000000000000000000001',
        canControlRecording: true,
        participants: [{ legId: 'leg-2', isHeld: false, state: 'answering' }],
      },
      activeParticipant: { source: 'sync', legId: 'leg-1', phoneNumber: '+14155550199', isHeld: false },
      ...call,
    },
  };
}
