import { describe, expect, it } from 'vitest';
import { reduceDialer } from '../reduceDialer';
import type { DialerState } from '../state/DialerState';
import { after, ev, legs, participant, replay } from './testing';

const customer = participant('CA-customer', '+14155550199');
const teammate = participant('CA-teammate', 654321);
const connected = after([
  ev.incoming(),
  ev.status('accepting', 'regular'),
  ev.status('connected', 'regular'),
  ev.sync(legs(customer)),
]);
const inWarmTransfer = after(
  [
    ev.status('startingWarmTransfer', 'regular'),
    ev.status('ringing', 'warmTransfer'),
    ev.status('connected', 'warmTransfer'),
    ev.sync(legs(teammate, { ...customer, isHeld: true })),
  ],
  connected,
  10_000,
);
const exchanged = ev.sync(legs({ ...customer, isHeld: false }, { ...teammate, isHeld: true }));
const notExchanged = ev.sync(legs(teammate, { ...customer, isHeld: true }));
const failure = (state: DialerState | undefined) =>
  state?.lastFailure && `${state.lastFailure.operation}:${state.lastFailure.reason}`;

describe('reverts (Decision 5)', () => {
  it('reports a warm transfer that went back to connected as failed', () => {
    const [starting, reverted] = replay(
      [ev.status('startingWarmTransfer', 'regular'), ev.status('connected', 'regular')],
      connected,
      20_000,
    );
    expect(starting?.call.transition).toEqual({
      operation: 'startWarmTransfer',
      fromStatus: 'connected',
      fromFlow: 'regular',
    });
    expect(reverted?.call.transition).toBeUndefined();
    expect(reverted?.lastFailure).toEqual({ operation: 'startWarmTransfer', reason: 'reverted', at: 21_000 });
    expect(reverted?.diagnostics.items.at(-1)?.code).toBe('operation-failed');
  });

  it('does not report a transfer that progressed', () => {
    expect(inWarmTransfer.lastFailure).toBeUndefined();
    expect(inWarmTransfer.call.transition).toBeUndefined();
  });

  it('reports a conference whose invitee did not answer', () => {
    const state = after(
      [
        ev.status('startingConference', 'regular'),
        ev.status('initiating', 'conference'),
        ev.status('connected', 'regular'),
      ],
      connected,
    );
    expect(failure(state)).toBe('invite:reverted');
  });

  it('does not report a conference dropping below three parties', () => {
    const state = after(
      [
        ev.status('startingConference', 'regular'),
        ev.status('initiating', 'conference'),
        ev.status('initiated', 'conference'),
        ev.status('connected', 'regular'),
      ],
      connected,
    );
    expect(state.lastFailure).toBeUndefined();
  });

  it('reports a coaching join that fell back to idle', () => {
    expect(failure(after([ev.status('startingCoaching', 'regular'), ev.status('idle')]))).toBe(
      'joinCoaching:reverted',
    );
  });

  it('forgets the failure when the operation is tried again', () => {
    const reverted = after(
      [ev.status('startingConcurrent', 'regular'), ev.status('connected', 'regular')],
      connected,
    );
    expect(failure(reverted)).toBe('startConcurrent:reverted');
    expect(
      after([ev.sent('DIALER.HOLD', { shouldHold: true, legId: 'x' })], reverted).lastFailure,
    ).toBeDefined();
    expect(
      after([ev.sent('DIALER.START_CONCURRENT_CALL', { to: '+3317' })], reverted).lastFailure,
    ).toBeUndefined();
  });
});

