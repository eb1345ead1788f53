import { describe, expect, it } from 'vitest';
import { after, CUSTOMER, ev, legs, participant, TRANSFEREE } from '../reducer/testing';
import { createInitialState } from '../state/createInitialState';
import { selectCallSummary } from './callSummary';

const connected = after([
  ev.dialing(CUSTOMER),
  ev.status('connecting', 'regular'),
  ev.status('connected', 'regular'),
]);

describe('selectCallSummary', () => {
  it('names nobody while idle', () => {
    expect(selectCallSummary(createInitialState())).toEqual({
      phase: 'idle',
      aboutOffer: false,
      dialing: false,
      party: undefined,
    });
  });

  describe('with a call offered', () => {
    it('is about the offer while no call is up, naming its caller as sent', () => {
      const offered = after([ev.incoming({ from: 'client:7' })]);
      expect(selectCallSummary(offered)).toMatchObject({
        phase: 'idle',
        aboutOffer: true,
        party: { kind: 'address', address: 'client:7' },
      });
      const afterACall = after([ev.status('ended', 'regular'), ev.incoming()], connected);
      expect(selectCallSummary(afterACall)).toMatchObject({ phase: 'ended', aboutOffer: true });
    });

    it('stays about the current call when the offer comes during it', () => {
      const summary = selectCallSummary(after([ev.incoming({ callUuid: 'CA02' })], connected));
      expect(summary).toMatchObject({ phase: 'live', aboutOffer: false });
      expect(summary.party).toMatchObject({ kind: 'party', party: { phoneNumber: CUSTOMER } });
    });
  });

  describe('while a DIAL is on its way', () => {
    const sent = after([ev.sent('DIALER.DIAL')]);

    it('is dialling, naming nobody until the bus says whom', () => {
      expect(selectCallSummary(sent)).toMatchObject({ phase: 'idle', dialing: true, party: undefined });
    });

    it('names the callee as the DIALING sent it', () => {
      expect(selectCallSummary(after([ev.dialing('client:12')], sent))).toMatchObject({
        dialing: true,
        party: { kind: 'address', address: 'client:12' },
      });
    });

    it('is the call itself from its first status', () => {
      const connecting = after([ev.dialing(CUSTOMER), ev.status('connecting', 'regular')], sent);
      const summary = selectCallSummary(connecting);
      expect(summary).toMatchObject({ phase: 'setup', dialing: false });
      expect(summary.party).toMatchObject({ kind: 'party', party: { phoneNumber: CUSTOMER } });
    });

    it('gives way to an offer that arrives meanwhile', () => {
      expect(selectCallSummary(after([ev.incoming()], sent))).toMatchObject({
        aboutOffer: true,
        dialing: false,
      });
    });
  });

  describe('during a warm transfer', () => {
    const started = after(
      [
        ev.sent('DIALER.START_WARM_TRANSFER', { to: TRANSFEREE }),
        ev.status('startingWarmTransfer', 'regular'),
      ],
      connected,
    );

    it('names the customer while the transfer starts, as the call bar always did', () => {
      expect(selectCallSummary(started).party).toMatchObject({ party: { phoneNumber: CUSTOMER } });
    });

    it('names the transfer target while it rings and until a SYNC names the parties', () => {
      const ringing = after([ev.status('ringing', 'warmTransfer')], started);
      expect(selectCallSummary(ringing)).toMatchObject({
        phase: 'live',
        party: { kind: 'address', address: TRANSFEREE },
      });
      const answered = after([ev.status('connected', 'warmTransfer')], ringing);
      expect(selectCallSummary(answered).party).toEqual({ kind: 'address', address: TRANSFEREE });
      const synced = after(
        [ev.sync(legs(participant('leg-t', TRANSFEREE), participant('leg-c', CUSTOMER, true)))],
        answered,
      );
      expect(selectCallSummary(synced).party).toMatchObject({ party: { phoneNumber: TRANSFEREE } });
    });
  });

  it('names nobody on a second call until a SYNC names the held party', () => {
    const second = after(
      [ev.status('startingConcurrent', 'regular'), ev.status('ringing', 'concurrent')],
      connected,
    );
    expect(selectCallSummary(second).party).toBeUndefined();
    const synced = after(
      [ev.sync(legs(participant('leg-2', '+442079460000'), participant('leg-c', CUSTOMER, true)))],
      second,
    );
    expect(selectCallSummary(synced).party).toMatchObject({ party: { phoneNumber: '+442079460000' } });
  });

  it('keeps naming the call party once the call ended', () => {
    const ended = after([ev.status('hanging', 'regular'), ev.status('ended', 'regular')], connected);
    expect(selectCallSummary(ended)).toMatchObject({
      phase: 'ended',
      party: { kind: 'party', party: { phoneNumber: CUSTOMER } },
    });
  });

  it('gives the same object for a state that changes nothing it reads', () => {
    const first = selectCallSummary(connected);
    const unrelated = after([{ type: 'USER.AVAILABILITY_CHANGED', payload: availability() }], connected);
    expect(unrelated).not.toBe(connected);
    expect(selectCallSummary(unrelated)).toBe(first);
    expect(selectCallSummary(after([ev.status('hanging', 'regular')], connected))).not.toBe(first);
  });
});

function availability() {
  return { userId: 1, status: 'in_call', updatedAt: 5 } as const;
}
