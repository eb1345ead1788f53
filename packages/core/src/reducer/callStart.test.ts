import { describe, expect, it } from 'vitest';
import { reduceDialer } from '../reduceDialer';
import { after, ev, legs, participant } from './testing';

const ended = after([
  ev.dialing('+14155550199'),
  ev.status('connecting', 'regular'),
  ev.status('connected', 'regular'),
  ev.sync(legs(participant('CA-1', '+14155550199'))),
  { type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 7 }] },
  ev.status('hanging', 'regular'),
  ev.status('ended', 'regular'),
]);

describe('DIALER.DIALING', () => {
  it('starts a new call context and leaves the status to the bus', () => {
    const state = after([ev.dialing('+33176360695')], ended, 50_000);
    expect(state.call).toMatchObject({
      status: 'ended',
      flow: 'regular',
      dialing: { from: '+14155550123', to: '+33176360695' },
      metadata: undefined,
      synced: false,
      tags: [],
      endedAt: undefined,
      activeParticipant: { source: 'call', phoneNumber: '+33176360695', isHeld: false },
    });
  });

  it('names a teammate by id', () => {
    expect(after([ev.dialing('client:654321')]).call.activeParticipant).toEqual({
      source: 'call',
      userId: 654321,
      isHeld: false,
    });
  });

  it('clears the last failure but keeps the DIAL pending until the call has a status', () => {
    const timedOut = after([
      ev.sent('DIALER.DIAL', { to: '+1' }),
      { type: 'kit/commandTimedOut', payload: { commandType: 'DIALER.DIAL', sentAt: 1_000 } },
      ev.sent('DIALER.DIAL', { to: '+1' }),
    ]);
    expect(timedOut.pending?.type).toBe('DIALER.DIAL');
    const dialing = after([ev.dialing('+1')], timedOut);
    // Still idle: a second DIAL must stay blocked until the bus reports the call's first status.
    expect(dialing.pending?.type).toBe('DIALER.DIAL');
    expect(dialing.lastFailure).toBeUndefined();
    expect(after([ev.status('connecting', 'regular')], dialing).pending).toBeUndefined();
  });
});

describe('DIALER.INCOMING', () => {
  it('offers a new call when idle, with the caller as party', () => {
    const state = after([
      ev.incoming({ type: 'cold-transfer', from: '+14155550199', transferer: 'client:654321' }),
    ]);
    expect(state.call.incoming).toEqual({
      type: 'cold-transfer',
      callUuid: 'CA01',
      from: '+14155550199',
      to: '+14155550123',
      transferer: 'client:654321',
      offeredAt: 1_000,
      answer: 'offered',
    });
    expect(state.call.activeParticipant?.phoneNumber).toBe('+14155550199');
  });

  it('replaces the ended call', () => {
    const state = after([ev.incoming({ type: 'internal', from: 'client:654321' })], ended);
    expect(state.call).toMatchObject({
      tags: [],
      metadata: undefined,
      activeParticipant: { userId: 654321 },
    });
  });

  it('keeps an unknown type as sent (Decision 7)', () => {
    expect(after([ev.incoming({ type: 'callback' })]).call.incoming?.type).toBe('callback');
  });

  describe('during another call', () => {
    const connected = after([
      ev.incoming(),
      ev.status('accepting', 'regular'),
      ev.status('connected', 'regular'),
    ]);

    it('records only the offer', () => {
      const state = after([ev.incoming({ callUuid: 'CA02', from: '+442079460018' })], connected, 9_000);
      expect(state.call).toEqual({
        ...connected.call,
        incoming: expect.objectContaining({ callUuid: 'CA02', answer: 'offered' }),
      });
    });
  });

  describe('delivered again for the current call', () => {
    it('does not re-offer an answered call', () => {
      const accepted = after([ev.incoming(), ev.status('accepting', 'regular')]);
      expect(reduceDialer(accepted, ev.incoming(), 9_000)).toBe(accepted);
    });

    it('does not re-offer a rejected call', () => {
      const rejected = after([ev.incoming(), ev.sent('DIALER.REJECT')]);
      expect(reduceDialer(rejected, ev.incoming(), 9_000)).toBe(rejected);
    });
  });

  it('is marked rejected when REJECT is sent, without a pending command', () => {
    const state = after([ev.incoming(), ev.sent('DIALER.REJECT')]);
    expect(state.call.incoming?.answer).toBe('rejected');
    expect(state.pending).toBeUndefined();
  });
});

describe('DIALER.INCOMING with the uuid of the call held', () => {
  const accepted = after([
    ev.incoming(),
    ev.status('accepting', 'regular'),
    ev.status('connected', 'regular'),
  ]);

  it('is a repeat while the accepted call is under way', () => {
    expect(reduceDialer(accepted, ev.incoming(), 9_000)).toBe(accepted);
  });

  it('ignores a late duplicate of the offer once the accepted call ended', () => {
    const ended = after([ev.status('hanging', 'regular'), ev.status('ended', 'regular')], accepted);
    expect(after([ev.incoming()], ended, 20_000)).toBe(ended);
  });

  it('offers the call again once it ended when it comes back with another type (a rollback)', () => {
    const ended = after([ev.status('hanging', 'regular'), ev.status('ended', 'regular')], accepted);
    const state = after([ev.incoming({ type: 'rollback-transfer' })], ended, 20_000);
    expect(state.call.incoming).toMatchObject({
      type: 'rollback-transfer',
      answer: 'offered',
      offeredAt: 20_000,
    });
  });

  it('ignores a same-type duplicate in mandatory tagging but offers a call of another type', () => {
    const tagging = after(
      [ev.status('hanging', 'regular'), ev.status('mandatoryTagging', 'regular')],
      accepted,
    );
    expect(after([ev.incoming()], tagging, 20_000)).toBe(tagging);
    const state = after([ev.incoming({ type: 'rollback-transfer' })], tagging, 20_000);
    expect(state.call.incoming).toMatchObject({ type: 'rollback-transfer', answer: 'offered' });
  });
});
