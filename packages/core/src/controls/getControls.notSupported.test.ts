import { describe, expect, it } from 'vitest';
import type { BusCommandType } from '../protocol/commands';
import { createInitialState, INITIAL_CALL } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { getControls } from './getControls';

/** A ready agent in a connected call, recording allowed or not, with some commands turned off. */
function connected(
  disabledCommands: readonly BusCommandType[],
  canControlRecording: boolean | 'absent' = true,
): DialerState {
  return {
    ...createInitialState({ disabledCommands }),
    connection: 'ready',
    call: {
      ...INITIAL_CALL,
      status: 'connected',
      flow: 'regular',
      synced: true,
      metadata: {
        callUuid: 'CA00000000000000000000000000000001',
        ...(canControlRecording === 'absent' ? {} : { canControlRecording }),
      },
      activeParticipant: { source: 'sync', legId: 'leg-1', phoneNumber: '+14155550199', isHeld: false },
    },
  };
}

describe('a control whose command the host turned off', () => {
  it('is disabled as not-supported, the other controls unchanged', () => {
    const controls = getControls(connected(['DIALER.MUTE', 'DIALER.SET_RECORDING']));
    expect(controls.mute).toEqual({ enabled: false, pending: false, reason: 'not-supported' });
    expect(controls.record).toEqual({ enabled: false, pending: false, reason: 'not-supported' });
    expect(controls.hold.enabled).toBe(true);
    expect(controls.hangUp.enabled).toBe(true);
  });

  it('says not-supported rather than a passing reason such as not-ready', () => {
    const state = { ...connected(['DIALER.SET_RECORDING']), connection: 'reconnecting' as const };
    expect(getControls(state).record.reason).toBe('not-supported');
    expect(getControls(state).mute.reason).toBe('not-ready');
  });
});

describe('the recording control, when its command is on', () => {
  it.each([
    [true, undefined],
    [false, 'recording-not-allowed'],
    ['absent', 'recording-not-allowed'],
  ] as const)('with canControlRecording %s reports %s', (canControlRecording, reason) => {
    expect(getControls(connected([], canControlRecording)).record.reason).toBe(reason);
  });
});
