import { describe, expect, it } from 'vitest';
import { after, ev } from './testing';

const connected = after([
  ev.dialing('+1'),
  ev.status('connecting', 'regular'),
  ev.status('connected', 'regular'),
]);
const sent = after([ev.sent('DIALER.START_CONCURRENT_CALL', { to: '+2' })], connected);
const ringing = after([ev.status('startingConcurrent', 'regular'), ev.status('ringing', 'concurrent')], sent);

describe('whom the concurrent call calls (call.concurrentTo)', () => {
  it('is the `to` of the START_CONCURRENT_CALL sent, whoever sent it', () => {
    expect(connected.call.concurrentTo).toBeUndefined();
    expect(sent.call.concurrentTo).toBe('+2');
  });

  it('stays while the second call starts, rings and runs', () => {
    expect(after([ev.status('startingConcurrent', 'regular')], sent).call.concurrentTo).toBe('+2');
    expect(ringing.call.concurrentTo).toBe('+2');
    expect(after([ev.status('connected', 'concurrent')], ringing).call.concurrentTo).toBe('+2');
  });

  it('goes once either callee leaves and the regular call goes on', () => {
    const back = after(
      [
        ev.status('connected', 'concurrent'),
        ev.status('hanging', 'concurrent'),
        ev.status('connected', 'regular'),
      ],
      ringing,
    );
    expect(back.call.concurrentTo).toBeUndefined();
  });

  it('goes when the start reverts to the regular call', () => {
    const reverted = after(
      [ev.status('startingConcurrent', 'regular'), ev.status('connected', 'regular')],
      sent,
    );
    expect(reverted.call.concurrentTo).toBeUndefined();
  });

  it('goes when the START_CONCURRENT_CALL saw no effect in time, or could not be posted', () => {
    const timedOut = after(
      [
        {
          type: 'kit/commandTimedOut',
          payload: { commandType: 'DIALER.START_CONCURRENT_CALL', sentAt: 1_000 },
        },
      ],
      sent,
    );
    expect(timedOut.call.concurrentTo).toBeUndefined();
    const notSent = after(
      [
        {
          type: 'kit/commandNotSent',
          payload: { commandType: 'DIALER.START_CONCURRENT_CALL', sentAt: 1_000, reason: 'closed port' },
        },
      ],
      sent,
    );
    expect(notSent.call.concurrentTo).toBeUndefined();
  });

  it('goes with the call context', () => {
    const idle = after(
      [ev.status('hanging', 'concurrent'), ev.status('ended', 'regular'), ev.status('idle')],
      ringing,
    );
    expect(idle.call.concurrentTo).toBeUndefined();
  });
});