describe('a swap', () => {
  const swapped = after(
    [ev.status('swapping', 'warmTransfer'), ev.status('connected', 'warmTransfer')],
    inWarmTransfer,
    30_000,
  );

  it('starts no check when a swap in another flow returns to swapping', () => {
    const state = after(
      [
        ev.status('swapping', 'warmTransfer'),
        ev.status('swapping', 'concurrent'),
        ev.status('swapping', 'warmTransfer'),
      ],
      inWarmTransfer,
      30_000,
    );
    expect(state.call.swapCheck).toBeUndefined();
    expect(state.call.transition?.operation).toBe('swap');
  });

  it('waits for the next SYNC after returning to connected', () => {
    expect(swapped.call.swapCheck).toEqual({
      activeLegId: 'CA-teammate',
      inactiveLegId: 'CA-customer',
      since: 31_000,
    });
    expect(swapped.lastFailure).toBeUndefined();
  });

  it('succeeds when the next SYNC shows the legs exchanged', () => {
    const state = after([exchanged], swapped, 40_000);
    expect(state.call.swapCheck).toBeUndefined();
    expect(state.lastFailure).toBeUndefined();
    expect(state.call.activeParticipant?.legId).toBe('CA-customer');
  });

  it('is reported as reverted when the next SYNC shows the same legs', () => {
    const state = after([notExchanged], swapped, 40_000);
    expect(state.call.swapCheck).toBeUndefined();
    expect(state.lastFailure).toEqual({ operation: 'swap', reason: 'reverted', at: 40_000 });
  });

  it('is reported as reverted when no SYNC comes in time', () => {
    const state = after([{ type: 'kit/swapUnconfirmed', payload: { since: 31_000 } }], swapped, 40_000);
    expect(failure(state)).toBe('swap:reverted');
    expect(state.call.swapCheck).toBeUndefined();
  });

  it('ignores an expiry of an older check', () => {
    const state = after([{ type: 'kit/swapUnconfirmed', payload: { since: 1 } }], swapped, 40_000);
    expect(state).toBe(swapped);
  });

  it('succeeds the same when the SYNC comes before the return to connected (Decision 4)', () => {
    const state = after(
      [ev.status('swapping', 'warmTransfer'), exchanged, ev.status('connected', 'warmTransfer')],
      inWarmTransfer,
      30_000,
    );
    expect(state.call.swapCheck).toBeUndefined();
    expect(state.lastFailure).toBeUndefined();
  });

  describe('whose first SYNC arrives during swapping (no legs known before it)', () => {
    const unsynced = after(
      [
        ev.status('startingWarmTransfer', 'regular'),
        ev.status('ringing', 'warmTransfer'),
        ev.status('connected', 'warmTransfer'),
      ],
      after([ev.incoming(), ev.status('accepting', 'regular'), ev.status('connected', 'regular')]),
      10_000,
    );
    const swapping = ev.status('swapping', 'warmTransfer');
    const back = ev.status('connected', 'warmTransfer');

    it('is not reported as failed, by the next SYNC or by the lack of one', () => {
      const state = after([swapping, exchanged, back], unsynced, 30_000);
      expect(state.call.swapCheck).toBeUndefined();
      expect(after([exchanged], state, 40_000).lastFailure).toBeUndefined();
      expect(
        after([{ type: 'kit/swapUnconfirmed', payload: { since: 32_000 } }], state, 40_000).lastFailure,
      ).toBeUndefined();
    });

    it('ends as when the SYNC comes after the return to connected', () => {
      const syncFirst = reduceDialer(
        reduceDialer(reduceDialer(unsynced, swapping, 30_000), exchanged, 30_500),
        back,
        31_000,
      );
      const backFirst = reduceDialer(
        reduceDialer(reduceDialer(unsynced, swapping, 30_000), back, 31_000),
        exchanged,
        30_500,
      );
      expect(backFirst.lastFailure).toBeUndefined();
      expect(syncFirst).toEqual(backFirst);
    });
  });

  it('cannot be checked without a held leg', () => {
    const noHeld = after([ev.sync(legs(teammate))], inWarmTransfer);
    const state = after(
      [ev.status('swapping', 'warmTransfer'), ev.status('connected', 'warmTransfer')],
      noHeld,
    );
    expect(state.call.swapCheck).toBeUndefined();
  });
});

describe('a merge', () => {
  it('ends the call without a failure', () => {
    const state = after(
      [ev.status('merging', 'warmTransfer'), ev.status('ended', 'regular')],
      inWarmTransfer,
    );
    expect(state.call.status).toBe('ended');
    expect(state.lastFailure).toBeUndefined();
  });

  it('is reported when it falls back to the transfer', () => {
    const state = after(
      [ev.status('merging', 'warmTransfer'), ev.status('connected', 'warmTransfer')],
      inWarmTransfer,
    );
    expect(failure(state)).toBe('merge:reverted');
  });
});
