import { describe, expect, it } from 'vitest';
import { after, CUSTOMER, ev, legs, participant } from '../reducer/testing';
import { createInitialState } from '../state/createInitialState';
import { selectCallIndicators } from './callIndicators';

const connected = after([
  ev.dialing(CUSTOMER),
  ev.status('connecting', 'regular'),
  ev.status('connected', 'regular'),
]);
const none = { held: false, heldSince: undefined, muted: false, recording: 'idle' };

describe('selectCallIndicators', () => {
  it('shows nothing without a live call', () => {
    expect(selectCallIndicators(createInitialState())).toEqual(none);
    expect(selectCallIndicators(after([ev.dialing(CUSTOMER), ev.status('connecting', 'regular')]))).toEqual(
      none,
    );
  });

  it('shows a held, muted and recorded call, with when the hold began', () => {
    const state = after(
      [
        ev.sent('DIALER.MUTE', { shouldMute: true }),
        ev.sync({ ...legs(participant('leg-c', CUSTOMER, true)), recordingState: 'recording' }),
      ],
      connected,
      30_000,
    );
    expect(selectCallIndicators(state)).toEqual({
      held: true,
      heldSince: 31_000,
      muted: true,
      recording: 'recording',
    });
  });

  it('shows a paused recording, and nothing once the call has ended', () => {
    const paused = after(
      [ev.sync({ ...legs(participant('leg-c', CUSTOMER)), recordingState: 'paused' })],
      connected,
    );
    expect(selectCallIndicators(paused)).toEqual({ ...none, recording: 'paused' });
    expect(selectCallIndicators(after([ev.status('ended', 'regular')], paused))).toEqual(none);
  });
});
