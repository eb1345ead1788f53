import { describe, expect, it } from 'vitest';
import type { Participant } from '../protocol/entities';
import type { CallFlow, CallStatus } from '../protocol/enums';
import type { CallState } from '../state/CallState';
import { createInitialState, INITIAL_CALL } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { getControls } from './getControls';
import { selectHoldControl } from './selectHoldControl';

const answered: Participant = { legId: 'leg-a', isHeld: false, state: 'answering' };
const ringing: Participant = { legId: 'leg-r', isHeld: false, state: 'ringing' };
const left: Participant = { legId: 'leg-l', isHeld: false, state: 'ended' };

/** A ready agent in a synced call. */
function stateFor(status: CallStatus, flow: CallFlow, call: Partial<CallState> = {}): DialerState {
  return {
    ...createInitialState(),
    connection: 'ready',
    call: { ...INITIAL_CALL, status, flow, statusSince: 1, flowSince: 1, synced: true, ...call },
  };
}

const talking = { source: 'sync', legId: 'leg-1', phoneNumber: '+14155550199', isHeld: false } as const;
const conference = stateFor('initiated', 'conference', {
  metadata: { participants: [answered, ringing, left] },
});

describe('selectHoldControl', () => {
  describe('outside a conference', () => {
    const connected = stateFor('connected', 'regular', { activeParticipant: talking });

    it('is the hold control for the party talked with, named or not', () => {
      expect(selectHoldControl(connected)).toBe(getControls(connected).hold);
      expect(selectHoldControl(connected, 'leg-1')).toBe(getControls(connected).hold);
      expect(selectHoldControl(connected).enabled).toBe(true);
    });

    it('refuses another leg: only the party talked with is held there', () => {
      expect(selectHoldControl(connected, 'leg-9')).toEqual({
        enabled: false,
        pending: false,
        reason: 'no-participant',
      });
    });

    it('says why the hold control is disabled before anything about the leg', () => {
      const ringingCall = stateFor('ringing', 'regular', { activeParticipant: talking });
      expect(selectHoldControl(ringingCall, 'leg-9').reason).toBe('not-connected');
    });
  });

  describe('in a conference', () => {
    it('holds a participant who answered', () => {
      expect(selectHoldControl(conference, 'leg-a')).toBe(getControls(conference).hold);
      expect(selectHoldControl(conference, 'leg-a').enabled).toBe(true);
    });

    it('refuses a participant still ringing, one who left, and a leg it does not list', () => {
      expect(selectHoldControl(conference, 'leg-r').reason).toBe('not-connected');
      expect(selectHoldControl(conference, 'leg-l').reason).toBe('no-participant');
      expect(selectHoldControl(conference, 'leg-x').reason).toBe('no-participant');
    });

    it('has no party for a call bar’s Hold: SYNC names participants, nobody talked with', () => {
      expect(getControls(conference).hold.enabled).toBe(true);
      expect(selectHoldControl(conference)).toEqual({
        enabled: false,
        pending: false,
        reason: 'no-participant',
      });
    });

    it('makes every leg wait while a hold awaits its effect', () => {
      const holding = {
        ...conference,
        pending: { type: 'DIALER.HOLD', sentAt: 1, deadline: 10_001 },
      } satisfies DialerState;
      for (const leg of ['leg-a', 'leg-r', undefined]) {
        expect(selectHoldControl(holding, leg)).toEqual({
          enabled: false,
          pending: true,
          reason: 'operation-pending',
        });
      }
    });
  });

  it('returns the same objects for the same state', () => {
    expect(selectHoldControl(conference)).toBe(selectHoldControl(conference));
    expect(selectHoldControl(conference, 'leg-r')).toBe(selectHoldControl(conference, 'leg-r'));
  });
});
