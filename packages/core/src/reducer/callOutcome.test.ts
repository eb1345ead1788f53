import { describe, expect, it } from 'vitest';
import type { CallMetadata } from '../protocol/entities';
import { reduceDialer } from '../reduceDialer';
import { checkInvariants } from '../state/invariants';
import { after, CUSTOMER, ev, legs, participant, replay, TRANSFEREE } from './testing';

const ringing = after([
  ev.dialing(CUSTOMER),
  ev.status('connecting', 'regular'),
  ev.status('ringing', 'regular'),
]);
const talking = legs(participant('leg-c', CUSTOMER));
const connected = after([ev.status('connected', 'regular'), ev.sync(talking)], ringing);
const heldMeta = legs(participant('leg-c', CUSTOMER, true));
const hangUpSent = ev.sent('DIALER.HANGUP');

describe('a HOLD settled by the SYNC after it', () => {
  const holdSent = ev.sent('DIALER.HOLD', { shouldHold: true, legId: 'leg-c' });

  it('is a success when the SYNC shows the party held', () => {
    const state = after([holdSent, ev.sync(heldMeta)], connected);
    expect(state.pending).toBeUndefined();
    expect(state.lastFailure).toBeUndefined();
  });

  it('failed when the SYNC still shows the party talking', () => {
    const state = after([holdSent, ev.sync({ ...talking, recordingState: 'recording' })], connected, 50_000);
    expect(state.pending).toBeUndefined();
    expect(state.lastFailure).toEqual({ operation: 'hold', reason: 'reverted', at: 51_000 });
  });

  it('failed to resume when the SYNC still shows the party held', () => {
    const held = after([holdSent, ev.sync(heldMeta)], connected);
    const resumeSent = ev.sent('DIALER.HOLD', { shouldHold: false, legId: 'leg-c' });
    const state = after([resumeSent, ev.sync({ ...heldMeta, recordingState: 'recording' })], held);
    expect(state.lastFailure).toMatchObject({ operation: 'hold', reason: 'reverted' });
  });

  it('gives no verdict when the SYNC no longer lists the leg', () => {
    const state = after([holdSent, ev.sync(legs(participant('leg-x', TRANSFEREE)))], connected);
    expect(state.pending).toBeUndefined();
    expect(state.lastFailure).toBeUndefined();
  });

  it('judges a held conference participant by its entry in the participants', () => {
    const meta = (isHeld: boolean): CallMetadata => ({
      ...talking,
      participants: [participant('leg-t', TRANSFEREE, isHeld)],
    });
    const base = after([ev.sync(meta(false))], connected);
    const sent = ev.sent('DIALER.HOLD', { shouldHold: true, legId: 'leg-t' });
    expect(after([sent, ev.sync(meta(true))], base).lastFailure).toBeUndefined();
    expect(
      after([sent, ev.sync({ ...meta(false), recordingState: 'paused' })], base).lastFailure,
    ).toMatchObject({ operation: 'hold' });
  });
});

describe('a SET_RECORDING settled by the SYNC after it', () => {
  const record = (shouldRecord: boolean) => ev.sent('DIALER.SET_RECORDING', { shouldRecord });
  const recording = (recordingState: NonNullable<CallMetadata['recordingState']>) =>
    ev.sync({ ...talking, recordingState });

  it('is a success when the SYNC shows the recording as asked', () => {
    expect(after([record(true), recording('recording')], connected).lastFailure).toBeUndefined();
    expect(after([record(false), recording('paused')], connected).lastFailure).toBeUndefined();
  });

  it('failed when the SYNC shows the recording unchanged', () => {
    const started = after([record(true), recording('idle')], connected);
    expect(started.lastFailure).toMatchObject({ operation: 'record', reason: 'reverted' });
    const recorded = after([recording('recording')], connected);
    const paused = after([record(false), recording('recording')], recorded);
    expect(paused.lastFailure).toMatchObject({ operation: 'record', reason: 'reverted' });
  });
});

describe('a MUTE that could not be sent', () => {
  it('is reported as a failed mute', () => {
    const state = after(
      [
        ev.sent('DIALER.MUTE', { shouldMute: true }),
        {
          type: 'kit/commandNotSent',
          payload: { commandType: 'DIALER.MUTE', sentAt: 1_000, reason: 'gone', wasMuted: false },
        },
      ],
      connected,
    );
    expect(state.call.muted).toBe(false);
    expect(state.lastFailure).toMatchObject({ operation: 'mute', reason: 'not-sent' });
  });
});

describe('call.heldSince', () => {
  it('starts with the SYNC that shows the party held and goes when it is talked with again', () => {
    const [held, stillHeld, resumed] = replay(
      [ev.sync(heldMeta), ev.sync({ ...heldMeta, recordingState: 'recording' }), ev.sync(talking)],
      connected,
      40_000,
    );
    expect(held?.call.heldSince).toBe(40_000);
    expect(stillHeld?.call.heldSince).toBe(40_000);
    expect(resumed?.call.heldSince).toBeUndefined();
    expect(resumed && checkInvariants(resumed)).toEqual([]);
  });

  it('restarts when another party is the one held', () => {
    const held = after([ev.sync(heldMeta)], connected, 40_000);
    const other = after([ev.sync(legs(participant('leg-t', TRANSFEREE, true)))], held, 60_000);
    expect(other.call.heldSince).toBe(60_000);
  });

  it('goes with the call context', () => {
    const held = after([ev.sync(heldMeta)], connected);
    expect(after([ev.status('ended', 'regular'), ev.status('idle')], held).call.heldSince).toBeUndefined();
  });
});

