import { describe, expect, it } from 'vitest';
import { reduceDialer } from '../reduceDialer';
import type { DialerState } from '../state/DialerState';
import { after, ev, legs, participant } from './testing';
import type { DialerEvent } from './types';

/** Applies an event stamped with its own arrival time. */
const apply = (state: DialerState, { event, at }: { event: DialerEvent; at: number }): DialerState =>
  reduceDialer(state, event, at);

const dialed = after([
  ev.dialing('+14155550199'),
  ev.status('connecting', 'regular'),
  ev.status('ringing', 'regular'),
]);
const first = legs({ ...participant('CA-1', '+14155550199'), state: 'ringing' });

describe('DIALER.SYNC', () => {
  it('takes the parties from SYNC from then on', () => {
    expect(dialed.call.activeParticipant?.source).toBe('call');
    const state = after([ev.sync(first)], dialed);
    expect(state.call).toMatchObject({
      synced: true,
      metadata: first,
      activeParticipant: {
        source: 'sync',
        legId: 'CA-1',
        phoneNumber: '+14155550199',
        isHeld: false,
        state: 'ringing',
      },
      inactiveParticipant: undefined,
    });
  });

  it('reads a teammate party by user id', () => {
    const state = after(
      [ev.sync(legs(participant('CA-2', 654321), participant('CA-1', '+1', true)))],
      dialed,
    );
    expect(state.call.activeParticipant).toEqual({
      source: 'sync',
      legId: 'CA-2',
      userId: 654321,
      isHeld: false,
      state: 'answering',
    });
    expect(state.call.inactiveParticipant).toMatchObject({ legId: 'CA-1', isHeld: true });
  });

  it('never changes the status', () => {
    expect(after([ev.sync(first)], dialed).call.status).toBe('ringing');
  });

  it('returns the same object for deep-equal metadata', () => {
    const synced = after([ev.sync(first)], dialed);
    expect(reduceDialer(synced, ev.sync(structuredClone(first)), 99_000)).toBe(synced);
  });

  it('keeps bringing call details while ended', () => {
    const ended = after(
      [ev.sync(first), ev.status('hanging', 'regular'), ev.status('ended', 'regular')],
      dialed,
    );
    const state = after([ev.sync({ ...first, recordingState: 'idle', id: 17 })], ended);
    expect(state.call.metadata?.id).toBe(17);
  });

  it('settles a pending hold, not a pending hang-up', () => {
    const synced = after([ev.sync(first)], dialed);
    const holding = after([ev.sent('DIALER.HOLD', { shouldHold: true, legId: 'CA-1' })], synced);
    expect(
      after([ev.sync(legs(participant('CA-1', '+14155550199', true)))], holding).pending,
    ).toBeUndefined();
    const hangingUp = after([ev.sent('DIALER.HANGUP')], synced);
    expect(after([ev.sync(legs(participant('CA-1', '+14155550199', true)))], hangingUp).pending?.type).toBe(
      'DIALER.HANGUP',
    );
  });

  describe('for the next call while the last one is ended, its DIALING lost (Decision 4)', () => {
    const ended = after(
      [
        ev.sync(first),
        ev.status('hanging', 'regular'),
        ev.status('ended', 'regular'),
        ev.sent('DIALER.DIAL'),
      ],
      dialed,
    );
    const nextCall = ev.sync({ ...legs(participant('CA-2', '+33176360695')), callUuid: 'CA02' });

    it('keeps the details of the new call whether its SYNC or its connecting comes first', () => {
      // Each keeps its own arrival time, whatever the order.
      const sync = { event: nextCall, at: 20_500 };
      const connecting = { event: ev.status('connecting', 'regular'), at: 21_000 };
      const syncFirst = apply(apply(ended, sync), connecting);
      const connectingFirst = apply(apply(ended, connecting), sync);
      expect(connectingFirst.call).toMatchObject({
        status: 'connecting',
        endedAt: undefined,
        metadata: { callUuid: 'CA02' },
        activeParticipant: { legId: 'CA-2', phoneNumber: '+33176360695' },
      });
      expect(syncFirst).toEqual(connectingFirst);
    });

    it('still takes a late SYNC of the ended call as its details', () => {
      const late = ev.sync({ ...first, id: 17 });
      const state = reduceDialer(ended, late, 20_500);
      expect(state.call).toMatchObject({ status: 'ended', endedAt: 3_000, metadata: { id: 17 } });
    });
  });

  describe('for the call that just went idle (Decision 4)', () => {
    const joined = after([
      ev.sent('DIALER.JOIN_COACHING'),
      ev.status('startingCoaching', 'regular'),
      ev.status('joining', 'coaching'),
      ev.status('joined', 'coaching'),
    ]);
    const coachSync = ev.sync({ callUuid: 'CA07', direction: 'incoming' });

    it('ends in the same state whether it comes before or after idle', () => {
      // Each keeps its own arrival time, whatever the order.
      const sync = { event: coachSync, at: 20_500 };
      const idle = { event: ev.status('idle'), at: 21_000 };
      const syncFirst = apply(apply(joined, sync), idle);
      const idleFirst = apply(apply(joined, idle), sync);
      expect(idleFirst.call).toMatchObject({ status: 'idle', metadata: undefined, synced: false });
      expect(idleFirst).toEqual(syncFirst);
    });

    it('is ignored once the call is idle, keeping the same object', () => {
      const idle = after([coachSync, ev.status('idle')], joined, 20_000);
      expect(reduceDialer(idle, coachSync, 30_000)).toBe(idle);
    });

    it('still keeps the SYNC of another call while idle', () => {
      const idle = after([coachSync, ev.status('idle')], joined, 20_000);
      const next = ev.sync({ callUuid: 'CA08', direction: 'outgoing' });
      expect(after([next], idle, 30_000).call.metadata?.callUuid).toBe('CA08');
    });

    describe('when the ended call never named its uuid', () => {
      // Went idle at 20_000 with no SYNC: the ended call's uuid is unknown.
      const idle = after([ev.status('idle')], joined, 20_000);

      it('takes a SYNC arriving just after idle for that call, and learns its uuid', () => {
        const state = reduceDialer(idle, coachSync, 20_000 + idle.config.swapConfirmMs);
        expect(state.call).toMatchObject({ metadata: undefined, lastEndedCall: { callUuid: 'CA07' } });
      });

      it('keeps a SYNC arriving later as a new call, learning nothing from it', () => {
        const next = ev.sync({ callUuid: 'CA08', direction: 'outgoing' });
        const state = reduceDialer(idle, next, 20_001 + idle.config.swapConfirmMs);
        expect(state.call.metadata?.callUuid).toBe('CA08');
        expect(state.call.lastEndedCall).toEqual({});
      });

      it('keeps the new call after a long idle, even when its SYNC repeats', () => {
        const next = ev.sync({ callUuid: 'CA08', direction: 'outgoing' });
        const first = reduceDialer(idle, next, 600_000);
        const second = reduceDialer(first, next, 601_000);
        expect(second.call.metadata?.callUuid).toBe('CA08');
      });
    });
  });
});
