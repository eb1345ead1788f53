import { describe, expect, it } from 'vitest';
import type { CallMetadata } from '../protocol/entities';
import { after, CUSTOMER, ev, legs, participant } from '../reducer/testing';
import { createInitialState } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { selectCoaching } from './selectCoaching';

const READY: DialerState = {
  ...createInitialState(),
  connection: 'ready',
  lines: [{ id: 1, number: '+1 415-555-0123', normalized: '+14155550123' }],
};
const supervisor = participant('leg-s', 777);
const withCoach = (): CallMetadata => ({
  ...legs(participant('leg-c', CUSTOMER)),
  coachParticipant: supervisor,
});
const connected = [ev.status('connected', 'regular'), ev.sync(legs(participant('leg-c', CUSTOMER)))];
const joinSent = [ev.sent('DIALER.JOIN_COACHING')];
const joined = [
  ...joinSent,
  ev.status('startingCoaching', 'regular'),
  ev.status('joining', 'coaching'),
  ev.status('joined', 'coaching'),
  ev.sync({ ...legs(participant('leg-c', CUSTOMER)), coacheeParticipant: participant('leg-t', 654) }),
];
const view = (events: Parameters<typeof after>[0]) => selectCoaching(after(events, READY));

describe('selectCoaching', () => {
  it('has no role while idle, and a coach may join from there', () => {
    expect(selectCoaching(READY)).toMatchObject({
      role: 'none',
      joining: false,
      joinCoachingControl: { enabled: true },
    });
  });

  it('says why joining is not possible during a call', () => {
    expect(view(connected).joinCoachingControl).toMatchObject({ enabled: false, reason: 'call-in-progress' });
  });

  it('is the coach, joining, from the JOIN sent until joined', () => {
    expect(view(joinSent)).toMatchObject({ role: 'coach', joining: true, status: 'idle' });
    expect(view(joined.slice(0, 2))).toMatchObject({
      role: 'coach',
      joining: true,
      status: 'startingCoaching',
    });
    expect(view(joined.slice(0, 3))).toMatchObject({ role: 'coach', joining: true, status: 'joining' });
  });

  it('once joined, names the coached teammate and the customer', () => {
    const state = view(joined);
    expect(state).toMatchObject({ role: 'coach', joining: false, status: 'joined', coach: undefined });
    expect(state.coachee).toMatchObject({ userId: 654 });
    expect(state.customer).toMatchObject({ phoneNumber: CUSTOMER });
  });

  it('has no role once the coach leaves (idle)', () => {
    expect(view([...joined, ev.status('hanging', 'coaching')])).toMatchObject({
      role: 'coach',
      status: 'hanging',
    });
    expect(view([...joined, ev.status('hanging', 'coaching'), ev.status('idle')])).toMatchObject({
      role: 'none',
      coachee: undefined,
    });
  });

  it('reports a join that reverted to idle', () => {
    const state = view([...joinSent, ev.status('startingCoaching', 'regular'), ev.status('idle')]);
    expect(state).toMatchObject({
      role: 'none',
      failure: { operation: 'joinCoaching', reason: 'reverted' },
    });
  });

  describe('on the agent’s own call', () => {
    it('is coached while a supervisor is on the call, with who it is', () => {
      const state = view([...connected, ev.sync(withCoach())]);
      expect(state).toMatchObject({ role: 'coached', coachee: undefined });
      expect(state.coach).toMatchObject({ userId: 777 });
    });

    it('is no longer coached once the supervisor leaves, or the call ends', () => {
      expect(
        view([...connected, ev.sync(withCoach()), ev.sync(legs(participant('leg-c', CUSTOMER)))]).role,
      ).toBe('none');
      expect(
        view([
          ...connected,
          ev.sync(withCoach()),
          ev.status('hanging', 'regular'),
          ev.status('ended', 'regular'),
        ]),
      ).toMatchObject({ role: 'none', coach: undefined });
    });

    it('keeps the same coach object while the SYNC is unchanged', () => {
      const first = after([...connected, ev.sync(withCoach())], READY);
      const again = after([ev.sync(withCoach()), ev.status('connected', 'regular')], first);
      expect(selectCoaching(again).coach).toBe(selectCoaching(first).coach);
    });
  });
});