describe('call.ending', () => {
  it('records an end the agent asked for', () => {
    const state = after(
      [hangUpSent, ev.status('hanging', 'regular'), ev.status('ended', 'regular')],
      connected,
    );
    expect(state.call.ending).toEqual({ from: 'hanging', byAgent: true });
  });

  it('records a hang-up of the other party', () => {
    const state = after(
      [ev.status('hanging', 'regular'), ev.status('mandatoryTagging', 'regular')],
      connected,
    );
    expect(state.call.ending).toEqual({ from: 'hanging', byAgent: false });
    expect(after([ev.status('ended', 'regular')], state).call.ending).toBe(state.call.ending);
  });

  it('records a call that dropped straight to ended', () => {
    expect(after([ev.status('ended', 'regular')], connected).call.ending).toEqual({
      from: 'connected',
      byAgent: false,
    });
  });

  it('records a dial that ended before ringing', () => {
    const state = after([
      ev.dialing(CUSTOMER),
      ev.status('connecting', 'regular'),
      ev.status('ended', 'regular'),
    ]);
    expect(state.call.ending).toEqual({ from: 'connecting', byAgent: false });
  });

  it('records a rejected offer as the agent\u2019s end', () => {
    const state = after([ev.incoming(), ev.sent('DIALER.REJECT'), ev.status('ended', 'regular')]);
    expect(state.call.ending).toEqual({ from: 'idle', byAgent: true });
  });

  it('goes with the call context, and keeps the state consistent', () => {
    const ended = after([ev.status('ended', 'regular')], connected);
    expect(checkInvariants(ended)).toEqual([]);
    expect(after([ev.status('idle')], ended).call.ending).toBeUndefined();
    expect(after([ev.dialing(TRANSFEREE)], ended).call.ending).toBeUndefined();
  });
});

describe('call.legEnded', () => {
  const transferRinging = after(
    [
      ev.sent('DIALER.START_WARM_TRANSFER', { to: TRANSFEREE }),
      ev.status('startingWarmTransfer', 'regular'),
      ev.status('ringing', 'warmTransfer'),
    ],
    connected,
  );

  it('records a transferee who declined or did not answer', () => {
    const [hanging, back] = replay(
      [ev.status('hanging', 'warmTransfer'), ev.status('connected', 'regular')],
      transferRinging,
      30_000,
    );
    const leg = { flow: 'warmTransfer', answered: false, byAgent: false, to: TRANSFEREE, at: 30_000 };
    expect(hanging?.call.legEnded).toEqual(leg);
    expect(back?.call.legEnded).toEqual(leg);
    expect(back?.call.transferTo).toBeUndefined();
  });

  it('records a transfer leg that returned to the call without hanging', () => {
    const back = after([ev.status('connected', 'regular')], transferRinging, 30_000);
    expect(back.call.legEnded).toMatchObject({ flow: 'warmTransfer', answered: false, byAgent: false });
  });

  it('records a transferee who answered and then left, and a leg the agent hung up', () => {
    const answered = after([ev.status('connected', 'warmTransfer')], transferRinging);
    expect(after([ev.status('hanging', 'warmTransfer')], answered).call.legEnded).toMatchObject({
      answered: true,
      byAgent: false,
    });
    expect(after([hangUpSent, ev.status('hanging', 'warmTransfer')], answered).call.legEnded).toMatchObject({
      answered: true,
      byAgent: true,
    });
  });

  it('is not a leg end when the transfer merges or the call ends', () => {
    const answered = after([ev.status('connected', 'warmTransfer')], transferRinging);
    expect(
      after([ev.status('merging', 'warmTransfer'), ev.status('ended', 'regular')], answered).call.legEnded,
    ).toBeUndefined();
    expect(after([ev.status('ended', 'regular')], answered).call.legEnded).toBeUndefined();
  });

  it('is forgotten when the agent starts another transfer', () => {
    const declined = after(
      [ev.status('hanging', 'warmTransfer'), ev.status('connected', 'regular')],
      transferRinging,
    );
    const again = after([ev.sent('DIALER.START_WARM_TRANSFER', { to: TRANSFEREE })], declined);
    expect(again.call.legEnded).toBeUndefined();
  });

  it('records a second call whose callee did not answer (unnamed: the kit does not keep whom it calls)', () => {
    const second = after(
      [
        ev.sent('DIALER.START_CONCURRENT_CALL', { to: TRANSFEREE }),
        ev.status('startingConcurrent', 'regular'),
        ev.status('ringing', 'concurrent'),
        ev.sync(legs(participant('leg-t', TRANSFEREE), participant('leg-c', CUSTOMER, true))),
        ev.status('hanging', 'concurrent'),
      ],
      connected,
    );
    expect(second.call.legEnded).toEqual({ flow: 'concurrent', answered: false, byAgent: false, at: 5_000 });
  });
});

it('changes nothing for a repeated SYNC of a held party (same state object)', () => {
  const held = after([ev.sync(heldMeta)], connected);
  expect(reduceDialer(held, ev.sync(structuredClone(heldMeta)), 99_000)).toBe(held);
});
