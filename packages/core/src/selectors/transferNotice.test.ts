import { describe, expect, it } from 'vitest';
import { after, ev, TRANSFEREE } from '../reducer/testing';
import { selectTransferNotice } from './transferNotice';

const connected = after([
  ev.dialing('+14155550199'),
  ev.status('connecting', 'regular'),
  ev.status('connected', 'regular'),
]);
const ringing = after(
  [
    ev.sent('DIALER.START_WARM_TRANSFER', { to: TRANSFEREE }),
    ev.status('startingWarmTransfer', 'regular'),
    ev.status('ringing', 'warmTransfer'),
  ],
  connected,
  10_000,
);
const back = [ev.status('hanging', 'warmTransfer'), ev.status('connected', 'regular')];

describe('selectTransferNotice', () => {
  it('is undefined while nothing went wrong', () => {
    expect(selectTransferNotice(connected)).toBeUndefined();
    expect(selectTransferNotice(ringing)).toBeUndefined();
  });

  it('says the transferee declined or did not answer, naming the target, the same object each time', () => {
    const state = after(back, ringing, 20_000);
    const notice = selectTransferNotice(state);
    expect(notice).toEqual({ kind: 'declined', to: TRANSFEREE, at: 20_000 });
    expect(selectTransferNotice(state)).toBe(notice);
  });

  it('says the transferee left once they had answered', () => {
    const answered = after([ev.status('connected', 'warmTransfer')], ringing);
    expect(selectTransferNotice(after(back, answered))).toMatchObject({ kind: 'left', to: TRANSFEREE });
  });

  it('says nothing when the agent hung the transfer up', () => {
    expect(selectTransferNotice(after([ev.sent('DIALER.HANGUP'), ...back], ringing))).toBeUndefined();
  });

  it('reports a failed start, and the newer of a failure and a leg end', () => {
    const failed = after(
      [ev.status('startingWarmTransfer', 'regular'), ev.status('connected', 'regular')],
      connected,
    );
    expect(selectTransferNotice(failed)).toMatchObject({
      kind: 'failure',
      failure: { operation: 'startWarmTransfer' },
    });
    const declinedThenFailed = after(
      [ev.status('startingWarmTransfer', 'regular'), ev.status('connected', 'regular')],
      after(back, ringing),
      40_000,
    );
    expect(selectTransferNotice(declinedThenFailed)).toMatchObject({ kind: 'failure' });
  });

  it('forgets the leg once the agent starts another transfer', () => {
    const again = after([ev.sent('DIALER.START_WARM_TRANSFER', { to: TRANSFEREE })], after(back, ringing));
    expect(selectTransferNotice(again)).toBeUndefined();
  });
});
