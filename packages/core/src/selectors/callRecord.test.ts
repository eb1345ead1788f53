import { describe, expect, it } from 'vitest';
import { reduceDialer } from '../reduceDialer';
import type { DialerEvent } from '../reducer/types';
import { createInitialState } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { selectCallRecord } from './callRecord';

const status = (s: 'connecting' | 'connected' | 'hanging' | 'ended'): DialerEvent => ({
  type: 'DIALER.CALL_STATUS',
  payload: { status: s, flow: 'regular' },
});
const held = (isHeld: boolean): DialerEvent => ({
  type: 'DIALER.SYNC',
  payload: {
    metadata: {
      callUuid: 'CA1',
      activeParticipant: {
        legId: 'L1',
        isHeld,
        state: 'answering',
        external: { phoneNumber: '+14155550199' },
      },
    },
  },
});

/** Folds `[at, event]` pairs: the clock is the test's. */
function fold(steps: readonly (readonly [number, DialerEvent])[]): DialerState {
  return steps.reduce((state, [at, event]) => reduceDialer(state, event, at), createInitialState());
}

describe('selectCallRecord', () => {
  it('is undefined while idle with no call', () => {
    expect(selectCallRecord(createInitialState())).toBeUndefined();
  });

  it('counts a hold under way up to the end of the conversation, and ended holds in full', () => {
    const state = fold([
      [1_000, status('connecting')],
      [2_000, status('connected')],
      [3_000, held(true)],
      [5_000, held(false)],
      [8_000, held(true)],
      [10_000, status('hanging')],
      [12_000, status('ended')],
    ]);
    expect(selectCallRecord(state)).toMatchObject({
      startedAt: 1_000,
      answeredAt: 2_000,
      endedAt: 12_000,
      timeToAnswerMs: 1_000,
      talkTimeMs: 10_000,
      holdTimeMs: 2_000 + 4_000,
      afterCallWorkMs: 0,
      // `hanging` with no HANGUP of the agent's: the other party hung up.
      endCause: 'other-party',
      endedBy: 'other-party',
    });
  });

  it('has no durations yet while the call goes on, and the same object while it does not change', () => {
    const state = fold([
      [1_000, status('connecting')],
      [2_000, status('connected')],
      [3_000, held(true)],
    ]);
    const record = selectCallRecord(state);
    expect(record).toMatchObject({ talkTimeMs: undefined, holdTimeMs: 0, afterCallWorkMs: undefined });
    expect(selectCallRecord(state)).toBe(record);
  });
});
